import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandError } from '../../shared/commands/command-error';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { readProjectFile } from './project-file';
import { ProjectSession } from './project-session';
import { fileLayerProject } from '../../test/support/file-layer-project';
import { refusal } from '../../test/support/refusal';

const SETUP: CommandInput = fileLayerProject({ withFinance: true });

let dir: string;
let path: string;
const sessions: ProjectSession[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-session-'));
  path = join(dir, 'Session.lanewise');
});
afterEach(() => {
  for (const s of sessions.splice(0).reverse()) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function created(): ProjectSession {
  const session = ProjectSession.create(path, { name: 'Session', language: 'en', organisation: '' });
  session.seed(SETUP);
  sessions.push(session);
  return session;
}

/** A second window on the same document. */
function second(of: ProjectSession): ProjectSession {
  return new ProjectSession(of.document);
}

const rename = (id: string, name: string): CommandInput => ({ type: 'update', table: 'steps', id, patch: { name } });

describe('what the Undo and Redo buttons say', () => {
  it('after an edit, undo names it and there is nothing to redo; after undo the other way round', () => {
    const s = created();
    expect(s.snapshot()).toMatchObject({ canUndo: false, canRedo: false, undoEdit: null, redoEdit: null });
    const change = s.execute(rename('s1', 'Take the order'));
    expect(change).toMatchObject({ canUndo: true, canRedo: false, undoEdit: { verb: 'renameStep', count: 1 }, redoEdit: null });
    expect(s.undo()).toMatchObject({ canUndo: false, canRedo: true, undoEdit: null, redoEdit: { verb: 'renameStep', count: 1 } });
    expect(s.redo()).toMatchObject({ canUndo: true, canRedo: false, undoEdit: { verb: 'renameStep', count: 1 }, redoEdit: null });
  });

  it('each button names the edit it would revert next', () => {
    const s = created();
    s.execute({ type: 'batch', label: 'paste', commands: [rename('s1', 'A'), rename('s2', 'B')] });
    s.execute({ type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'C' });
    expect(s.undo()).toMatchObject({ undoEdit: { verb: 'paste', count: 2 }, redoEdit: { verb: 'raci', count: 1 } });
  });

  it('with nothing to undo or redo, undo and redo do nothing', () => {
    const s = created();
    expect(s.undo()).toBeNull();
    expect(s.redo()).toBeNull();
  });
});

describe('undo and redo refuse what someone else changed since', () => {
  it.each([
    ['a single command, by its type', rename('s1', 'Mine'), 'update'],
    ['a labelled batch, by its label', { type: 'batch', label: 'paste', commands: [rename('s1', 'Mine')] } as CommandInput, 'paste'],
    ['a batch without a label, as a batch', { type: 'batch', commands: [rename('s1', 'Mine')] } as CommandInput, 'batch'],
  ])('the message names the edit: %s', (_what, command, label) => {
    const a = created();
    const b = second(a);
    a.execute(command);
    b.execute(rename('s1', 'Theirs'));
    const err = refusal(CommandError, () => a.undo());
    expect(err.code).toBe('conflict');
    expect(err.message).toBe(`Cannot undo "${label}": someone else has changed the same items since`);
    expect(err.params).toEqual({ label });
  });

  it('a refused undo writes nothing: the other window has no change to fetch', () => {
    const a = created();
    const b = second(a);
    a.execute(rename('s1', 'Mine'));
    b.execute(rename('s1', 'Theirs'));
    const revision = a.document.revision;
    expect(() => a.undo()).toThrow(CommandError);
    expect(a.document.revision).toBe(revision);
    expect(b.changes()).toMatchObject({ ops: [], revision });
    expect(readProjectFile(path).state.tables.steps.s1?.name).toBe('Theirs');
  });

  it('a refused redo drops only that entry: the edits undone before it can still be redone', () => {
    const a = created();
    const b = second(a);
    a.execute(rename('s1', 'Take order now'));
    a.execute(rename('s2', 'Ship fast'));
    a.execute(rename('s2', 'Ship faster'));
    a.undo();
    a.undo();
    a.undo();
    b.execute(rename('s1', 'Theirs'));
    expect(() => a.redo()).toThrow(/someone else has changed the same items since/);
    expect(a.snapshot()).toMatchObject({ canUndo: false, canRedo: true });
    a.redo();
    a.redo();
    expect(a.snapshot()).toMatchObject({ canUndo: true, canRedo: false });
    const steps = readProjectFile(path).state.tables.steps;
    expect(steps.s2?.name).toBe('Ship faster');
    expect(steps.s1?.name).toBe('Theirs');
  });
});

describe('a command worked out elsewhere (a big batch in a worker)', () => {
  it('applies its ops as they are when nothing changed since, and undoes like any edit', () => {
    const s = created();
    const command: CommandInput = { type: 'batch', label: 'paste', commands: [rename('s1', 'From the worker')] };
    const revision = s.document.revision;
    const prepared = execute(structuredClone(s.state), command);
    const change = s.executePrepared(command, prepared, revision);
    expect(change.ops).toEqual(prepared.ops);
    expect(change.canUndo).toBe(true);
    expect(readProjectFile(path).state.tables.steps.s1?.name).toBe('From the worker');
    s.undo();
    expect(readProjectFile(path).state.tables.steps.s1?.name).toBe('Take order');
  });

  it('is worked out again on the project as it now is when it changed meanwhile', () => {
    const s = created();
    const other = second(s);
    const command = rename('s2', 'Renamed by the batch');
    const revision = s.document.revision;
    const prepared = execute(structuredClone(s.state), command);
    // Meanwhile another window deletes the step: the batch's stale row must not bring it back.
    other.execute({ type: 'delete', table: 'steps', id: 's2' });
    expect(refusal(CommandError, () => s.executePrepared(command, prepared, revision)).code).toBe('missing');
    expect(readProjectFile(path).state.tables.steps.s2).toBeUndefined();
  });

  it('recomputed on the new state, it keeps what the others did', () => {
    const s = created();
    const other = second(s);
    const command: CommandInput = { type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'C' };
    const revision = s.document.revision;
    const prepared = execute(structuredClone(s.state), command);
    other.execute(rename('s1', 'Renamed meanwhile'));
    const change = s.executePrepared(command, prepared, revision);
    const onDisk = readProjectFile(path).state;
    expect(onDisk.raci.s1?.d2).toBe('C');
    expect(onDisk.tables.steps.s1?.name).toBe('Renamed meanwhile');
    expect(change.canUndo).toBe(true);
  });
});

describe('following another program', () => {
  it('a session that fell behind a reload is told to reload, with no ops', async () => {
    const s = created();
    const { default: Database } = await import('better-sqlite3');
    const script = new Database(path);
    script.exec("UPDATE steps SET name = 'By script' WHERE id = 's1'");
    script.close();
    const change = s.changes();
    expect(change.reload).toBe(true);
    expect(change.ops).toEqual([]);
  });
});
