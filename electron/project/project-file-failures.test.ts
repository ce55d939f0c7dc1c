import Database from 'better-sqlite3';
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Op } from '../../shared/commands/ops';
import { refusal } from '../../test/support/refusal';
import { ChangedElsewhereError, ProjectFile } from './project-file';
import { ProjectFileError } from './project-file-error';
import { ProjectSession } from './project-session';
import { MIGRATIONS } from './schema-migrations';
import { fileLayerProject } from '../../test/support/file-layer-project';

const META = { name: 'Failures', language: 'en', organisation: '' } as const;

let dir: string;
let path: string;
const open: ProjectFile[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-file-failures-'));
  path = join(dir, 'Failures.lanewise');
  const session = ProjectSession.create(path, META);
  session.execute(fileLayerProject());
  session.close();
});
afterEach(() => {
  for (const f of open.splice(0)) f.close();
  rmSync(dir, { recursive: true, force: true });
});

function opened(options?: Parameters<typeof ProjectFile.open>[1]): ProjectFile {
  const file = ProjectFile.open(path, options);
  open.push(file);
  return file;
}

/** Another program writing to the file with plain SQL. */
function script(sql: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

describe('another program changes the open file', () => {
  it('a write after its change is refused, so the change can be computed again on what the file holds', () => {
    const file = opened();
    script("UPDATE steps SET name = 'By script' WHERE id = 's1'");
    const err = refusal(ChangedElsewhereError, () => file.write(() => 1));
    expect(err.message).toBe(`${path} was changed by another program`);
  });

  it('rows it added where the change adds its own, or that the change’s rows point to and it removed, refuse the write the same way', () => {
    const file = opened();
    const lane = file.initialState.tables.lanes.l1!;
    const clash: Op[] = [{ t: 'put', table: 'lanes', row: { ...lane } }];
    expect(refusal(ChangedElsewhereError, () => file.write(() => file.persist(clash, [{ t: 'del', table: 'lanes', id: 'l1' }]))).message).toBe(
      `${path} holds rows this change did not expect`,
    );
    const dangling: Op[] = [{ t: 'put', table: 'lanes', row: { ...lane, id: 'l2', processId: 'removed-by-script' } }];
    expect(refusal(ChangedElsewhereError, () => file.write(() => file.persist(dangling, [{ t: 'del', table: 'lanes', id: 'l2' }]))).message).toBe(
      `${path} holds rows this change did not expect`,
    );
  });

  it('objects Lanewise does not write, added while open, stop all writing: named, first three, and the file is then read-only', () => {
    const file = opened();
    script('CREATE TABLE a_extra (x); CREATE TABLE b_extra (x); CREATE VIEW c_extra AS SELECT 1; CREATE VIEW d_extra AS SELECT 2');
    const detail = 'unexpected table "a_extra"; unexpected table "b_extra"; unexpected view "c_extra"';
    const err = refusal(ProjectFileError, () => file.load());
    expect(err.code).toBe('unexpected-schema');
    expect(err.message).toBe(`${path} was changed by another program to hold database objects Lanewise does not write (${detail})`);
    expect(err.params).toEqual({ path, detail });
    expect(file.readOnly).toBe('file-read-only');
    expect(refusal(ProjectFileError, () => file.write(() => 1)).code).toBe('read-only');
  });
});

describe('a file that cannot be written as it is', () => {
  it('moved while open: refused with its path', () => {
    const file = opened();
    renameSync(path, join(dir, 'Elsewhere.lanewise'));
    const err = refusal(ProjectFileError, () => file.write(() => 1));
    expect(err.code).toBe('moved');
    expect(err.params).toEqual({ path });
    expect(err.message).toBe(`${path} was moved, renamed or deleted while open; use Save As to keep your work`);
  });

  it('whose lock file cannot be used (another program’s file of that name) opens read-only', () => {
    writeFileSync(`${path}-lock`, 'not a lock, but a note of some other program '.repeat(20));
    const file = opened();
    expect(file.readOnly).toBe('file-read-only');
    expect(file.initialState.tables.steps.s1?.name).toBe('Take order');
    expect(refusal(ProjectFileError, () => file.write(() => 1)).params).toEqual({ path });
  });

  it('a new project where a link points into a folder that does not exist: refused as not writable', () => {
    const link = join(dir, 'Linked.lanewise');
    symlinkSync(join(dir, 'gone', 'target.lanewise'), link);
    const err = refusal(ProjectFileError, () => ProjectFile.create(link, META));
    expect(err.code).toBe('unwritable');
    expect(err.params).toEqual({ path: link, detail: 'unable to open database file' });
  });
});

describe('a file of an older version that cannot be upgraded', () => {
  it('a damaged row found once upgraded is reported as the damaged row it is', () => {
    script("UPDATE steps SET kind = 'teleport' WHERE id = 's1'");
    const err = refusal(ProjectFileError, () => ProjectFile.open(path, { migrations: [...MIGRATIONS, 'CREATE TABLE attachments (id TEXT PRIMARY KEY)'] }));
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe(`${path}: a row of steps is damaged (s1)`);
  });

  it('a migration that fails says why, in the message and its details', () => {
    const err = refusal(ProjectFileError, () => ProjectFile.open(path, { migrations: [...MIGRATIONS, 'CREATE TABLE steps (id TEXT)'] }));
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe(`${path} cannot be upgraded (table steps already exists)`);
    expect(err.params).toEqual({ path, detail: 'table steps already exists' });
  });

  it('an older file another program is writing to when it is upgraded: busy, left at its version, and it opens once the other is done', { timeout: 60_000 }, () => {
    const migrations = [...MIGRATIONS, 'CREATE TABLE attachments (id TEXT PRIMARY KEY)'];
    const writer = new Database(path);
    try {
      writer.exec("BEGIN IMMEDIATE; UPDATE departments SET name = 'Sales & Service'");
      const err = refusal(ProjectFileError, () => ProjectFile.open(path, { migrations }));
      expect([err.code, err.message]).toEqual(['locked', `${path} is busy in another program`]);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    const reader = new Database(path, { readonly: true });
    expect(reader.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    reader.close();
    expect(opened({ migrations }).initialState.tables.departments.d1!.name).toBe('Sales');
  });
});
