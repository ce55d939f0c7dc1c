import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { refusal } from '../../test/support/refusal';
import { inspectProjectFile, probeProjectFile } from './file-probe';
import { ProjectFileError } from './project-file-error';
import { ProjectSession } from './project-session';
import { APPLICATION_ID, MIGRATIONS } from './schema-migrations';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-probe-'));
  path = join(dir, 'Budget.lanewise');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function project(steps = 0): void {
  const session = ProjectSession.create(path, { name: 'Budget', language: 'en', organisation: '' });
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
    { type: 'add', table: 'processes', row: { id: 'p1', name: 'Order to cash' } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'd1' } },
  ];
  for (let i = 0; i < steps; i++) commands.push({ type: 'add', table: 'steps', row: { id: `s${i}`, processId: 'p1', laneId: 'l1', name: `Step ${i}`, notes: 'n'.repeat(200) } });
  session.execute({ type: 'batch', commands });
  session.close();
}

/** The refusal as a caller sees it: its code, the key of its message and its parameters. */
function refused(at = path, migrations?: readonly string[]) {
  const err = refusal(ProjectFileError, () => probeProjectFile(at, migrations));
  return { code: err.code, key: err.key, params: err.params, message: err.message };
}

function sqlite(setup: (db: Database.Database) => void): void {
  const db = new Database(path);
  setup(db);
  db.close();
}

describe('the probe refuses, saying why', () => {
  it('a path where nothing is', () => {
    expect(refused()).toEqual({ code: 'not-found', key: 'file.not-found', params: { path }, message: `File not found: ${path}` });
    expect(existsSync(path)).toBe(false);
  });

  it('a folder, with a message of its own', () => {
    mkdirSync(path);
    expect(refused()).toEqual({ code: 'unreadable', key: 'file.folder', params: { path }, message: `${path} is a folder, not a project file` });
  });

  it('something that is not a file one can read (a socket)', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      const err = refused();
      expect(err).toMatchObject({ code: 'unreadable', key: 'file.unreadable', params: { path } });
      expect(err.message).toMatch(new RegExp(`^Cannot read ${path.replaceAll('/', '\\/')}: .+`));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a SQLite header with nothing after it: cut short', () => {
    writeFileSync(path, 'SQLite format 3\u0000and a little more');
    expect(refused()).toEqual({ code: 'corrupt', key: 'file.corrupt', params: { path, detail: 'cut short' }, message: `${path} is damaged (the file is cut short)` });
  });

  it('a text file', () => {
    writeFileSync(path, 'Order to cash\n'.repeat(20));
    expect(refused()).toEqual({ code: 'not-sqlite', key: 'file.not-sqlite', params: { path }, message: `${path} is not a Lanewise project file (it is not a SQLite database)` });
  });

  it('a database of another program', () => {
    sqlite((db) => db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY)'));
    expect(refused()).toEqual({ code: 'foreign', key: 'file.foreign', params: { path }, message: `${path} is a SQLite database but not a Lanewise project` });
  });

  it('a file of a newer version, with both versions', () => {
    sqlite((db) => {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('user_version = 3');
    });
    expect(refused(path, MIGRATIONS.slice(0, 2))).toEqual({
      code: 'newer',
      key: 'file.newer',
      params: { path, version: '3', supported: '2' },
      message: `${path} was saved by a newer version of Lanewise (file format 3; this version reads up to 2). Please update Lanewise.`,
    });
  });

  it('a damaged file: the first problem SQLite’s check names, not its heading', () => {
    project(200);
    const bytes = readFileSync(path);
    bytes.writeUInt32BE(999, 36); // the free-page count in the header
    writeFileSync(path, bytes);
    expect(refused()).toEqual({
      code: 'corrupt',
      key: 'file.corrupt',
      params: { path, detail: 'Freelist: size is 0 but should be 999' },
      message: `${path} is damaged (Freelist: size is 0 but should be 999)`,
    });
  });

  it('a file SQLite cannot read at all: damaged, with SQLite’s reason', () => {
    project(200);
    const bytes = readFileSync(path);
    bytes.writeUInt32BE(bytes.readUInt32BE(28) + 5, 28); // more pages than the file holds
    writeFileSync(path, bytes);
    expect(refused()).toEqual({
      code: 'corrupt',
      key: 'file.corrupt',
      params: { path, detail: 'database disk image is malformed' },
      message: `${path} is damaged and cannot be opened (database disk image is malformed)`,
    });
  });

  it('a file whose index needs a collation this SQLite lacks (another program’s own): damaged, with SQLite’s reason', () => {
    project();
    sqlite((db) => db.exec('CREATE INDEX by_name ON departments(name COLLATE NOCASE)'));
    const bytes = readFileSync(path);
    const at = bytes.indexOf('COLLATE NOCASE', 0, 'latin1');
    bytes.write('COLLATE NOCASX', at, 'latin1');
    writeFileSync(path, bytes);
    expect(refused()).toEqual({
      code: 'corrupt',
      key: 'file.corrupt',
      params: { path, detail: 'no such collation sequence: NOCASX' },
      message: `${path} is damaged and cannot be opened (no such collation sequence: NOCASX)`,
    });
  });

  it('a rollback-journal file another program is writing at this moment: busy, not damaged', () => {
    project();
    sqlite((db) => db.pragma('journal_mode = DELETE'));
    const writer = new Database(path);
    try {
      writer.exec("BEGIN EXCLUSIVE; UPDATE departments SET name = 'Sales & Service'");
      expect(refused()).toEqual({ code: 'locked', key: 'file.locked', params: { path, holder: 'another program', since: '?' }, message: `${path} is busy in another program` });
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    expect(probeProjectFile(path)).toBe(MIGRATIONS.length);
  });

  it('objects Lanewise does not write: the first three named, on one line', () => {
    project();
    sqlite((db) => db.exec('CREATE TABLE a_extra (x); CREATE TABLE b_extra (x); CREATE VIEW c_extra AS SELECT 1; CREATE VIEW d_extra AS SELECT 2'));
    const detail = 'unexpected table "a_extra"; unexpected table "b_extra"; unexpected view "c_extra"';
    expect(refused()).toEqual({
      code: 'unexpected-schema',
      key: 'file.unexpected-schema',
      params: { path, detail },
      message: `${path} holds database objects Lanewise does not write (${detail}); it was not opened, so none of them can run`,
    });
  });
});

describe('the probe leaves the file as it found it', () => {
  it('a sound project: its version, and no -wal or -shm left behind', () => {
    project();
    expect(readdirSync(dir)).toEqual(['Budget.lanewise']);
    expect(probeProjectFile(path)).toBe(MIGRATIONS.length);
    expect(readdirSync(dir)).toEqual(['Budget.lanewise']);
  });

  it('a -shm that was there before stays', () => {
    project();
    writeFileSync(`${path}-shm`, '');
    probeProjectFile(path);
    expect(readdirSync(dir).sort()).toEqual(['Budget.lanewise', 'Budget.lanewise-shm']);
  });

  it('changes another program wrote while the file was inspected stay in their -wal', () => {
    project();
    const inspected = inspectProjectFile(path);
    const writer = new Database(path);
    writer.exec("UPDATE departments SET name = 'Sales & Service' WHERE id = 'd1'");
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    inspected.close();
    expect(existsSync(`${path}-wal`)).toBe(true);
    writer.close();
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare("SELECT name FROM departments WHERE id = 'd1'").pluck().get()).toBe('Sales & Service');
    reader.close();
  });

  it('probing many times keeps no file open', () => {
    project();
    const open = () => readdirSync('/proc/self/fd').length;
    probeProjectFile(path);
    const before = open();
    for (let i = 0; i < 40; i++) probeProjectFile(path);
    expect(open()).toBeLessThan(before + 20);
  });

  it('a refused file keeps no file open either', () => {
    writeFileSync(path, 'not a project at all, just text '.repeat(10));
    const open = () => readdirSync('/proc/self/fd').length;
    refused();
    const before = open();
    for (let i = 0; i < 40; i++) refused();
    expect(open()).toBeLessThan(before + 20);
  });
});
