import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { ProjectFile, readProjectFile } from './project-file';
import { ProjectFileError, type ProjectFileErrorCode } from './project-file-error';
import { ProjectSession } from './project-session';
import { refusal } from '../../test/support/refusal';

const REPO = join(import.meta.dirname, '../..');
const META = { name: 'Hostile', language: 'en', organisation: '' } as const;
const SETUP: CommandInput[] = [
  { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
  { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } },
  { type: 'add', table: 'processes', row: { id: 'p1', name: 'Order to cash' } },
  { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'd1' } },
  { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'p1', departmentId: 'd2' } },
  { type: 'add', table: 'steps', row: { id: 's1', processId: 'p1', laneId: 'l1', name: 'Take order' } },
  { type: 'add', table: 'steps', row: { id: 's2', processId: 'p1', laneId: 'l2', name: 'Invoice' } },
  { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'RA' },
  { type: 'setRaci', stepId: 's2', partyId: 'd2', letters: 'RA' },
];

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-hostile-'));
  path = join(dir, 'project.lanewise');
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function project(): void {
  const session = ProjectSession.create(path, META);
  session.execute({ type: 'batch', commands: SETUP });
  session.close();
}

/** Changes the file with plain SQL, as another program would. */
function tamper(sql: string, options: { journal?: 'delete' } = {}): void {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('foreign_keys = OFF');
  if (options.journal) db.pragma(`journal_mode = ${options.journal}`);
  db.exec(sql);
  db.close();
}

/** Opening for editing and reading for the CLI both refuse, and neither changes one byte or leaves a file behind. */
function expectRefusedUntouched(code: ProjectFileErrorCode, message: RegExp): ProjectFileError {
  const before = sha256(path);
  const listing = readdirSync(dir).sort();
  let last: ProjectFileError | null = null;
  for (const open of [() => ProjectSession.open(path), () => readProjectFile(path), () => ProjectSession.open(path, { readOnly: true })]) {
    last = refusal(ProjectFileError, open);
    expect(last.code).toBe(code);
    expect(last.message).toMatch(message);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(listing);
  }
  return last!;
}

describe('SQL hidden in a project file never runs', () => {
  it('a trigger that would wipe the RACI matrix is refused before anything is written', () => {
    project();
    tamper('CREATE TRIGGER wipe AFTER UPDATE ON steps BEGIN DELETE FROM raci; END');
    const err = expectRefusedUntouched('unexpected-schema', /trigger "wipe"/);
    expect(err.key).toBe('file.unexpected-schema');
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM raci').pluck().get()).toBe(2);
    db.close();
  });

  it('a view, an extra table or an extra index is refused too', () => {
    project();
    tamper('CREATE VIEW v AS SELECT * FROM steps');
    expectRefusedUntouched('unexpected-schema', /view "v"/);
    tamper('DROP VIEW v; CREATE TABLE notes (x); CREATE INDEX by_name ON steps(name)');
    expectRefusedUntouched('unexpected-schema', /notes|by_name/);
  });

  it('a table Lanewise writes, altered, is refused', () => {
    project();
    tamper("ALTER TABLE steps ADD COLUMN hidden TEXT DEFAULT 'x'");
    expectRefusedUntouched('unexpected-schema', /table "steps" differs/);
  });

  it('a trigger added while the project is open stops all writing, and the change is not made', () => {
    project();
    const session = ProjectSession.open(path);
    tamper('CREATE TRIGGER wipe AFTER UPDATE ON steps BEGIN DELETE FROM raci; END');
    expect(() => session.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Renamed' } })).toThrow(ProjectFileError);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM raci').pluck().get()).toBe(2);
    expect(db.prepare("SELECT name FROM steps WHERE id = 's1'").pluck().get()).toBe('Take order');
    db.close();
    session.close();
  });
});

describe('a refused file is not written, not even its journal mode', () => {
  it('a rollback-journal file with a damaged row keeps its header and gets no backup', () => {
    project();
    tamper("UPDATE steps SET kind = 'teleport' WHERE id = 's1'", { journal: 'delete' });
    const header = readFileSync(path).subarray(0, 100);
    expectRefusedUntouched('corrupt', /steps/);
    expect(readFileSync(path).subarray(0, 100).equals(header)).toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith('.bak'))).toBe(false);
  });

  it('a file that says it is version 0 but holds tables is refused, with no .v0.bak', () => {
    project();
    tamper('PRAGMA user_version = 0', { journal: 'delete' });
    expectRefusedUntouched('unexpected-schema', /unexpected (table|index)/);
    expect(existsSync(`${path}.v0.bak`)).toBe(false);
  });

  it('reading for info, check or export leaves a rollback-journal file in that mode', () => {
    project();
    tamper('SELECT 1', { journal: 'delete' });
    const before = sha256(path);
    expect(Object.keys(readProjectFile(path).state.tables.steps)).toHaveLength(2);
    expect(sha256(path)).toBe(before);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });
});

describe('damage only a full check sees', () => {
  it('a row whose key no longer matches its index (reads fine, breaks the first write) is refused at open', () => {
    project();
    const db = new Database(path, { readonly: true });
    const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'departments'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    // Rewrite the id inside the table's own page only, as a flipped byte on disk would.
    const bytes = readFileSync(path);
    const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
    page.write('d9', page.indexOf('d2'));
    writeFileSync(path, bytes);
    const err = expectRefusedUntouched('corrupt', /is damaged/);
    expect(err.params.detail).toMatch(/missing from index/);
  });
});

describe('references that point nowhere', () => {
  it('are refused for editing with the count and an example, and listed for check', () => {
    project();
    tamper(
      "INSERT INTO raci (step_id, party_id, letters) VALUES ('s1', 'ghost', 'C'); INSERT INTO steps (id, process_id, lane_id, code, name, kind, x, y, input, output, duration_unit, notes) SELECT 'orphan', process_id, 'no-lane', 'N09', 'x', 'task', 0, 0, '', '', 'hours', '' FROM steps WHERE id = 's1'",
    );
    const err = refusal(ProjectFileError, () => ProjectSession.open(path));
    expect(err.code).toBe('damaged-references');
    expect(err.params.count).toBe('2');
    const read = readProjectFile(path);
    expect(read.problems).toEqual(expect.arrayContaining(['raci party ghost', 'steps/orphan.laneId → no-lane']));
  });

  it('a RACI row keyed __proto__ is refused and never reaches Object.prototype', () => {
    project();
    tamper("INSERT INTO raci (step_id, party_id, letters) VALUES ('__proto__', 'polluted', 'R'), ('s1', '__proto__', 'R')");
    expectRefusedUntouched('corrupt', /RACI cell/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a row with the id constructor is refused as damaged', () => {
    project();
    tamper("UPDATE departments SET id = 'constructor' WHERE id = 'd2'");
    expectRefusedUntouched('corrupt', /departments/);
  });
});

describe('notes written by another program', () => {
  it('a note of an absurd size is refused, and nothing is written', () => {
    project();
    tamper("INSERT INTO annotations (id, process_id, x, y, width, height, text) VALUES ('n1', 'p1', 0, 0, 1e12, 80, 'huge')");
    expectRefusedUntouched('corrupt', /annotations/);
  });

  it('a note pointing at a missing process is listed as a dangling reference', () => {
    project();
    tamper("INSERT INTO annotations (id, process_id, x, y, width, height, text) VALUES ('n1', 'gone', 0, 0, 200, 80, 'orphan')");
    expect(refusal(ProjectFileError, () => ProjectSession.open(path)).code).toBe('damaged-references');
    expect(readProjectFile(path).problems).toEqual(['annotations/n1.processId → gone']);
  });
});

describe('the resolution log outlives its steps', () => {
  it('a process-level exception passes check, and deleting a step keeps its entry with the step named as text', () => {
    project();
    const session = ProjectSession.open(path);
    const entry = { processId: 'p1', findingKey: 'k', ruleId: 'raci.overload', kind: 'accepted', accountableName: '', decidedBy: 'VP', decidedAt: '2026-12-01T10:00:00Z', reason: 'Seasonal' } as const;
    session.execute({ type: 'add', table: 'decisions', row: { ...entry, id: 'whole', stepId: null } });
    session.execute({ type: 'add', table: 'decisions', row: { ...entry, id: 'onStep', stepId: 's2', ruleId: 'raci.no-accountable' } });
    session.execute({ type: 'delete', table: 'steps', id: 's2' });
    session.close();
    const read = readProjectFile(path);
    expect(read.problems).toEqual([]);
    expect(read.state.tables.decisions.onStep).toMatchObject({ stepId: null, stepLabel: 'N02 Invoice', reason: 'Seasonal' });
    expect(read.state.tables.decisions.whole).toMatchObject({ stepId: null });
  });
});

describe('a file moved or deleted while open', () => {
  it('refuses the next edit with a clear message, and Save As keeps the work', async () => {
    project();
    const session = ProjectSession.open(path);
    session.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Before the move' } });
    renameSync(path, join(dir, 'moved.lanewise'));
    const err = refusal(ProjectFileError, () => session.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'After the move' } }));
    expect(err.code).toBe('moved');
    expect(session.readOnly).toBe('moved');
    expect(session.state.tables.steps.s1?.name).toBe('Before the move');
    const kept = join(dir, 'kept.lanewise');
    await session.saveAs(kept);
    session.close();
    expect(readProjectFile(kept).state.tables.steps.s1?.name).toBe('Before the move');
  });

  it('a file deleted while open: every committed edit can still be saved elsewhere', async () => {
    project();
    const session = ProjectSession.open(path);
    session.execute({ type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'C' });
    rmSync(path);
    expect(() => session.execute({ type: 'setRaci', stepId: 's2', partyId: 'd1', letters: 'I' })).toThrow(/moved, renamed or deleted/);
    const kept = join(dir, 'rescued.lanewise');
    await session.saveAs(kept);
    session.close();
    expect(readProjectFile(kept).state.raci.s1).toEqual({ d1: 'RA', d2: 'C' });
  });
});

describe('read-only files and a full disk', () => {
  /** Opens the project as a user who may not write it (root may write any file, so as nobody then). */
  function openAsReader(): unknown {
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'test/fixtures/read-only-open.ts'), path], { cwd: REPO, encoding: 'utf8', ...asUser });
    return JSON.parse(out);
  }
  const readOnlyOutcome = { readOnly: 'file-read-only', snapshot: 'file-read-only', refused: { code: 'read-only', key: 'file.read-only' } };

  it('a read-only file opens read-only: edits are refused clearly and the file is untouched', () => {
    project();
    chmodSync(path, 0o444);
    chmodSync(dir, 0o777);
    const before = sha256(path);
    expect(openAsReader()).toEqual(readOnlyOutcome);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['project.lanewise']);
  });

  it('a project in a folder that cannot be written opens read-only too', () => {
    project();
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    const before = sha256(path);
    expect(openAsReader()).toEqual(readOnlyOutcome);
    expect(sha256(path)).toBe(before);
  });

  it('opened read-only on request, it takes no lock: the owner keeps writing', () => {
    project();
    const writer = ProjectSession.open(path);
    const reader = ProjectSession.open(path, { readOnly: true });
    expect(reader.readOnly).toBe('requested');
    writer.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Written while read' } });
    expect(reader.changes().reload).toBe(true);
    expect(reader.state.tables.steps.s1?.name).toBe('Written while read');
    reader.close();
    writer.close();
  });

  it('a full disk: a clear message, memory as before, nothing half written', () => {
    project();
    let full = false;
    const session = ProjectSession.open(path, {
      trace: (sql) => {
        if (full && String(sql).startsWith('UPDATE')) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      },
    });
    const before = structuredClone(session.state);
    full = true;
    const err = refusal(ProjectFileError, () => session.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Too big' } }));
    expect(err.code).toBe('disk-full');
    expect(err.message).toMatch(/disk is full/);
    expect(session.state).toEqual(before);
    expect(session.snapshot().canUndo).toBe(false);
    full = false;
    session.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Fits' } });
    session.close();
    expect(readProjectFile(path).state.tables.steps.s1?.name).toBe('Fits');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('ProjectFile.open', () => {
  it('never creates a file that is not there', () => {
    expect(refusal(ProjectFileError, () => ProjectFile.open(path)).code).toBe('not-found');
    expect(readdirSync(dir)).toEqual([]);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
