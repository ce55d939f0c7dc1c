/** How the platform writes the undo/redo shortcuts, for tooltips. */
export function shortcutLabels(platform: string): { undo: string; redo: string } {
  return /mac|iphone|ipad/i.test(platform) ? { undo: '⌘Z', redo: '⇧⌘Z' } : { undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z' };
}
