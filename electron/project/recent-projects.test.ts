import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectLibrary } from './project-library';
import { RecentProjects } from './recent-projects';

let root: string;
let home: string;
let elsewhere: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lanewise-recent-'));
  home = join(root, 'home');
  elsewhere = join(root, 'clients');
  mkdirSync(elsewhere, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function touch(path: string, date: string): void {
  writeFileSync(path, 'x');
  utimesSync(path, new Date(date), new Date(date));
}

describe('recent projects', () => {
  it('lists remembered files anywhere and library files, most recently used first', () => {
    const library = new ProjectLibrary(home);
    const recent = new RecentProjects(home);
    touch(join(home, 'In library.lanewise'), '2026-03-01T00:00:00Z');
    touch(join(elsewhere, 'Client A.lanewise'), '2026-01-01T00:00:00Z');
    recent.add(join(elsewhere, 'Client A.lanewise'), new Date('2026-04-01T00:00:00Z'));
    expect(recent.list(library).map((p) => [p.fileName, p.missing])).toEqual([
      ['Client A.lanewise', false],
      ['In library.lanewise', false],
    ]);
  });

  it('shows a file that is gone as missing until it is removed from the list', () => {
    const library = new ProjectLibrary(home);
    const recent = new RecentProjects(home);
    recent.add(join(elsewhere, 'Gone.lanewise'));
    expect(recent.list(library)).toEqual([{ path: join(elsewhere, 'Gone.lanewise'), fileName: 'Gone.lanewise', modifiedAt: null, missing: true }]);
    recent.remove(join(elsewhere, 'Gone.lanewise'));
    expect(recent.list(library)).toEqual([]);
  });

  it('keeps each file once, at the top when opened again', () => {
    const recent = new RecentProjects(home);
    recent.add(join(elsewhere, 'a.lanewise'), new Date('2026-01-01T00:00:00Z'));
    recent.add(join(elsewhere, 'b.lanewise'), new Date('2026-01-02T00:00:00Z'));
    recent.add(join(elsewhere, 'a.lanewise'), new Date('2026-01-03T00:00:00Z'));
    expect(recent.entries().map((e) => e.path)).toEqual([join(elsewhere, 'a.lanewise'), join(elsewhere, 'b.lanewise')]);
  });

  it('treats a damaged list as empty and writes a good one next time', () => {
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'recent.json'), '{ not json');
    const recent = new RecentProjects(home);
    expect(recent.entries()).toEqual([]);
    recent.add(join(elsewhere, 'a.lanewise'));
    expect(recent.entries()).toHaveLength(1);
  });
});
