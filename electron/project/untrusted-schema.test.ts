import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectSession } from './project-session';
import { openDatabase } from './sqlite-binding';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-trust-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    const path = join(folder, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('SQL stored in a file is never trusted (trusted_schema=OFF)', () => {
  it('a view in the file cannot call a function the program has registered', () => {
    const path = join(dir, 'view.db');
    const maker = new Database(path);
    maker.function('side_effect', () => 1);
    maker.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1); CREATE VIEW v AS SELECT side_effect() AS r FROM t');
    maker.close();

    const db = openDatabase(path, { readonly: true });
    try {
      db.function('side_effect', () => 1);
      expect(() => db.prepare('SELECT r FROM v').all()).toThrow(/unsafe use of side_effect/);
    } finally {
      db.close();
    }
  });

  it('the connection that writes a project distrusts the file before it runs anything else', () => {
    const path = join(dir, 'project.lanewise');
    ProjectSession.create(path, { name: 'Trust', language: 'en', organisation: '' }).close();
    const traced: string[] = [];
    ProjectSession.open(path, { trace: (sql) => traced.push(String(sql)) }).close();
    expect(traced[0]).toBe('PRAGMA trusted_schema = OFF');
  });

  it('every connection of the main process is opened through openDatabase', () => {
    const electron = join(import.meta.dirname, '..');
    const direct = sources(electron)
      .filter((file) => !file.endsWith('sqlite-binding.ts') && /new Database\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(electron, file));
    expect(direct).toEqual([]);
  });
});
