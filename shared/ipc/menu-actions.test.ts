import { describe, expect, it } from 'vitest';
import { isMenuAction } from './menu-actions';

describe('menu actions', () => {
  it('accepts the actions the menu sends and nothing else', () => {
    expect(isMenuAction({ type: 'undo' })).toBe(true);
    expect(isMenuAction({ type: 'export', format: 'word' })).toBe(true);
    expect(isMenuAction({ type: 'openPath', path: '/home/a/b.lanewise' })).toBe(true);
    expect(isMenuAction({ type: 'language', language: 'zh-CN' })).toBe(true);
    expect(isMenuAction({ type: 'export', format: 'pdf' })).toBe(false);
    expect(isMenuAction({ type: 'openPath', path: '' })).toBe(false);
    expect(isMenuAction({ type: 'language', language: 'fr' })).toBe(false);
    expect(isMenuAction({ type: 'rm -rf' })).toBe(false);
    expect(isMenuAction(null)).toBe(false);
  });
});
