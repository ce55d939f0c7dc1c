import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

describe('the recent list, further', () => {
  it('remembers the last 30 projects: opening a 31st forgets the one opened longest ago', () => {
    const recent = new RecentProjects(home);
    for (let i = 1; i <= 31; i++) recent.add(join(elsewhere, `p${i}.lanewise`), new Date(Date.UTC(2026, 0, i)));
    const paths = recent.entries().map((e) => e.path);
    expect(paths).toHaveLength(30);
    expect(paths[0]).toBe(join(elsewhere, 'p31.lanewise'));
    expect(paths.at(-1)).toBe(join(elsewhere, 'p2.lanewise'));
  });

  it('removing one project keeps the others; removing one not in the list writes nothing', () => {
    const recent = new RecentProjects(home);
    expect(() => recent.remove(join(elsewhere, 'never.lanewise'))).not.toThrow();
    expect(existsSync(join(home, 'recent.json'))).toBe(false);
    recent.add(join(elsewhere, 'a.lanewise'), new Date('2026-01-01T00:00:00Z'));
    recent.add(join(elsewhere, 'b.lanewise'), new Date('2026-01-02T00:00:00Z'));
    const before = readFileSync(join(home, 'recent.json'), 'utf8');
    utimesSync(join(home, 'recent.json'), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    recent.remove(join(elsewhere, 'never.lanewise'));
    expect(statSync(join(home, 'recent.json')).mtime.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(readFileSync(join(home, 'recent.json'), 'utf8')).toBe(before);
    recent.remove(join(elsewhere, 'a.lanewise'));
    expect(recent.entries().map((e) => e.path)).toEqual([join(elsewhere, 'b.lanewise')]);
  });

  it('a list of another version is an empty list', () => {
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'recent.json'), JSON.stringify({ version: 2, entries: [{ path: join(elsewhere, 'a.lanewise'), openedAt: '2026-01-01T00:00:00Z' }] }));
    const recent = new RecentProjects(home);
    expect(recent.entries()).toEqual([]);
    expect(recent.list(new ProjectLibrary(home))).toEqual([]);
  });

  it('a project changed since it was opened (by a colleague, another program) ranks by that change', () => {
    const library = new ProjectLibrary(home);
    const recent = new RecentProjects(home);
    touch(join(elsewhere, 'Changed later.lanewise'), '2026-06-01T00:00:00Z');
    touch(join(elsewhere, 'Opened between.lanewise'), '2026-01-01T00:00:00Z');
    recent.add(join(elsewhere, 'Changed later.lanewise'), new Date('2026-02-01T00:00:00Z'));
    recent.add(join(elsewhere, 'Opened between.lanewise'), new Date('2026-03-01T00:00:00Z'));
    expect(recent.list(library).map((p) => p.fileName)).toEqual(['Changed later.lanewise', 'Opened between.lanewise']);
  });

  it('a missing project ranks by when it was opened; library files by when they were changed', () => {
    const library = new ProjectLibrary(home);
    const recent = new RecentProjects(home);
    touch(join(home, 'Library new.lanewise'), '2026-05-01T00:00:00Z');
    touch(join(home, 'Library old.lanewise'), '2025-01-01T00:00:00Z');
    recent.add(join(elsewhere, 'Gone.lanewise'), new Date('2026-03-01T00:00:00Z'));
    expect(recent.list(library).map((p) => [p.fileName, p.missing])).toEqual([
      ['Library new.lanewise', false],
      ['Gone.lanewise', true],
      ['Library old.lanewise', false],
    ]);
  });

  it('a list that cannot be written fails the add and leaves no temporary file behind', () => {
    const recent = new RecentProjects(home);
    // The list's name is taken by a folder that is not empty, so renaming onto it fails.
    mkdirSync(join(home, 'recent.json', 'inside'), { recursive: true });
    expect(() => recent.add(join(elsewhere, 'a.lanewise'))).toThrow();
    expect(readdirSync(home)).toEqual(['recent.json']);
  });
});
