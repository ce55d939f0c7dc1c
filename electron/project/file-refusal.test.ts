import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import type { ProjectState } from '../../shared/model/project-state';
import { probeProjectFile } from './file-probe';
import { ProjectFile } from './project-file';
import { ProjectFileError, type ProjectFileErrorCode } from './project-file-error';
import { ProjectSession } from './project-session';
import { APPLICATION_ID, MIGRATIONS } from './schema-migrations';
import { refusal } from '../../test/support/refusal';

const META = { name: 'Refusals', language: 'en', organisation: 'Acme' } as const;
const PAGE = 4096;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-refusal-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A closed project with enough rows to span many pages. */
function realProject(name: string, steps = 300): string {
  const path = join(dir, name);
  const session = ProjectSession.create(path, META);
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
    { type: 'add', table: 'processes', row: { id: 'p1', name: 'Order to cash' } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'd1' } },
  ];
  for (let i = 0; i < steps; i++) {
    commands.push({ type: 'add', table: 'steps', row: { id: `s${i}`, processId: 'p1', laneId: 'l1', code: `N${i}`, name: `Step ${i}`, notes: 'n'.repeat(200) } });
    commands.push({ type: 'setRaci', stepId: `s${i}`, partyId: 'd1', letters: 'RA' });
  }
  session.execute({ type: 'batch', commands });
  session.close();
  return path;
}

/** Both ways in refuse the file with `code`, leave its bytes as they were and leave no -wal/-shm behind. */
function expectRefused(path: string, code: ProjectFileErrorCode, message: RegExp): void {
  const before = existsSync(path) && statSync(path).isFile() ? sha256(path) : null;
  const listing = readdirSync(dir).sort();
  for (const open of [() => ProjectFile.open(path), () => ProjectSession.open(path)]) {
    const err = refusal(ProjectFileError, open);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toContain(path);
    expect(err.message.split('\n')).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(listing);
    if (before !== null) expect(sha256(path)).toBe(before);
  }
}

describe('files Lanewise refuses to open', () => {
  it('a file saved by a newer version', () => {
    const path = realProject('newer.lanewise', 5);
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expectRefused(path, 'newer', /newer version of Lanewise.*update Lanewise/i);
  });

  it('a SQLite database of another program', () => {
    const path = join(dir, 'other.db');
    const db = new Database(path);
    db.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ada')");
    db.close();
    expectRefused(path, 'foreign', /SQLite database but not a Lanewise project/);
  });

  it('a SQLite database of another program in WAL mode', () => {
    const path = join(dir, 'other-wal.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
    db.close();
    expectRefused(path, 'foreign', /not a Lanewise project/);
  });

  it('a project whose middle pages were overwritten with garbage', () => {
    const path = realProject('corrupt.lanewise');
    const bytes = readFileSync(path);
    const pages = bytes.length / PAGE;
    expect(pages).toBeGreaterThan(20);
    let seed = 7;
    for (let page = Math.floor(pages / 3); page < Math.floor(pages / 3) + 4; page++) {
      for (let i = page * PAGE; i < (page + 1) * PAGE; i++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        bytes[i] = seed >>> 24;
      }
    }
    writeFileSync(path, bytes);
    const check = new Database(path, { readonly: true });
    // Garbage on a page of the schema makes SQLite throw rather than answer.
    const verdict = (() => {
      try {
        return check.pragma('quick_check', { simple: true });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(verdict).not.toBe('ok');
    check.close();
    expectRefused(path, 'corrupt', /is damaged/);
  });

  it('a project cut off halfway', () => {
    const path = realProject('half.lanewise');
    truncateSync(path, Math.floor(statSync(path).size / PAGE / 2) * PAGE);
    expectRefused(path, 'corrupt', /is damaged/);
  });

  it('a project cut off inside its header', () => {
    const path = realProject('stub.lanewise', 1);
    truncateSync(path, 50);
    expectRefused(path, 'corrupt', /is damaged/);
  });

  it('a text file', () => {
    const path = join(dir, 'notes.lanewise');
    writeFileSync(path, 'Meeting notes: swimlanes for the finance team\n'.repeat(10));
    expectRefused(path, 'not-sqlite', /not a Lanewise project file \(it is not a SQLite database\)/);
  });

  it('an empty file', () => {
    const path = join(dir, 'empty.lanewise');
    writeFileSync(path, '');
    expectRefused(path, 'not-sqlite', /not a SQLite database/);
  });

  it('a PNG image', () => {
    const path = join(dir, 'diagram.lanewise');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(200, 1)]);
    writeFileSync(path, png);
    expectRefused(path, 'not-sqlite', /not a SQLite database/);
  });

  it('a path where no file exists, without creating one', () => {
    const path = join(dir, 'missing.lanewise');
    expectRefused(path, 'not-found', /File not found/);
    expect(existsSync(path)).toBe(false);
  });

  it('a folder', () => {
    const path = join(dir, 'folder.lanewise');
    mkdirSync(path);
    expectRefused(path, 'unreadable', /is a folder/);
  });

  it('creating over an existing file', () => {
    const path = realProject('taken.lanewise', 3);
    const before = sha256(path);
    const err = refusal(ProjectFileError, () => ProjectFile.create(path, META));
    expect(err.code).toBe('exists');
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['taken.lanewise']);
  });
});

describe('a create that fails', () => {
  it('with invalid project details leaves no file, so the name stays free', () => {
    const path = join(dir, 'blank.lanewise');
    expect(() => ProjectFile.create(path, { ...META, name: '   ' })).toThrow();
    expect(readdirSync(dir)).toEqual([]);
    ProjectFile.create(path, META).close();
    expect(probeProjectFile(path, MIGRATIONS)).toBe(MIGRATIONS.length);
  });

  it('part-way leaves no half-made project and reports why it failed', () => {
    const path = join(dir, 'blocked.lanewise');
    // A folder where the -wal must go makes switching to WAL fail after the file exists.
    mkdirSync(`${path}-wal`);
    expect(() => ProjectFile.create(path, META)).toThrow(/unable to open|disk I\/O|cannot open/i);
    expect(readdirSync(dir)).toEqual(['blocked.lanewise-wal']);
  });

  it('part-way after the -wal was made leaves no -wal behind, so the name is free again', () => {
    const path = join(dir, 'blocked.lanewise');
    // A folder where the -shm must go: SQLite makes the -wal, then cannot write, and its close keeps the -wal.
    mkdirSync(`${path}-shm`);
    expect(() => ProjectFile.create(path, META)).toThrow(ProjectFileError);
    expect(readdirSync(dir)).toEqual(['blocked.lanewise-shm']);
    rmSync(`${path}-shm`, { recursive: true });
    ProjectFile.create(path, META).close();
    expect(probeProjectFile(path, MIGRATIONS)).toBe(MIGRATIONS.length);
  });
});

describe('opening a file from an older version', () => {
  const current = MIGRATIONS;
  const upgraded = [...MIGRATIONS, 'CREATE TABLE attachments (id TEXT PRIMARY KEY, step_id TEXT NOT NULL, path TEXT NOT NULL);'];

  function stateOf(path: string, migrations: readonly string[]): ProjectState {
    const file = ProjectFile.open(path, { migrations });
    try {
      return file.load();
    } finally {
      file.close();
    }
  }

  function userTables(path: string): string[] {
    const db = new Database(path, { readonly: true });
    try {
      return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]);
    } finally {
      db.close();
    }
  }

  it('backs the old file up, then upgrades it in place with the data intact', () => {
    const path = realProject('old.lanewise', 20);
    const original = stateOf(path, current);
    // The name users find beside their file: FILE.v<old version>.bak.
    const backup = `${path}.v${current.length}.bak`;

    const file = ProjectFile.open(path, { migrations: upgraded });
    const state = file.load();
    file.close();

    expect(state).toEqual(original);
    expect(probeProjectFile(path, upgraded)).toBe(upgraded.length);
    expect(userTables(path)).toContain('attachments');

    // The backup is a complete project of the old version, openable by the old version.
    expect(existsSync(backup)).toBe(true);
    expect(probeProjectFile(backup, current)).toBe(current.length);
    expect(readFileSync(backup).readUInt32BE(68)).toBe(APPLICATION_ID);
    expect(userTables(backup)).not.toContain('attachments');
    expect(stateOf(backup, current)).toEqual(original);
  });

  it('leaves the file at its old version when a migration fails', () => {
    const path = realProject('old.lanewise', 20);
    const original = stateOf(path, current);
    expect(() => ProjectFile.open(path, { migrations: [...current, 'CREATE TABLE broken (;'] })).toThrow();
    expect(probeProjectFile(path, current)).toBe(current.length);
    expect(stateOf(path, current)).toEqual(original);
    expect(readdirSync(dir).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
  });
});
