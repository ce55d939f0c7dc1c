import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import type { ProjectState } from '../../shared/model/project-state';
import { ProjectFile } from './project-file';
import { ProjectSession } from './project-session';
import { APPLICATION_ID, MIGRATIONS } from './schema-migrations';

const META = { name: 'Order book', language: 'zh-CN', organisation: 'Acme' } as const;

/** A small but complete project: every table, RACI cells, unicode text, nullable and REAL fields. */
const SETUP: CommandInput[] = [
  { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
  { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance', color: '#aa3300' } },
  { type: 'add', table: 'departments', row: { id: 'd3', name: 'Legal' } },
  { type: 'add', table: 'departments', row: { id: 'd4', name: 'IT' } },
  { type: 'add', table: 'positions', row: { id: 'pos1', departmentId: 'd1', name: 'Account manager' } },
  { type: 'add', table: 'processes', row: { id: 'p1', name: 'Order to cash', category: 'Sales', orientation: 'vertical' } },
  { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'd1' } },
  { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'p1', departmentId: 'd2', size: 220 } },
  { type: 'add', table: 'lanes', row: { id: 'l3', processId: 'p1', departmentId: 'd3' } },
  { type: 'add', table: 'phases', row: { id: 'ph1', processId: 'p1', name: 'Intake' } },
  {
    type: 'add',
    table: 'steps',
    row: { id: 's1', processId: 'p1', laneId: 'l1', phaseId: 'ph1', name: '接收订单', ownerPositionId: 'pos1', durationValue: 1.5, durationUnit: 'days', notes: '审批 — "quoted"', x: 12.25, y: -3 },
  },
  { type: 'add', table: 'steps', row: { id: 's2', processId: 'p1', laneId: 'l2', name: 'Check credit', kind: 'decision' } },
  { type: 'add', table: 'steps', row: { id: 's3', processId: 'p1', laneId: 'l3', name: 'Review contract' } },
  { type: 'add', table: 'flows', row: { id: 'f1', processId: 'p1', fromStepId: 's1', toStepId: 's2' } },
  { type: 'add', table: 'flows', row: { id: 'f2', processId: 'p1', fromStepId: 's2', toStepId: 's3', label: 'approved', bends: [{ x: 300.5, y: 40 }, { x: 300.5, y: 260 }] } },
  { type: 'update', table: 'steps', id: 's3', patch: { width: 200, height: 96, color: '#1f77b4' } },
  { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'ar' },
  { type: 'setRaci', stepId: 's1', partyId: 'pos1', letters: 'C' },
  { type: 'setRaci', stepId: 's2', partyId: 'd2', letters: 'RA' },
  { type: 'setRaci', stepId: 's3', partyId: 'd3', letters: 'I' },
];

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-file-'));
  path = join(dir, 'order-book.lanewise');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function createProject(): ProjectSession {
  const session = ProjectSession.create(path, META);
  for (const command of SETUP) session.execute(command);
  return session;
}

function reopened(): ProjectState {
  const file = ProjectFile.open(path);
  try {
    return file.load();
  } finally {
    file.close();
  }
}

function plain<T>(read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('a project file round trip', () => {
  it('reopens to the same state after commands, undo and redo', () => {
    const session = createProject();
    session.execute({ type: 'update', table: 'steps', id: 's2', patch: { name: 'Check credit limit', x: 300 } });
    session.execute({ type: 'move', table: 'departments', id: 'd3', toIndex: 0 });
    session.execute({ type: 'delete', table: 'steps', id: 's3' });
    session.execute({ type: 'setMeta', patch: { organisation: 'Acme GmbH' } });
    session.execute({ type: 'setRaci', stepId: 's1', partyId: 'pos1', letters: '' });
    session.undo();
    session.undo();
    session.redo();
    const state = session.state;
    expect(state.tables.steps.s3).toBeUndefined();
    expect(state.raci.s1).toEqual({ d1: 'RA', pos1: 'C' });
    session.close();

    expect(reopened()).toEqual(state);
  });

  it('keeps what undo restored', () => {
    const session = createProject();
    const before = session.state;
    session.execute({ type: 'delete', table: 'departments', id: 'd2' });
    expect(session.state.tables.steps.s2).toBeUndefined();
    session.undo();
    session.close();

    const state = reopened();
    expect(state).toEqual(before);
    expect(state.tables.flows.f2?.label).toBe('approved');
  });

  it('leaves a single file behind once closed', () => {
    const session = createProject();
    expect(existsSync(`${path}-wal`)).toBe(true);
    session.close();
    expect(readdirSync(dir)).toEqual(['order-book.lanewise']);
  });
});

describe('the file on disk', () => {
  it('is a WAL-mode SQLite database marked as a Lanewise project of the current format', () => {
    createProject().close();
    plain((db) => {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    });
  });

  it('is written with full sync, the WAL journal and foreign keys on: a committed edit survives a power cut', () => {
    createProject().close();
    const traced: string[] = [];
    const session = ProjectSession.open(path, { trace: (sql) => traced.push(String(sql)) });
    session.close();
    expect(traced).toEqual(expect.arrayContaining(['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = FULL', 'PRAGMA foreign_keys = ON']));
    expect(traced.filter((sql) => /synchronous/i.test(sql))).toEqual(['PRAGMA synchronous = FULL']);
  });

  it('can be read with plain SQL', () => {
    createProject().close();
    plain((db) => {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['project', 'departments', 'positions', 'processes', 'lanes', 'phases', 'steps', 'flows', 'raci']));
      expect(db.prepare('SELECT id, name, color, sort_order FROM departments ORDER BY sort_order').all()).toEqual([
        { id: 'd1', name: 'Sales', color: '#4f7cac', sort_order: 0 },
        { id: 'd2', name: 'Finance', color: '#aa3300', sort_order: 1 },
        { id: 'd3', name: 'Legal', color: '#4f7cac', sort_order: 2 },
        { id: 'd4', name: 'IT', color: '#4f7cac', sort_order: 3 },
      ]);
      expect(db.prepare('SELECT id, name, category, orientation FROM processes').all()).toEqual([{ id: 'p1', name: 'Order to cash', category: 'Sales', orientation: 'vertical' }]);
      expect(db.prepare("SELECT code, name, kind, lane_id, phase_id, owner_position_id, duration_value, duration_unit, notes, x, y FROM steps WHERE id = 's1'").get()).toEqual({
        code: 'N01',
        name: '接收订单',
        kind: 'task',
        lane_id: 'l1',
        phase_id: 'ph1',
        owner_position_id: 'pos1',
        duration_value: 1.5,
        duration_unit: 'days',
        notes: '审批 — "quoted"',
        x: 12.25,
        y: -3,
      });
      expect(db.prepare('SELECT id, code, phase_id, owner_position_id FROM steps ORDER BY id').all()).toEqual([
        { id: 's1', code: 'N01', phase_id: 'ph1', owner_position_id: 'pos1' },
        { id: 's2', code: 'N02', phase_id: null, owner_position_id: null },
        { id: 's3', code: 'N03', phase_id: null, owner_position_id: null },
      ]);
      expect(db.prepare('SELECT step_id, party_id, letters FROM raci ORDER BY step_id, party_id').raw().all()).toEqual([
        ['s1', 'd1', 'RA'],
        ['s1', 'pos1', 'C'],
        ['s2', 'd2', 'RA'],
        ['s3', 'd3', 'I'],
      ]);
      const meta = Object.fromEntries((db.prepare('SELECT key, value FROM project').raw().all() as Array<[string, string]>).map(([k, v]) => [k, JSON.parse(v) as unknown]));
      expect(meta).toMatchObject(META);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
  });
});

/** The literal values of a traced statement's VALUES (…) list or WHERE clause, in order. */
function literals(sql: string): string[] {
  return [...sql.matchAll(/'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|NULL/g)].map((m) => (m[1] !== undefined ? m[1].replaceAll("''", "'") : (m[2] ?? 'NULL')));
}

const KEY_COLUMNS: Record<string, string[]> = { raci: ['step_id', 'party_id'] };

/** One write the connection ran, as "table key kind" (key: the row's primary key). */
function writeOf(sql: string): string | null {
  const insert = /^INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\)$/s.exec(sql);
  if (insert) {
    const [, table, columns, values] = insert as unknown as [string, string, string, string];
    const names = columns.split(', ');
    const vals = literals(values);
    const key = (KEY_COLUMNS[table] ?? ['id']).map((c) => vals[names.indexOf(c)]).join('/');
    return `${table} ${key} insert`;
  }
  const change = /^(UPDATE|DELETE FROM) (\w+) .*WHERE (.*)$/s.exec(sql);
  if (change) {
    const [, verb, table, where] = change as unknown as [string, string, string, string];
    return `${table} ${literals(where).join('/')} ${verb === 'UPDATE' ? 'update' : 'delete'}`;
  }
  return null;
}

describe('persisting one command', () => {
  let session: ProjectSession;
  let log: Database.Database;
  let traced: string[] = [];
  /** A statement holding this text fails, as a full or failing disk would fail it. */
  let failOn: string | null = null;
  beforeEach(() => {
    createProject().close();
    failOn = null;
    session = ProjectSession.open(path, {
      trace: (sql) => {
        traced.push(String(sql));
        if (failOn && String(sql).includes(failOn)) throw new Error('disk says no');
      },
    });
    log = new Database(path, { readonly: true, fileMustExist: true });
  });
  afterEach(() => {
    log.close();
    session.close();
  });

  /** Runs one command and returns the rows its connection wrote (committed or not), as "table key kind", sorted. */
  function writesOf(run: () => unknown): string[] {
    traced = [];
    run();
    return traced.flatMap((sql) => writeOf(sql) ?? []).sort();
  }

  it('writes only the RACI cell it sets, adds or clears', () => {
    expect(writesOf(() => session.execute({ type: 'setRaci', stepId: 's2', partyId: 'd1', letters: 'i' }))).toEqual(['raci s2/d1 insert']);
    expect(writesOf(() => session.execute({ type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'R' }))).toEqual(['raci s1/d1 update']);
    expect(writesOf(() => session.execute({ type: 'setRaci', stepId: 's1', partyId: 'pos1', letters: '' }))).toEqual(['raci s1/pos1 delete']);
  });

  it('writes nothing when a command changes nothing', () => {
    expect(writesOf(() => session.execute({ type: 'setRaci', stepId: 's2', partyId: 'd2', letters: 'ar' }))).toEqual([]);
  });

  it('writes only the step it updates', () => {
    expect(writesOf(() => session.execute({ type: 'update', table: 'steps', id: 's2', patch: { name: 'Check credit limit' } }))).toEqual(['steps s2 update']);
  });

  it('writes only the rows whose order a move changes', () => {
    expect(writesOf(() => session.execute({ type: 'move', table: 'departments', id: 'd3', toIndex: 1 }))).toEqual(['departments d2 update', 'departments d3 update']);
  });

  it('writes exactly the cascade of a delete, and undo writes back exactly those rows', () => {
    expect(writesOf(() => session.execute({ type: 'delete', table: 'steps', id: 's3' }))).toEqual(['flows f2 delete', 'raci s3/d3 delete', 'steps s3 delete']);
    expect(writesOf(() => session.undo())).toEqual(['flows f2 insert', 'raci s3/d3 insert', 'steps s3 insert']);
  });

  it('writes a batch in one transaction: a failure part-way leaves file and memory as they were', () => {
    failOn = "INSERT INTO raci (step_id, party_id, letters) VALUES ('boom'";
    const before = session.state;
    const batch: CommandInput = {
      type: 'batch',
      commands: [
        { type: 'update', table: 'steps', id: 's1', patch: { name: 'Renamed' } },
        { type: 'add', table: 'steps', row: { id: 'boom', processId: 'p1', laneId: 'l1' } },
        { type: 'setRaci', stepId: 'boom', partyId: 'd1', letters: 'R' },
      ],
    };
    // The writes were tried and rolled back together: none of them is in the file.
    expect(writesOf(() => expect(() => session.execute(batch)).toThrow(/disk says no/))).toEqual(['raci boom/d1 insert', 'steps boom insert', 'steps s1 update']);
    failOn = null;
    expect(session.state).toBe(before);
    expect(session.snapshot().canUndo).toBe(false);
    expect(log.prepare("SELECT count(*) FROM steps WHERE id = 'boom' OR name = 'Renamed'").pluck().get()).toBe(0);

    // The session goes on working, and undo skips the failed command.
    session.execute({ type: 'update', table: 'steps', id: 's2', patch: { name: 'After' } });
    session.undo();
    expect(session.state).toEqual(before);
    session.close();
    expect(reopened()).toEqual(before);
  });
});

describe('a file from before shapes had sizes, colours and bends', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lanewise-v1-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens with every shape at its kind\'s size and colour and every flow routed automatically', () => {
    const path = join(dir, 'old.lanewise');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec(MIGRATIONS[0]!);
    db.pragma('user_version = 1');
    const insert = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
    insert("INSERT INTO project (key, value) VALUES ('name', ?), ('language', ?), ('organisation', ?)", '"Old"', '"en"', '""');
    insert("INSERT INTO departments VALUES ('d1', 'Sales', '#4f7cac', 0)");
    insert("INSERT INTO processes VALUES ('p1', 'Old process', '', '', 'horizontal', 0)");
    insert("INSERT INTO lanes VALUES ('l1', 'p1', 'd1', 0, 160)");
    insert("INSERT INTO steps VALUES ('s1', 'p1', 'l1', NULL, 'N01', 'Take order', 'task', 200, 80, '', '', NULL, NULL, 'hours', '')");
    insert("INSERT INTO steps VALUES ('s2', 'p1', 'l1', NULL, 'N02', 'Ship', 'task', 420, 80, '', '', NULL, NULL, 'hours', '')");
    insert("INSERT INTO flows VALUES ('f1', 'p1', 's1', 's2', '')");
    db.close();

    const file = ProjectFile.open(path);
    const state = file.load();
    file.close();
    expect(state.tables.steps.s1).toMatchObject({ width: null, height: null, color: null, name: 'Take order' });
    expect(state.tables.flows.f1).toMatchObject({ bends: [], label: '' });
  });
});

