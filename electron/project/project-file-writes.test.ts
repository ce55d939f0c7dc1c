import { copyFileSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../test/support/refusal';
import type { Op } from '../../shared/commands/ops';
import { ChangedElsewhereError, ProjectFile } from './project-file';
import { ProjectFileError } from './project-file-error';
import { ProjectSession } from './project-session';
import { MIGRATIONS } from './schema-migrations';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-writes-'));
  path = join(dir, 'plan.lanewise');
  const session = ProjectSession.create(path, { name: 'Plan', language: 'en', organisation: '' });
  session.execute({
    type: 'batch',
    commands: [
      { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
      { type: 'add', table: 'processes', row: { id: 'p', name: 'Sell' } },
      { type: 'add', table: 'lanes', row: { id: 'l', processId: 'p', departmentId: 'd1' } },
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'p', laneId: 'l', name: 'Offer' } },
    ],
  });
  session.close();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The writes (UPDATE and INSERT … ON CONFLICT) the connection runs for one command, as SQL. */
function writesOf(session: ProjectSession, traced: string[], run: () => unknown): string[] {
  traced.length = 0;
  run();
  return traced.filter((sql) => /^(UPDATE|INSERT INTO project)/.test(sql));
}

describe('what one edit writes to the file', () => {
  it('an update writes only the fields it changes', () => {
    const traced: string[] = [];
    const session = ProjectSession.open(path, { trace: (sql) => traced.push(String(sql)) });
    try {
      expect(writesOf(session, traced, () => session.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Check offer' } }))).toEqual([
        "UPDATE steps SET name = 'Check offer' WHERE id = 's1'",
      ]);
      expect(writesOf(session, traced, () => session.execute({ type: 'update', table: 'steps', id: 's1', patch: { notes: 'twice', durationValue: 2 } }))).toEqual([
        "UPDATE steps SET duration_value = 2.0, notes = 'twice' WHERE id = 's1'",
      ]);
    } finally {
      session.close();
    }
  });

  it('new project details write only the detail that changed', () => {
    const traced: string[] = [];
    const session = ProjectSession.open(path, { trace: (sql) => traced.push(String(sql)) });
    try {
      expect(writesOf(session, traced, () => session.execute({ type: 'setMeta', patch: { organisation: 'ACME' } }))).toEqual([
        `INSERT INTO project (key, value) VALUES ('organisation', '"ACME"') ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ]);
    } finally {
      session.close();
    }
  });
});

describe('opening a project of the current format', () => {
  it('makes no backup: only an older file is backed up before its upgrade', () => {
    ProjectFile.open(path).close();
    ProjectSession.open(path).close();
    expect(readdirSync(dir)).toEqual(['plan.lanewise']);
    expect(readdirSync(dir).some((f) => f.includes(`.v${MIGRATIONS.length}.`))).toBe(false);
  });

  it('names the program that holds it for writing to the next writer', () => {
    const held = ProjectFile.open(path, { app: 'Lanewise (browser)' });
    try {
      expect(refusal(ProjectFileError, () => ProjectFile.open(path)).message).toMatch(/ is open in Lanewise \(browser\) since /);
    } finally {
      held.close();
    }
    const plain = ProjectFile.open(path);
    try {
      expect(refusal(ProjectFileError, () => ProjectFile.open(path, { app: 'Lanewise (browser)' })).message).toMatch(/ is open in Lanewise since /);
    } finally {
      plain.close();
    }
  });
});

describe('refusals the user reads', () => {
  it('an edit of a project opened read-only is refused as such, and the file is not touched', () => {
    const reader = ProjectSession.open(path, { readOnly: true });
    try {
      expect(refusal(ProjectFileError, () => reader.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Never' } }))).toMatchObject({
        code: 'read-only',
        message: `${path} is open read-only: changes cannot be saved`,
      });
    } finally {
      reader.close();
    }
    expect(ProjectSession.open(path, { readOnly: true }).state.tables.steps.s1?.name).toBe('Offer');
  });

  it('creating over an existing file names it', () => {
    expect(refusal(ProjectFileError, () => ProjectFile.create(path, { name: 'Plan', language: 'en', organisation: '' }))).toMatchObject({
      code: 'exists',
      message: `${path} already exists`,
      params: { path },
    });
  });

  it('a migration that fails names the file and the reason, and the file stays as it was', () => {
    const err = refusal(ProjectFileError, () => ProjectFile.open(path, { migrations: [...MIGRATIONS, 'CREATE TABLE broken (;'] }));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(new RegExp(`^${path.replaceAll('.', '\\.')} cannot be upgraded \\(.*syntax error.*\\)$`));
    expect(readdirSync(dir)).toEqual(['plan.lanewise']);
  });
});

describe('Save As', () => {
  it('a -wal or -shm left beside the target by another project is removed, so the copy opens as written', async () => {
    const target = join(dir, 'copy.lanewise');
    writeFileSync(`${target}-wal`, 'not a WAL of this file');
    writeFileSync(`${target}-shm`, 'not its shm');
    const file = ProjectFile.open(path);
    try {
      await file.copyTo(target);
    } finally {
      file.close();
    }
    expect(readdirSync(dir).sort()).toEqual(['copy.lanewise', 'plan.lanewise']);
    const copy = ProjectFile.open(target);
    expect(copy.initialState.tables.steps.s1?.name).toBe('Offer');
    copy.close();
  });

  it('into a folder that does not exist is refused, naming the target, and leaves nothing behind', async () => {
    const target = join(dir, 'missing', 'copy.lanewise');
    const file = ProjectFile.open(path);
    try {
      const err = await file.copyTo(target).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ProjectFileError);
      expect(err).toMatchObject({ code: 'unwritable', params: { path: target } });
      expect((err as Error).message).toMatch(new RegExp(`^${target.replaceAll('.', '\\.')} could not be written`));
    } finally {
      file.close();
    }
    expect(readdirSync(dir)).toEqual(['plan.lanewise']);
  });
});

describe('a file replaced while open', () => {
  it('by another file under the same name: the next edit is refused as for a moved file', () => {
    const session = ProjectSession.open(path);
    try {
      copyFileSync(path, join(dir, 'other.lanewise'));
      renameSync(join(dir, 'other.lanewise'), path);
      expect(refusal(ProjectFileError, () => session.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Lost?' } }))).toMatchObject({
        code: 'moved',
        message: `${path} was moved, renamed or deleted while open; use Save As to keep your work`,
        params: { path },
      });
      expect(session.readOnly).toBe('moved');
    } finally {
      session.close();
    }
  });
});

describe('a write that does not find the file as memory has it', () => {
  // Memory and file disagree without anyone committing (data_version would catch a commit first):
  // the write stops, all of it is rolled back, and the caller reloads and computes the change again.
  const cases: Array<[string, (s1: ProjectFile['initialState']['tables']['steps'][string]) => [Op[], Op[]], string]> = [
    ['a row to delete that is not there', (s1) => [[{ t: 'del', table: 'steps', id: 'ghost' }], [{ t: 'put', table: 'steps', row: { ...s1, id: 'ghost' } }]], 'steps row ghost is not in the file'],
    ['a row to update that is not there', (s1) => [[{ t: 'put', table: 'steps', row: { ...s1, id: 'ghost', name: 'New' } }], [{ t: 'put', table: 'steps', row: { ...s1, id: 'ghost' } }]], 'steps row ghost is not in the file'],
    ['a RACI cell to update that is not there', () => [[{ t: 'raci', stepId: 's1', partyId: 'nobody', letters: 'C' }], [{ t: 'raci', stepId: 's1', partyId: 'nobody', letters: 'R' }]], 'RACI cell s1/nobody is not as this change expected'],
    ['a row to add that is there already', (s1) => [[{ t: 'put', table: 'steps', row: { ...s1, name: 'Twin' } }], [{ t: 'del', table: 'steps', id: 's1' }]], 'FILE holds rows this change did not expect'],
  ];
  for (const [what, make, message] of cases) {
    it(what, () => {
      const file = ProjectFile.open(path);
      try {
        const [ops, inverse] = make(file.initialState.tables.steps.s1!);
        const err = refusal(ChangedElsewhereError, () => file.write(() => file.persist(ops, inverse)));
        expect(err.message).toBe(message.replace('FILE', path));
        expect(file.load().tables.steps.s1?.name).toBe('Offer');
      } finally {
        file.close();
      }
    });
  }
});
