import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { emptyProject } from '../../shared/model/project-state';
import { ProjectFile, readProjectFile } from './project-file';
import { ProjectSession } from './project-session';
import { APPLICATION_ID, MIGRATIONS } from './schema-migrations';

const dir = mkdtempSync(join(tmpdir(), 'lanewise-project-id-'));

/** A file as the version before project ids wrote it (format 2), with two departments. */
function formatTwoFile(name: string): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  for (const sql of MIGRATIONS.slice(0, 2)) db.exec(sql);
  db.pragma('user_version = 2');
  const meta = db.prepare('INSERT INTO project (key, value) VALUES (?, ?)');
  meta.run('name', JSON.stringify('Old project'));
  meta.run('language', JSON.stringify('en'));
  meta.run('organisation', JSON.stringify(''));
  db.prepare("INSERT INTO departments (id, name, color, sort_order) VALUES ('d-zeta', 'Sales', '#336699', 0), ('d-alpha', 'Finance', '#336699', 1)").run();
  db.close();
  return path;
}

describe('the project id', () => {
  it('is given to a new project and kept across reopening', () => {
    const path = join(dir, 'new.lanewise');
    const created = ProjectSession.create(path, { name: 'New', language: 'en', organisation: '' });
    const id = created.state.meta.projectId;
    created.close();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const reopened = ProjectSession.open(path);
    expect(reopened.state.meta.projectId).toBe(id);
    reopened.close();
  });

  it('of an older file is the same whether a reader upgrades it in memory or the file is upgraded', () => {
    const path = formatTwoFile('old.lanewise');
    const firstRead = readProjectFile(path).state.meta.projectId;
    expect(firstRead).toBe('legacy-d-alpha');
    expect(readProjectFile(path).state.meta.projectId).toBe(firstRead);
    const upgraded = ProjectFile.open(path);
    expect(upgraded.initialState.meta.projectId).toBe(firstRead);
    upgraded.close();
    expect(readProjectFile(path).state.meta.projectId).toBe(firstRead);
  });

  it('cannot be changed by a command', () => {
    const state = emptyProject({ name: 'P', language: 'en', organisation: '' });
    expect(() => execute(state, { type: 'setMeta', patch: { projectId: 'other' } as never })).toThrow(/projectId|Unrecognized/);
  });
});
