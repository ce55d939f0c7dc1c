import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuAction } from '../../shared/ipc/menu-actions';
import { menuTemplate, type MenuState } from './app-menu';

const STATE: MenuState = {
  language: 'en',
  hasProject: true,
  recent: [
    { path: '/p/Launch.lanewise', fileName: 'Launch.lanewise', modifiedAt: '2026-01-01T00:00:00Z', missing: false },
    { path: '/p/Gone.lanewise', fileName: 'Gone.lanewise', modifiedAt: null, missing: true },
  ],
  isMac: false,
  devTools: false,
};

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byLabel(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items(template).find((i) => i.label === label);
  if (!item) throw new Error(`No menu item ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu', () => {
  it('sends undo and redo to the renderer instead of using the undo role, leaving the keys to it', () => {
    const sent: MenuAction[] = [];
    const template = menuTemplate(STATE, (a) => sent.push(a));
    expect(items(template).some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
    const undo = byLabel(template, 'Undo');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    click(undo);
    click(byLabel(template, 'Redo'));
    expect(sent).toEqual([{ type: 'undo' }, { type: 'redo' }]);
    expect(items(template).filter((i) => ['cut', 'copy', 'paste', 'selectAll'].includes(String(i.role)))).toHaveLength(4);
  });

  it('exports, save as and open recent become renderer actions; missing files are not offered', () => {
    const sent: MenuAction[] = [];
    const template = menuTemplate(STATE, (a) => sent.push(a));
    click(byLabel(template, 'RACI Matrix (Excel)…'));
    click(byLabel(template, 'Policy Draft (Word)…'));
    click(byLabel(template, 'Diagram (PNG)…'));
    click(byLabel(template, 'Save As…'));
    click(byLabel(template, 'Launch'));
    expect(sent).toEqual([
      { type: 'export', format: 'excel' },
      { type: 'export', format: 'word' },
      { type: 'export', format: 'png' },
      { type: 'saveAs' },
      { type: 'openPath', path: '/p/Launch.lanewise' },
    ]);
    expect(items(template).some((i) => i.label === 'Gone')).toBe(false);
    expect(byLabel(template, 'Save As…').accelerator).toBe('CmdOrCtrl+Shift+S');
  });

  it('greys out project commands without a project and speaks the interface language', () => {
    const template = menuTemplate({ ...STATE, hasProject: false, language: 'zh-CN', recent: [] }, () => undefined);
    expect(byLabel(template, '另存为…').enabled).toBe(false);
    expect(byLabel(template, '导出').enabled).toBe(false);
    expect(byLabel(template, '没有最近的项目').enabled).toBe(false);
    expect(byLabel(template, '简体中文')).toMatchObject({ type: 'radio', checked: true });
  });

  it('has the app menu on macOS and Quit in the File menu elsewhere', () => {
    expect(menuTemplate({ ...STATE, isMac: true }, () => undefined)[0]?.role).toBe('appMenu');
    expect(items(menuTemplate(STATE, () => undefined)).some((i) => i.role === 'quit')).toBe(true);
  });
});
