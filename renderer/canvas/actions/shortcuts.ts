import type { ActionId } from './action-ids';

export interface Chord {
  /** KeyboardEvent.code, so Alt combinations work on every keyboard layout (Alt+L types "¬" on a Mac). */
  codes: readonly string[];
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** How the key is written in titles. */
  key: string;
}

const letter = (l: string, extra: Partial<Chord> = {}): Chord => ({ codes: [`Key${l}`], key: l, ...extra });

/** Keyboard shortcuts of the canvas; Ctrl is ⌘ on a Mac. Undo and redo are the app's own (Ctrl+Z, Ctrl+Shift+Z). */
export const SHORTCUTS: Partial<Record<ActionId, Chord>> = {
  undo: letter('Z', { mod: true }),
  redo: letter('Z', { mod: true, shift: true }),
  zoomIn: { codes: ['Equal', 'NumpadAdd'], mod: true, key: '+' },
  zoomOut: { codes: ['Minus', 'NumpadSubtract'], mod: true, key: '-' },
  zoomReset: { codes: ['Digit0', 'Numpad0'], mod: true, key: '0' },
  fitView: { codes: ['Digit1'], shift: true, key: '1' },
  snap: letter('G', { alt: true, shift: true }),
  togglePalette: letter('S', { alt: true, shift: true }),
  toggleProperties: letter('P', { alt: true, shift: true }),
  toggleMinimap: letter('N', { alt: true, shift: true }),
  focusMode: letter('F', { alt: true, shift: true }),
  commandPalette: letter('K', { mod: true }),
  quickAddNext: { codes: ['Enter', 'NumpadEnter'], mod: true, key: 'Enter' },
  addNote: letter('O', { alt: true, shift: true }),
  rename: { codes: ['F2'], key: 'F2' },
  alignLeft: letter('L', { alt: true, shift: true }),
  alignCentre: letter('C', { alt: true, shift: true }),
  alignRight: letter('R', { alt: true, shift: true }),
  alignTop: letter('T', { alt: true, shift: true }),
  alignMiddle: letter('M', { alt: true, shift: true }),
  alignBottom: letter('B', { alt: true, shift: true }),
  distributeHorizontal: letter('H', { alt: true, shift: true }),
  distributeVertical: letter('V', { alt: true, shift: true }),
  autoLayout: letter('A', { alt: true, shift: true }),
  copy: letter('C', { mod: true }),
  cut: letter('X', { mod: true }),
  paste: letter('V', { mod: true }),
  delete: { codes: ['Delete', 'Backspace'], key: 'Delete' },
  selectAll: letter('A', { mod: true }),
  deselect: { codes: ['Escape'], key: 'Esc' },
};

/** Keys the app handles for itself everywhere; the canvas only shows them. */
const HANDLED_ELSEWHERE: ReadonlySet<ActionId> = new Set(['undo', 'redo']);

export const isMac = (platform: string) => /mac|iphone|ipad/i.test(platform);

/** "Alt+Shift+L" on Windows and Linux, "⌥⇧L" on a Mac; '' for an action without a shortcut. */
export function shortcutLabel(action: ActionId, platform: string): string {
  const c = SHORTCUTS[action];
  if (!c) return '';
  if (isMac(platform)) return `${c.mod ? '⌘' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.key}`;
  return [c.mod && 'Ctrl', c.alt && 'Alt', c.shift && 'Shift', c.key].filter(Boolean).join('+');
}

/** The value of aria-keyshortcuts for an action (undefined without one). */
export function ariaShortcut(action: ActionId, platform: string): string | undefined {
  const c = SHORTCUTS[action];
  if (!c) return undefined;
  const key = c.key === '+' ? 'Plus' : c.key === '-' ? 'Minus' : c.key === 'Esc' ? 'Escape' : c.key;
  return [c.mod && (isMac(platform) ? 'Meta' : 'Control'), c.alt && 'Alt', c.shift && 'Shift', key].filter(Boolean).join('+');
}

export interface KeyLike {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The canvas action a key press asks for, if any. Modifiers must match exactly; the app's own keys are left to it. */
export function actionFor(e: KeyLike, platform: string): ActionId | null {
  const mod = isMac(platform) ? e.metaKey : e.ctrlKey;
  const otherMod = isMac(platform) ? e.ctrlKey : e.metaKey;
  if (otherMod) return null;
  for (const [action, c] of Object.entries(SHORTCUTS) as Array<[ActionId, Chord]>) {
    if (HANDLED_ELSEWHERE.has(action) || !c.codes.includes(e.code)) continue;
    // Zoom in is Ctrl and "=" or "+" (Shift+=) on most layouts: Shift does not matter there.
    const shiftMatches = action === 'zoomIn' || action === 'zoomOut' ? true : Boolean(c.shift) === e.shiftKey;
    if (Boolean(c.mod) === mod && Boolean(c.alt) === e.altKey && shiftMatches) return action;
  }
  return null;
}
