import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSession } from './project-session';
import { checkSqliteBinding, openDatabase, SqliteBindingError, useNativeBinding } from './sqlite-binding';

const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const meta = { name: 'Binding', language: 'en', organisation: '' } as const;

afterEach(() => useNativeBinding(undefined));

describe('the compiled SQLite a project is opened with', () => {
  it('is the one set for the runtime, for creating, probing and opening a file alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-binding-'));
    const path = join(dir, 'p.lanewise');
    ProjectSession.create(path, meta).close();
    const missing = join(dir, 'electron-150', 'better_sqlite3.node');
    useNativeBinding(missing);
    // Said as what it is: a missing module, never a damaged project.
    expect(() => ProjectSession.open(path)).toThrow(SqliteBindingError);
    expect(() => ProjectSession.open(path)).toThrow(missing);
    expect(() => ProjectSession.create(join(dir, 'q.lanewise'), meta)).toThrow(missing);
    expect(() => checkSqliteBinding()).toThrow(missing);
  });

  it('opens projects with a build at another place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-binding-'));
    const copy = join(dir, 'better_sqlite3.node');
    copyFileSync(nodeBuild, copy);
    useNativeBinding(copy);
    const session = ProjectSession.create(join(dir, 'p.lanewise'), meta);
    session.execute({ type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } });
    session.close();
    expect(ProjectSession.open(join(dir, 'p.lanewise')).state.tables.departments.d1?.name).toBe('Sales');
  });
});

describe('what is and is not a SQLite module that cannot be loaded', () => {
  it('a file that is not a compiled module at all (a damaged download) is one, named by its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-binding-'));
    const broken = join(dir, 'better_sqlite3.node');
    writeFileSync(broken, 'not a shared library');
    useNativeBinding(broken);
    let err: unknown;
    try {
      checkSqliteBinding();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SqliteBindingError);
    expect((err as Error).name).toBe('SqliteBindingError');
    expect((err as Error).message).toMatch(new RegExp(`^The SQLite module ${broken.replaceAll('/', '\\/')} could not be loaded: `));
  });

  it('a missing module set for the runtime is named by its own path, not as npm’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-binding-'));
    useNativeBinding(join(dir, 'missing.node'));
    expect(() => checkSqliteBinding()).toThrow(/^The SQLite module \/.*missing\.node could not be loaded/);
  });

  it('a database that cannot be opened (a folder that does not exist) is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-binding-'));
    let err: unknown;
    try {
      openDatabase(join(dir, 'gone', 'p.lanewise'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(SqliteBindingError);
    expect((err as Error).message).toMatch(/directory does not exist/);
  });
});

