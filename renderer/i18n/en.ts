import { aboutStrings } from '../about/about-strings';
import { positionsStrings } from '../positions/positions-strings';
import { departmentsStrings } from '../departments/departments-strings';
import { organisationStrings } from '../organisation/organisation-strings';
import { processesStrings } from '../processes/processes-strings';
import { projectStrings } from '../project/project-strings';
import { startStrings } from '../start/start-strings';
import { canvasStrings } from '../canvas/canvas-strings';
import { exportsStrings } from '../exports/exports-strings';
import { policyStrings } from '../policy/policy-strings';
import { findingsStrings } from '../findings/findings-strings';
import { reviewNotesStrings } from '../review-notes/review-notes-strings';
import { keyNodesStrings } from '../key-nodes/key-nodes-strings';
import { raciStrings } from '../raci-grid/raci-grid-strings';
import { fileStateStrings } from '../file-state/file-state-strings';
import { metricsStrings } from '../metrics/metrics-strings';
import { diagnosisStrings } from '../diagnosis/diagnosis-strings';
import type { Strings } from './strings';

/** English UI strings. zh-CN.ts must have exactly the same keys (checked by a test and by its type). */
export const en = {
  app: {
    name: 'Lanewise',
    tagline: 'Swimlane diagrams and RACI matrices, on your own computer.',
    loading: 'Loading…',
    skipToContent: 'Skip to main content',
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
    import: 'The workbook could not be imported.',
    export: 'The export could not be made.',
    conflict: 'That could not be undone.',
    locked: 'The project is open elsewhere.',
    busy: 'Please wait.',
    internal: 'Something went wrong.',
  },
  start: startStrings.en,
  project: projectStrings.en,
  processes: processesStrings.en,
  organisation: organisationStrings.en,
  departments: departmentsStrings.en,
  positions: positionsStrings.en,
  views: {
    label: 'Views',
    noProcess: 'This project has no processes yet. Add one on the left, by name or from a template, to draw its diagram.',
    pickProcess: 'Pick a process on the left to see it here.',
  },
  canvas: canvasStrings.en,
  keyNodes: keyNodesStrings.en,
  raci: raciStrings.en,
  findings: findingsStrings.en,
  reviewNotes: reviewNotesStrings.en,
  exports: exportsStrings.en,
  policy: policyStrings.en,
  metrics: metricsStrings.en,
  about: aboutStrings.en,
  fileState: fileStateStrings.en,
  diagnosis: diagnosisStrings.en,
} as const;

/** The shape every language's resources must have. */
export type Messages = Strings<typeof en>;
