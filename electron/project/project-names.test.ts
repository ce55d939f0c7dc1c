import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultHome, ProjectLibrary } from './project-library';

function library() {
  const home = mkdtempSync(join(tmpdir(), 'lanewise-names-'));
  return { home, library: new ProjectLibrary(home) };
}

describe('the name a new project file gets in the project folder', () => {
  it('is the project name with the .lanewise extension', () => {
    const { home, library: lib } = library();
    expect(lib.newPath('Budget 2027')).toBe(join(home, 'Budget 2027.lanewise'));
    expect(lib.newPath('年度预算')).toBe(join(home, '年度预算.lanewise'));
  });

  it('has every character a file name cannot hold replaced, leading dots and outer spaces dropped', () => {
    const { home, library: lib } = library();
    expect(lib.newPath('a/b\\c:d*e?f"g<h>i|j')).toBe(join(home, 'a_b_c_d_e_f_g_h_i_j.lanewise'));
    expect(lib.newPath('tab\there\u0000and\u001fmore')).toBe(join(home, 'tab_here_and_more.lanewise'));
    expect(lib.newPath('..hidden')).toBe(join(home, 'hidden.lanewise'));
    expect(lib.newPath('Budget v1.2...final')).toBe(join(home, 'Budget v1.2...final.lanewise'));
    expect(lib.newPath('  Plan  ')).toBe(join(home, 'Plan.lanewise'));
  });

  it('is cut to 80 characters, and is "project" when nothing is left of the name', () => {
    const { home, library: lib } = library();
    expect(lib.newPath('x'.repeat(100))).toBe(join(home, `${'x'.repeat(80)}.lanewise`));
    for (const name of ['', '   ', '...']) expect(lib.newPath(name)).toBe(join(home, 'project.lanewise'));
  });

  it('never is a file that exists: the next free number is added', () => {
    const { home, library: lib } = library();
    writeFileSync(join(home, 'Plan.lanewise'), '');
    expect(lib.newPath('Plan')).toBe(join(home, 'Plan (2).lanewise'));
    writeFileSync(join(home, 'Plan (2).lanewise'), '');
    expect(lib.newPath('Plan')).toBe(join(home, 'Plan (3).lanewise'));
  });
});

describe('the projects the start screen lists from the folder', () => {
  it('are the .lanewise files only, the one changed last first', () => {
    const { home, library: lib } = library();
    for (const f of ['old.lanewise', 'new.lanewise', 'notes.txt', 'new.lanewise-lock', 'new.lanewise.v3.bak']) writeFileSync(join(home, f), '');
    utimesSync(join(home, 'old.lanewise'), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    utimesSync(join(home, 'new.lanewise'), new Date('2026-06-01T00:00:00Z'), new Date('2026-06-01T00:00:00Z'));
    expect(lib.list()).toEqual([
      { path: join(home, 'new.lanewise'), fileName: 'new.lanewise', modifiedAt: '2026-06-01T00:00:00.000Z' },
      { path: join(home, 'old.lanewise'), fileName: 'old.lanewise', modifiedAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });

  it('are ordered by when they changed, not by name or by when they were made', () => {
    const { home, library: lib } = library();
    const changed = { 'b.lanewise': '2026-01-01T00:00:00Z', 'c.lanewise': '2026-09-01T00:00:00Z', 'a.lanewise': '2026-03-01T00:00:00Z', 'd.lanewise': '2026-05-01T00:00:00Z' };
    for (const [f, at] of Object.entries(changed)) {
      writeFileSync(join(home, f), '');
      utimesSync(join(home, f), new Date(at), new Date(at));
    }
    expect(lib.list().map((p) => p.fileName)).toEqual(['c.lanewise', 'd.lanewise', 'a.lanewise', 'b.lanewise']);
  });

  it('a file in a folder of the project folder that does not exist yet still lies in it', () => {
    const { home, library: lib } = library();
    expect(lib.contains(join(home, 'not-yet', 'plan.lanewise'))).toBe(true);
    expect(lib.contains(join(home, '..', 'plan.lanewise'))).toBe(false);
  });
});

describe('where projects live when no folder is chosen', () => {
  const platform = process.platform;
  afterEach(() => {
    Object.defineProperty(process, 'platform', { value: platform });
  });
  const on = (p: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: p });

  it('LANEWISE_HOME, made absolute, on every system', () => {
    for (const p of ['linux', 'win32', 'darwin'] as const) {
      on(p);
      expect(defaultHome({ LANEWISE_HOME: '/data/projects', APPDATA: '/appdata', XDG_DATA_HOME: '/xdg' })).toBe('/data/projects');
      expect(defaultHome({ LANEWISE_HOME: 'projects' })).toBe(join(process.cwd(), 'projects'));
    }
  });

  it('on Linux, lanewise in XDG_DATA_HOME, else in ~/.local/share', () => {
    on('linux');
    expect(defaultHome({ XDG_DATA_HOME: '/xdg' })).toBe('/xdg/lanewise');
    expect(defaultHome({})).toBe(`${homedir()}/.local/share/lanewise`);
  });

  it('on Windows, Lanewise in APPDATA, else in the roaming app data of the home folder', () => {
    on('win32');
    expect(defaultHome({ APPDATA: '/appdata', XDG_DATA_HOME: '/xdg' })).toBe('/appdata/Lanewise');
    expect(defaultHome({})).toBe(`${homedir()}/AppData/Roaming/Lanewise`);
  });

  it('on macOS, Lanewise in Application Support', () => {
    on('darwin');
    expect(defaultHome({ XDG_DATA_HOME: '/xdg' })).toBe(`${homedir()}/Library/Application Support/Lanewise`);
  });
});
