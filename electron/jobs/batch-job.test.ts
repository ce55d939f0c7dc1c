import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { ProjectSession } from '../project/project-session';
import { BIG_BATCH, executeBatch } from './batch-job';
import { createJobRunner, inlineExecutor, type JobExecutor } from './job-runner';

function session(): ProjectSession {
  const s = ProjectSession.create(join(mkdtempSync(join(tmpdir(), 'lanewise-batch-')), 'p.lanewise'), { name: 'Batch', language: 'en', organisation: '' });
  s.execute({ type: 'add', table: 'departments', row: { id: 'dep', name: 'Sales' } });
  return s;
}

/** A process with a lane in department `dep`, then enough departments to count as a big batch. */
const bigBatch: CommandInput = {
  type: 'batch',
  label: 'Add from template',
  commands: [
    { type: 'add', table: 'processes', row: { id: 'p1', name: 'Order to cash' } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'dep' } },
    ...Array.from({ length: BIG_BATCH }, (_, i): CommandInput => ({ type: 'add', table: 'departments', row: { id: `d${i}`, name: `Department ${i}` } })),
  ],
};

/** Runs jobs on this thread, but only after `meanwhile` has happened: what the user did while the worker ran. */
function slowed(meanwhile: () => void): JobExecutor {
  return (spec, report) => {
    const job = inlineExecutor(spec, report);
    return { result: job.result.then(async (value) => (meanwhile(), value)), cancel: job.cancel };
  };
}

describe('a big batch worked out off the thread', () => {
  it('lands as one undoable change, the same as running it here', async () => {
    const s = session();
    const change = await executeBatch(createJobRunner(inlineExecutor), () => s, bigBatch);
    expect(change.canUndo).toBe(true);
    expect(s.state.tables.lanes.l1?.departmentId).toBe('dep');
    expect(Object.keys(s.state.tables.departments)).toHaveLength(BIG_BATCH + 1);
    s.undo();
    expect(s.state.tables.processes.p1).toBeUndefined();
    expect(Object.keys(s.state.tables.departments)).toEqual(['dep']);
  });

  it('is worked out again when the project changed meanwhile: a department deleted in between is not referenced', async () => {
    const s = session();
    const runner = createJobRunner(slowed(() => s.execute({ type: 'delete', table: 'departments', id: 'dep' })));
    await expect(executeBatch(runner, () => s, bigBatch)).rejects.toThrow();
    expect(s.state.tables.departments.dep).toBeUndefined();
    expect(s.state.tables.lanes.l1).toBeUndefined();
    expect(s.state.tables.processes.p1).toBeUndefined();
    expect(s.integrityCheck()).toBe('ok');
  });

  it('an edit made meanwhile to a row the batch also changes is kept, not written over', async () => {
    const s = session();
    const renaming: CommandInput = { type: 'batch', commands: [...(bigBatch as { commands: CommandInput[] }).commands, { type: 'update', table: 'departments', id: 'dep', patch: { name: 'Sales & Marketing' } }] };
    const runner = createJobRunner(slowed(() => s.execute({ type: 'update', table: 'departments', id: 'dep', patch: { color: '#aa3300' } })));
    await executeBatch(runner, () => s, renaming);
    expect(s.state.tables.departments.dep).toMatchObject({ name: 'Sales & Marketing', color: '#aa3300' });
    s.close();
    const reopened = ProjectSession.open(s.path);
    expect(reopened.state.tables.departments.dep).toMatchObject({ name: 'Sales & Marketing', color: '#aa3300' });
    reopened.close();
  });
});
