import type { Language } from '../model/entities';

export const EXPORT_FORMATS = ['excel', 'word', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What the desktop menu (and a second launch with a file) asks the renderer to do. The renderer
 * turns each into the same action as its own buttons, so undo, exports and opening stay in one place.
 */
export type MenuAction =
  | { type: 'new' }
  | { type: 'open' }
  | { type: 'openPath'; path: string }
  | { type: 'saveAs' }
  | { type: 'export'; format: ExportFormat }
  | { type: 'close' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'language'; language: Language }
  | { type: 'about' };

/** The IPC channel main sends menu actions on. */
export const MENU_CHANNEL = 'lanewise:menu';

/** The desktop preload's extra: menu actions. Returns the function that stops listening. */
export interface MenuBridge {
  onMenu(listener: (action: MenuAction) => void): () => void;
}

/** Checks an action from IPC before the renderer acts on it. */
export function isMenuAction(value: unknown): value is MenuAction {
  if (typeof value !== 'object' || value === null) return false;
  const action = value as Record<string, unknown>;
  switch (action.type) {
    case 'new':
    case 'open':
    case 'saveAs':
    case 'close':
    case 'undo':
    case 'redo':
    case 'about':
      return true;
    case 'openPath':
      return typeof action.path === 'string' && action.path.length > 0;
    case 'export':
      return (EXPORT_FORMATS as readonly unknown[]).includes(action.format);
    case 'language':
      return action.language === 'zh-CN' || action.language === 'en';
    default:
      return false;
  }
}
