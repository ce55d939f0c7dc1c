import { copyFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSession } from './project-session';
import { checkSqliteBinding, SqliteBindingError, useNativeBinding } from './sqlite-binding';

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
