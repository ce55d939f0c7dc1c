import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../../shared/ipc/contract';
import type { MenuAction } from '../../shared/ipc/menu-actions';
import { LANGUAGES, type Language } from '../../shared/model/entities';
import { MENU_LABELS } from './menu-labels';

export interface MenuState {
  language: Language;
  hasProject: boolean;
  recent: readonly RecentProject[];
  isMac: boolean;
  /** Developer tools only in unpackaged builds. */
  devTools: boolean;
}

const RECENT_IN_MENU = 10;
const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/**
 * The application menu. Everything that changes the project is sent to the renderer as a MenuAction,
 * which runs the same code as its own buttons: the renderer owns undo (so no role 'undo'), exports
 * and opening. Undo and Redo show their shortcuts but leave the keys to the renderer, which knows
 * whether a text field or the project should undo.
 */
export function menuTemplate(state: MenuState, send: (action: MenuAction) => void): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[state.language];
  const needsProject = { enabled: state.hasProject };
  const recent = state.recent.filter((p) => !p.missing).slice(0, RECENT_IN_MENU);

  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      { label: l.new, accelerator: 'CmdOrCtrl+N', click: () => send({ type: 'new' }) },
      { label: l.open, accelerator: 'CmdOrCtrl+O', click: () => send({ type: 'open' }) },
      {
        label: l.openRecent,
        submenu:
          recent.length > 0
            ? recent.map((p) => ({ label: p.fileName.replace(/\.lanewise$/i, ''), toolTip: p.path, click: () => send({ type: 'openPath', path: p.path }) }))
            : [{ label: l.noRecent, enabled: false }],
      },
      { type: 'separator' },
      { label: l.saveAs, accelerator: 'CmdOrCtrl+Shift+S', ...needsProject, click: () => send({ type: 'saveAs' }) },
      {
        label: l.export,
        ...needsProject,
        submenu: [
          { label: l.exportExcel, click: () => send({ type: 'export', format: 'excel' }) },
          { label: l.exportWord, click: () => send({ type: 'export', format: 'word' }) },
          { label: l.exportPng, click: () => send({ type: 'export', format: 'png' }) },
        ],
      },
      { type: 'separator' },
      { label: l.close, accelerator: 'CmdOrCtrl+W', ...needsProject, click: () => send({ type: 'close' }) },
      ...(state.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { label: l.undo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send({ type: 'undo' }) },
      { label: l.redo, accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => send({ type: 'redo' }) },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      {
        label: l.language,
        submenu: LANGUAGES.map((language) => ({
          label: LANGUAGE_NAMES[language],
          type: 'radio' as const,
          checked: language === state.language,
          click: () => send({ type: 'language', language }),
        })),
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(state.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = { label: l.help, role: 'help', submenu: [{ label: l.about, click: () => send({ type: 'about' }) }] };

  return [...(state.isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}
