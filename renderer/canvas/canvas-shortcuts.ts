export const CANVAS_ACTIONS = [
  'zoomIn',
  'zoomOut',
  'fitView',
  'snap',
  'alignLeft',
  'alignCentre',
  'alignRight',
  'alignTop',
  'alignMiddle',
  'alignBottom',
  'distributeHorizontal',
  'distributeVertical',
  'autoLayout',
  'copy',
  'cut',
  'paste',
  'delete',
  'selectAll',
  'rename',
  'deselect',
] as const;
export type CanvasAction = (typeof CANVAS_ACTIONS)[number];

interface Chord {
  /** KeyboardEvent.code, so Alt combinations work on every keyboard layout (Alt+L types "¬" on a Mac). */
  codes: readonly string[];
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** How the key is written in titles. */
  key: string;
}

const letter = (l: string, extra: Partial<Chord> = {}): Chord => ({ codes: [`Key${l}`], key: l, ...extra });

/** Keyboard shortcuts of the canvas; Ctrl is ⌘ on a Mac. */
export const CANVAS_SHORTCUTS: Record<CanvasAction, Chord> = {
  zoomIn: { codes: ['Equal', 'NumpadAdd'], mod: true, key: '+' },
  zoomOut: { codes: ['Minus', 'NumpadSubtract'], mod: true, key: '-' },
  fitView: { codes: ['Digit1'], shift: true, key: '1' },
  snap: letter('G', { alt: true, shift: true }),
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
  rename: { codes: ['F2'], key: 'F2' },
  deselect: { codes: ['Escape'], key: 'Esc' },
};

export const isMac = (platform: string) => /mac|iphone|ipad/i.test(platform);

/** "Alt+Shift+L" on Windows and Linux, "⌥⇧L" on a Mac. */
export function shortcutLabel(action: CanvasAction, platform: string): string {
  const c = CANVAS_SHORTCUTS[action];
  if (isMac(platform)) return `${c.mod ? '⌘' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.key}`;
  return [c.mod && 'Ctrl', c.alt && 'Alt', c.shift && 'Shift', c.key].filter(Boolean).join('+');
}

/** The value of aria-keyshortcuts for an action. */
export function ariaShortcut(action: CanvasAction, platform: string): string {
  const c = CANVAS_SHORTCUTS[action];
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

/** The action a key press asks for, if any. Modifiers must match exactly, so Ctrl+Shift+Z stays undo's. */
export function actionFor(e: KeyLike, platform: string): CanvasAction | null {
  const mod = isMac(platform) ? e.metaKey : e.ctrlKey;
  const otherMod = isMac(platform) ? e.ctrlKey : e.metaKey;
  if (otherMod) return null;
  for (const action of CANVAS_ACTIONS) {
    const c = CANVAS_SHORTCUTS[action];
    if (!c.codes.includes(e.code)) continue;
    // Zoom in is Ctrl and "=" or "+" (Shift+=) on most layouts: Shift does not matter there.
    const shiftMatches = action === 'zoomIn' || action === 'zoomOut' ? true : Boolean(c.shift) === e.shiftKey;
    if (Boolean(c.mod) === mod && Boolean(c.alt) === e.altKey && shiftMatches) return action;
  }
  return null;
}
