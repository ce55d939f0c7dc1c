import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFileError } from '../project/project-file-error';
import { ProjectSession } from '../project/project-session';
import { refusal } from '../../test/support/refusal';
import { runCli } from './lanewise';

let dir: string;
let out: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-readers-'));
  out = join(dir, 'out');
  mkdirSync(out);
  mkdirSync(join(dir, 'projects'));
  path = join(dir, 'projects', 'audit.lanewise');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(argv, (l) => lines.push(l));
  return { code, lines };
}

/** Every file in the project's folder with a hash of its bytes: what "writes nothing" must leave alike. */
function folderBytes(): Record<string, string> {
  const folder = join(dir, 'projects');
  return Object.fromEntries(readdirSync(folder).map((name) => [name, createHash('sha256').update(readFileSync(join(folder, name))).digest('hex')]));
}

/** A project with one step that has R but no A: an open RACI error, so check exits 1. */
async function projectWithOpenError(): Promise<ProjectSession> {
  expect((await run(['new', path, '--lang', 'en', '--name', 'Audit'])).code).toBe(0);
  const session = ProjectSession.open(path);
  session.execute({
    type: 'batch',
    commands: [
      { type: 'add', table: 'departments', row: { id: 'd1', name: 'Internal audit' } },
      { type: 'add', table: 'processes', row: { id: 'p1', name: 'Annual audit' } },
      { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'd1' } },
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'p1', laneId: 'l1', name: 'Plan the audit', durationValue: 2, durationUnit: 'days' } },
      { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'R' },
    ],
  });
  return session;
}

/** info, check and export, each as a user would run it; their output goes to a folder of its own. */
async function readEverything(): Promise<void> {
  const info = await run(['info', path, '--json']);
  expect(info.code).toBe(0);
  expect(JSON.parse(info.lines[0]!)).toMatchObject({ processes: 1, steps: 1, raciCells: 1 });
  const check = await run(['check', path]);
  expect(check.code).toBe(1);
  expect(check.lines.join('\n')).toMatch(/raci\.no-accountable/);
  const exported = await run(['export', path, '--xlsx', join(out, 'raci.xlsx'), '--svg', join(out, 'svg')]);
  expect(exported.code).toBe(0);
  expect(readdirSync(out)).toEqual(expect.arrayContaining(['raci.xlsx', 'svg']));
}

describe('info, check and export only read', () => {
  it('leave a closed project byte for byte as it was, with nothing beside it: no -wal, -shm or -lock', async () => {
    (await projectWithOpenError()).close();
    const before = folderBytes();
    expect(Object.keys(before)).toEqual(['audit.lanewise']);
    await readEverything();
    expect(folderBytes()).toEqual(before);
  }, 60_000);

  it('leave a file another program put in rollback-journal mode in that mode: not even the journal mode is written', async () => {
    (await projectWithOpenError()).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode = DELETE', { simple: true })).toBe('delete');
    db.close();
    const before = folderBytes();
    await readEverything();
    expect(folderBytes()).toEqual(before);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
  }, 60_000);

  it('work while the app has the file open, see its latest edit, and leave its lock with it', async () => {
    const app = await projectWithOpenError();
    try {
      app.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Plan the audit with the board' } });
      const before = folderBytes();
      await readEverything();
      expect((await run(['info', path])).lines[0]).toBe('Audit (en)');
      const exported = await run(['export', path, '--bpmn', join(out, 'bpmn')]);
      expect(exported.code).toBe(0);
      expect(readdirSync(join(out, 'bpmn'))).toEqual(['Annual audit.bpmn']);
      expect(readFileSync(join(out, 'bpmn', 'Annual audit.bpmn'), 'utf8')).toContain('Plan the audit with the board');
      expect(folderBytes()).toEqual(before);

      // The app still holds the file: another writer is refused, and the app keeps saving.
      expect(refusal(ProjectFileError, () => ProjectSession.open(path)).code).toBe('locked');
      app.execute({ type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'RA' });
    } finally {
      app.close();
    }
    expect((await run(['check', path])).code).toBe(0);
  }, 60_000);
});

describe('import is a writer', () => {
  it('is refused while the app holds the file, told who has it and since when, and changes nothing', async () => {
    const app = await projectWithOpenError();
    try {
      const before = folderBytes();
      const table = join(dir, 'process.csv');
      await expect(run(['import', path, '--table', table])).rejects.toThrow(/is open in Lanewise since \d\d:\d\d — close it there, or open it read-only/);
      expect(folderBytes()).toEqual(before);
    } finally {
      app.close();
    }
  });
});
