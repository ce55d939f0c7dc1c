import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../test/support/refusal';
import { readProjectFile } from './project-file';
import { ProjectFileError } from './project-file-error';
import { ProjectSession } from './project-session';
import { fileLayerProject } from '../../test/support/file-layer-project';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-reader-'));
  path = join(dir, 'Reader.lanewise');
  const session = ProjectSession.create(path, { name: 'Reader', language: 'en', organisation: 'Acme' });
  session.execute(fileLayerProject());
  session.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Changes the file with plain SQL, as another program would. */
function tamper(sql: string): void {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

/** Reading for the CLI and opening for editing refuse alike; the refusal as a caller sees it. */
function refused() {
  const read = refusal(ProjectFileError, () => readProjectFile(path));
  const opened = refusal(ProjectFileError, () => ProjectSession.open(path));
  expect({ code: opened.code, message: opened.message, params: opened.params }).toEqual({ code: read.code, message: read.message, params: read.params });
  return { code: read.code, message: read.message, params: read.params };
}

describe('a file whose project details are damaged', () => {
  it('a detail that is not JSON', () => {
    tamper("UPDATE project SET value = '{not json' WHERE key = 'name'");
    expect(refused()).toEqual({ code: 'corrupt', message: `${path}: the project details are damaged`, params: { path, detail: 'project details' } });
  });

  it('a detail of the wrong kind (a name that is a number)', () => {
    tamper("UPDATE project SET value = '42' WHERE key = 'name'");
    expect(refused()).toEqual({ code: 'corrupt', message: `${path}: the project details are damaged`, params: { path, detail: 'project details' } });
  });
});

describe('a file with a damaged row', () => {
  it('names the table and the row', () => {
    tamper("UPDATE steps SET kind = 'teleport' WHERE id = 's1'");
    expect(refused()).toEqual({ code: 'corrupt', message: `${path}: a row of steps is damaged (s1)`, params: { path, detail: 'steps s1' } });
  });

  it('a row with an absurdly long id is named by its first 64 characters in the details', () => {
    const id = `${'x'.repeat(64)}${'y'.repeat(500)}`;
    tamper(`UPDATE departments SET id = '${id}' WHERE id = 'd1'; UPDATE lanes SET department_id = '${id}'`);
    const err = refused();
    expect(err.code).toBe('corrupt');
    expect(err.params).toEqual({ path, detail: `departments ${'x'.repeat(64)}` });
    expect(err.message).toBe(`${path}: a row of departments is damaged (${id})`);
  });

  it('a list field that is not JSON', () => {
    tamper(
      "INSERT INTO steps (id, process_id, lane_id, code, name, kind, x, y, input, output, duration_unit, notes) SELECT 's2', process_id, lane_id, 'N02', 'Ship', 'task', 0, 0, '', '', 'hours', '' FROM steps WHERE id = 's1'; " +
        "INSERT INTO flows (id, process_id, from_step_id, to_step_id, label, bends) VALUES ('f1', 'p1', 's1', 's2', '', '[{\"x\": 1,')",
    );
    expect(refused()).toEqual({ code: 'corrupt', message: `${path}: a row of flows is damaged (f1)`, params: { path, detail: 'flows f1' } });
  });
});

describe('a file with a damaged RACI cell', () => {
  it.each([
    ['a party id longer than any id', `'s1', '${'p'.repeat(65)}', 'C'`],
    ['letters that are bytes, not text', "'s1', 'd1x', X'43'"],
    ['letters that are not RACI letters', "'s1', 'd1x', 'Z'"],
    ['letters out of order', "'s1', 'd1x', 'AR'"],
  ])('%s', (_what, values) => {
    tamper(`INSERT INTO raci (step_id, party_id, letters) VALUES (${values})`);
    expect(refused()).toEqual({ code: 'corrupt', message: `${path}: a RACI cell is damaged`, params: { path, detail: 'RACI cell' } });
  });
});

describe('a file with an empty RACI cell written past its check (an empty cell is no cell)', () => {
  it('is refused as damaged', () => {
    const db = new Database(path, { fileMustExist: true });
    db.pragma('ignore_check_constraints = ON');
    db.exec("INSERT INTO raci (step_id, party_id, letters) VALUES ('s1', 'd1x', '')");
    db.close();
    expect(refused()).toEqual({ code: 'corrupt', message: `${path}: a RACI cell is damaged`, params: { path, detail: 'RACI cell' } });
  });
});

describe('a file whose rows point nowhere', () => {
  it('opens for reading with the problems listed, and is refused for editing with the count and the first', () => {
    tamper("INSERT INTO raci (step_id, party_id, letters) VALUES ('s1', 'ghost', 'C'), ('s1', 'phantom', 'I')");
    expect(readProjectFile(path).problems).toEqual(['raci party ghost', 'raci party phantom']);
    const err = refusal(ProjectFileError, () => ProjectSession.open(path));
    expect(err.code).toBe('damaged-references');
    expect(err.message).toBe(`${path} holds 2 references to rows that do not exist (first: raci party ghost); it was not opened`);
    expect(err.params).toEqual({ path, count: '2', detail: 'raci party ghost' });
  });
});
