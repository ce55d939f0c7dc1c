import { describe, expect, it } from 'vitest';
import { actionFor, ariaShortcut, shortcutLabel } from './shortcuts';

const key = (code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({ code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('canvas shortcuts', () => {
  it('finds actions by physical key and exact modifiers', () => {
    expect(actionFor(key('KeyL', { altKey: true, shiftKey: true }), 'Linux x86_64')).toBe('alignLeft');
    expect(actionFor(key('KeyC', { ctrlKey: true }), 'Win32')).toBe('copy');
    expect(actionFor(key('KeyC', { metaKey: true }), 'MacIntel')).toBe('copy');
    expect(actionFor(key('KeyC', { ctrlKey: true }), 'MacIntel')).toBeNull();
    expect(actionFor(key('Delete'), 'Win32')).toBe('delete');
    expect(actionFor(key('Backspace'), 'MacIntel')).toBe('delete');
    expect(actionFor(key('Equal', { ctrlKey: true, shiftKey: true }), 'Win32')).toBe('zoomIn');
  });

  it('leaves undo, redo and plain typing alone', () => {
    expect(actionFor(key('KeyZ', { ctrlKey: true }), 'Win32')).toBeNull();
    expect(actionFor(key('KeyZ', { ctrlKey: true, shiftKey: true }), 'Win32')).toBeNull();
    expect(actionFor(key('KeyY', { ctrlKey: true }), 'Win32')).toBeNull();
    expect(actionFor(key('KeyL'), 'Win32')).toBeNull();
    expect(actionFor(key('KeyL', { altKey: true }), 'Win32')).toBeNull();
  });

  it('finds the new verbs: command palette, connected step, actual size', () => {
    expect(actionFor(key('KeyK', { ctrlKey: true }), 'Win32')).toBe('commandPalette');
    expect(actionFor(key('Enter', { metaKey: true }), 'MacIntel')).toBe('quickAddNext');
    expect(actionFor(key('Digit0', { ctrlKey: true }), 'Linux x86_64')).toBe('zoomReset');
    expect(actionFor(key('KeyF', { altKey: true, shiftKey: true }), 'Win32')).toBe('focusMode');
  });

  it('writes shortcuts the way each platform does', () => {
    expect(shortcutLabel('alignLeft', 'Win32')).toBe('Alt+Shift+L');
    expect(shortcutLabel('alignLeft', 'MacIntel')).toBe('⌥⇧L');
    expect(shortcutLabel('paste', 'Linux x86_64')).toBe('Ctrl+V');
    expect(ariaShortcut('zoomIn', 'Win32')).toBe('Control+Plus');
    expect(ariaShortcut('copy', 'MacIntel')).toBe('Meta+C');
    expect(shortcutLabel('undo', 'Win32')).toBe('Ctrl+Z');
    expect(shortcutLabel('resetRoute', 'Win32')).toBe('');
  });
});
