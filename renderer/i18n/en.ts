import { canvasStrings } from '../canvas/canvas-strings';
import { exportsStrings } from '../exports/exports-strings';
import { findingsStrings } from '../findings/findings-strings';
import { keyNodesStrings } from '../key-nodes/key-nodes-strings';
import { raciStrings } from '../raci-grid/raci-grid-strings';
import type { Strings } from './strings';

/** English UI strings. zh-CN.ts must have exactly the same keys (checked by a test and by its type). */
export const en = {
  app: {
    name: 'Lanewise',
    tagline: 'Swimlane diagrams and RACI matrices, on your own computer.',
    loading: 'Loading…',
  },
  language: {
    label: 'Language / 语言',
    'zh-CN': '简体中文',
    en: 'English',
  },
  common: {
    cancel: 'Cancel',
    delete: 'Delete',
    renameItem: 'Rename {{name}}',
    deleteItem: 'Delete {{name}}',
    newName: 'New name for {{name}}',
  },
  errors: {
    dismiss: 'Dismiss',
    'invalid-request': 'The request was not accepted.',
    command: 'That change could not be made.',
    file: 'The project file could not be read or written.',
    'no-project': 'No project is open.',
    internal: 'Something went wrong.',
  },
  start: {
    newProject: 'New project',
    projectName: 'Project name',
    projectLanguage: 'Language',
    projectLanguageHint: 'Used for the diagram texts and exports.',
    organisation: 'Organisation',
    optional: 'optional',
    create: 'Create project',
    creating: 'Creating…',
    recent: 'Recent projects',
    noRecent: 'No projects yet. Create one to get started.',
    open: 'Open',
    openFile: 'Open {{fileName}}',
    modified: 'Modified {{date}}',
  },
  project: {
    toolbar: 'Project actions',
    undo: 'Undo',
    redo: 'Redo',
    undoShortcut: 'Undo ({{shortcut}})',
    redoShortcut: 'Redo ({{shortcut}})',
    close: 'Close project',
  },
  processes: {
    title: 'Processes',
    add: 'Add process',
    name: 'Process name',
    empty: 'No processes yet.',
    confirmDeleteTitle: 'Delete process?',
    confirmDeleteBody: '“{{name}}” has {{lanes}} lanes and {{steps}} steps. Deleting the process deletes its whole diagram. You can undo this.',
  },
  organisation: {
    title: 'Organisation',
    intro: 'Departments become swimlanes; departments and positions are the parties of the RACI matrix.',
  },
  departments: {
    title: 'Departments',
    add: 'Add department',
    name: 'Department name',
    colour: 'Colour',
    empty: 'No departments yet.',
    confirmDeleteTitle: 'Delete department?',
    confirmDeleteBody_one: '“{{name}}” has {{count}} lane in processes. Deleting the department also deletes that lane, its steps and the department’s positions. You can undo this.',
    confirmDeleteBody_other: '“{{name}}” has {{count}} lanes in processes. Deleting the department also deletes those lanes, their steps and the department’s positions. You can undo this.',
  },
  positions: {
    title: 'Positions',
    add: 'Add position',
    department: 'Department',
    name: 'Position name',
    needDepartment: 'Add a department first.',
    noneInDepartment: 'No positions',
  },
  views: {
    label: 'Views',
    noProcess: 'Select a process on the left, or add one, to draw its diagram.',
  },
  canvas: canvasStrings.en,
  keyNodes: keyNodesStrings.en,
  raci: raciStrings.en,
  findings: findingsStrings.en,
  exports: exportsStrings.en,
} as const;

/** The shape every language's resources must have. */
export type Messages = Strings<typeof en>;
