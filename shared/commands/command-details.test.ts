import { describe, expect, it } from 'vitest';
import { refusal } from '../../test/support/refusal';
import { CommandError } from './command-error';
import { MAX_BATCH_DEPTH, MAX_COMMANDS, type CommandInput } from './command-schema';
import { execute } from './execute';
import { applyOps } from './ops';
import { emptyProject, type ProjectState } from '../model/project-state';
import { run } from '../metrics/metrics-test-project';

/** Two processes with two lanes each, a phase and a position; built inside each test. */
function project(): ProjectState {
  return run(
    emptyProject({ name: 'Demo', language: 'en', organisation: '' }),
    { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
    { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } },
    { type: 'add', table: 'positions', row: { id: 'mgr', departmentId: 'd1', name: 'Sales manager' } },
    { type: 'add', table: 'processes', row: { id: 'p', name: 'Budget' } },
    { type: 'add', table: 'processes', row: { id: 'q', name: 'Audit' } },
    { type: 'add', table: 'lanes', row: { id: 'p1', processId: 'p', departmentId: 'd1' } },
    { type: 'add', table: 'lanes', row: { id: 'p2', processId: 'p', departmentId: 'd2' } },
    { type: 'add', table: 'lanes', row: { id: 'q1', processId: 'q', departmentId: 'd1' } },
    { type: 'add', table: 'lanes', row: { id: 'q2', processId: 'q', departmentId: 'd2' } },
    { type: 'add', table: 'phases', row: { id: 'ph', processId: 'p', name: 'Plan' } },
    { type: 'add', table: 'steps', row: { id: 's1', processId: 'p', laneId: 'p1', name: 'Draft', phaseId: 'ph', ownerPositionId: 'mgr' } },
  );
}

describe('what a command fills in, keeps and refuses', () => {
  it('a malformed command is refused as invalid, naming the field; nothing changes', () => {
    const state = project();
    const err = refusal(CommandError, () => execute(state, { type: 'add', table: 'departments', row: { id: 'd9', name: 42 } } as unknown as CommandInput));
    expect(err.code).toBe('invalid');
    // The command union refuses as a whole, so zod names no path: the issue's own text is what is said.
    expect(err.message).toBe(': Invalid input');
    expect(err.params).toEqual({ detail: ': Invalid input' });
    expect(state.tables.departments.d9).toBeUndefined();
  });

  it('a change too large to take says so, in the message and the value shown to the user', () => {
    const commands: CommandInput[] = Array.from({ length: 50_001 }, (_, i) => ({ type: 'setRaci', stepId: 's1', partyId: 'd1', letters: i % 2 ? 'R' : 'A' }));
    const err = refusal(CommandError, () => execute(project(), { type: 'batch', commands }));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe('too many commands in one change (more than 50000)');
    expect(err.params).toEqual({ detail: err.message });
  });

  it('a missing row is named in the refusal of an update, a delete, a move and a RACI cell', () => {
    const state = project();
    expect(refusal(CommandError, () => execute(state, { type: 'update', table: 'steps', id: 'nope', patch: { name: 'x' } }))).toMatchObject({ code: 'missing', message: 'steps row nope does not exist' });
    expect(refusal(CommandError, () => execute(state, { type: 'delete', table: 'lanes', id: 'nope' }))).toMatchObject({ code: 'missing', message: 'lanes row nope does not exist' });
    expect(refusal(CommandError, () => execute(state, { type: 'move', table: 'departments', id: 'nope', toIndex: 0 }))).toMatchObject({ code: 'missing', message: 'departments row nope does not exist' });
    expect(refusal(CommandError, () => execute(state, { type: 'setRaci', stepId: 'nope', partyId: 'd1', letters: 'R' }))).toMatchObject({ code: 'missing', message: 'Step nope does not exist' });
    expect(refusal(CommandError, () => execute(state, { type: 'setRaci', stepId: 's1', partyId: 'nope', letters: 'R' }))).toMatchObject({
      code: 'missing',
      message: 'Party nope is neither a department nor a position',
    });
    expect(refusal(CommandError, () => execute(state, { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'gone' } }))).toMatchObject({
      code: 'reference',
      message: 'steps.laneId points at a missing lanes row (gone)',
    });
  });

  it('setting a cell to the letters it holds is no change (no op, nothing to undo)', () => {
    const state = run(project(), { type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'AC' });
    expect(execute(state, { type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'CA' }).ops).toEqual([]);
    expect(execute(state, { type: 'setRaci', stepId: 's1', partyId: 'mgr', letters: '' }).ops).toEqual([]);
  });

  it('a decision about a step keeps the step as text; one that names its own label, or no step, keeps what it says', () => {
    const decision = (id: string, stepId: string | null, stepLabel?: string): CommandInput => ({
      type: 'add',
      table: 'decisions',
      row: { id, processId: 'p', stepId, ...(stepLabel === undefined ? {} : { stepLabel }), findingKey: 'raci.no-accountable|s1', ruleId: 'raci.no-accountable', kind: 'accepted', accountableName: '', decidedBy: 'Wang', decidedAt: '2026-11-30', reason: 'ok' },
    });
    const state = run(project(), { type: 'update', table: 'steps', id: 's1', patch: { code: 'B01' } }, decision('a', 's1'), decision('b', 's1', 'As agreed'), decision('c', null));
    expect(state.tables.decisions.a!.stepLabel).toBe('B01 Draft');
    expect(state.tables.decisions.b!.stepLabel).toBe('As agreed');
    expect(state.tables.decisions.c!.stepLabel).toBe('');
    const unnamed = run(state, { type: 'update', table: 'steps', id: 's1', patch: { name: '' } }, decision('d', 's1'));
    expect(unnamed.tables.decisions.d!.stepLabel).toBe('B01');
  });

  it('deleting a step keeps its decisions with the step named as text; deleting a phase or position clears the step\'s link only', () => {
    const state = run(project(), {
      type: 'add',
      table: 'decisions',
      row: { id: 'dec', processId: 'p', stepId: 's1', findingKey: 'k', ruleId: 'raci.no-accountable', kind: 'accepted', accountableName: '', decidedBy: 'Wang', decidedAt: '2026-11-30', reason: 'ok' },
    });
    const noStep = execute(state, { type: 'delete', table: 'steps', id: 's1' });
    expect(noStep.state.tables.decisions.dec).toMatchObject({ stepId: null, stepLabel: 'N01 Draft' });
    expect(applyOps(noStep.state, noStep.inverse).state).toEqual(state);

    const noPhase = execute(state, { type: 'delete', table: 'phases', id: 'ph' });
    expect(noPhase.state.tables.steps.s1).toMatchObject({ phaseId: null, ownerPositionId: 'mgr', name: 'Draft' });
    const noOwner = run(state, { type: 'delete', table: 'positions', id: 'mgr' });
    expect(noOwner.tables.steps.s1).toMatchObject({ phaseId: 'ph', ownerPositionId: null });
    expect(noPhase.ops.filter((op) => op.t === 'put')).toHaveLength(1);
  });

  it('deleting a position takes its RACI cells and no one else\'s; deleting a step takes its row', () => {
    const state = run(
      project(),
      { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'p2', name: 'Check' } },
      { type: 'setRaci', stepId: 's1', partyId: 'mgr', letters: 'A' },
      { type: 'setRaci', stepId: 's2', partyId: 'mgr', letters: 'C' },
      { type: 'setRaci', stepId: 's2', partyId: 'd1', letters: 'I' },
    );
    const noMgr = run(state, { type: 'delete', table: 'positions', id: 'mgr' });
    expect(noMgr.raci).toEqual({ s1: { d1: 'R' }, s2: { d2: 'R', d1: 'I' } });
    const noStep = run(state, { type: 'delete', table: 'steps', id: 's2' });
    expect(noStep.raci).toEqual({ s1: { d1: 'R', mgr: 'A' } });
  });

  it('moving a lane reorders the lanes of its own process only; an index past the end puts it last', () => {
    const state = run(project(), { type: 'move', table: 'lanes', id: 'p2', toIndex: 0 });
    expect([state.tables.lanes.p2!.order, state.tables.lanes.p1!.order]).toEqual([0, 1]);
    expect([state.tables.lanes.q1!.order, state.tables.lanes.q2!.order]).toEqual([0, 1]);
    const last = run(state, { type: 'move', table: 'lanes', id: 'p2', toIndex: 99 });
    expect([last.tables.lanes.p1!.order, last.tables.lanes.p2!.order]).toEqual([0, 1]);
    expect(execute(last, { type: 'move', table: 'lanes', id: 'p2', toIndex: 1 }).ops).toEqual([]);
  });

  it('new rows go after the last of their scope, also within one batch and after an order given by hand', () => {
    const done = execute(project(), {
      type: 'batch',
      commands: [
        { type: 'add', table: 'departments', row: { id: 'd3', name: 'Legal', order: 7 } },
        { type: 'add', table: 'departments', row: { id: 'd4', name: 'IT' } },
        { type: 'add', table: 'lanes', row: { id: 'p3', processId: 'p', departmentId: 'd3' } },
        { type: 'add', table: 'processes', row: { id: 'r', name: 'Hiring' } },
        { type: 'add', table: 'lanes', row: { id: 'r1', processId: 'r', departmentId: 'd1' } },
      ],
    }).state;
    expect(done.tables.lanes.p3!.order).toBe(2);
    expect(done.tables.departments.d4!.order).toBe(8);
    expect(done.tables.lanes.r1!.order).toBe(0);
    expect(done.tables.processes.r!.order).toBe(2);
  });

  it('a lane can be resized (it is no twin of itself); a second lane for one department is refused by name', () => {
    const state = project();
    expect(run(state, { type: 'update', table: 'lanes', id: 'p1', patch: { size: 300 } }).tables.lanes.p1!.size).toBe(300);
    expect(refusal(CommandError, () => execute(state, { type: 'update', table: 'lanes', id: 'p2', patch: { departmentId: 'd1' } }))).toMatchObject({
      code: 'duplicate',
      name: 'CommandError',
      message: 'This department already has a lane in this process',
    });
    expect(refusal(CommandError, () => execute(state, { type: 'add', table: 'steps', row: { id: 's2', processId: 'q', laneId: 'p1' } }))).toMatchObject({
      code: 'reference',
      message: 'steps.laneId points at a row of another process',
    });
  });

  it('deletes children before parents (so a file replaying the ops never holds a dangling row), clearing nothing it deletes anyway', () => {
    const state = run(project(), { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'p1', name: 'Check' } });
    const ops = execute(state, { type: 'delete', table: 'departments', id: 'd1' }).ops;
    const deleted = ops.flatMap((op) => (op.t === 'del' ? [`${op.table}:${op.id}`] : []));
    expect(deleted.slice(-1)).toEqual(['departments:d1']);
    const at = (row: string) => deleted.indexOf(row);
    for (const step of ['steps:s1', 'steps:s2']) expect(at(step)).toBeLessThan(at('lanes:p1'));
    expect(at('positions:mgr')).toBeLessThan(at('departments:d1'));
    expect(at('lanes:p1')).toBeLessThan(at('departments:d1'));
    // s1's owner (mgr) and phase links need no clearing: s1 goes too.
    expect(ops.filter((op) => op.t === 'put')).toEqual([]);
  });

  it('adds in one batch number on from each other: orders and step codes', () => {
    const done = execute(project(), {
      type: 'batch',
      commands: [
        { type: 'add', table: 'departments', row: { id: 'd3', name: 'Legal' } },
        { type: 'add', table: 'departments', row: { id: 'd4', name: 'IT' } },
        { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'p1' } },
        { type: 'add', table: 'steps', row: { id: 's3', processId: 'p', laneId: 'p2' } },
      ],
    }).state;
    expect([done.tables.departments.d3!.order, done.tables.departments.d4!.order]).toEqual([2, 3]);
    expect([done.tables.steps.s2!.code, done.tables.steps.s3!.code]).toEqual(['N02', 'N03']);
  });

  it('the inverse of any ops, applied, gives back the state before them, also for two writes to one cell', () => {
    const state = project();
    const { state: after, inverse } = applyOps(state, [
      { t: 'raci', stepId: 's1', partyId: 'd2', letters: 'C' },
      { t: 'raci', stepId: 's1', partyId: 'd2', letters: 'A' },
      { t: 'put', table: 'departments', row: { ...state.tables.departments.d2!, name: 'Treasury' } },
      { t: 'put', table: 'departments', row: { ...state.tables.departments.d2!, name: 'Controlling' } },
    ]);
    expect(after.raci.s1).toEqual({ d1: 'R', d2: 'A' });
    expect(applyOps(after, inverse).state).toEqual(state);
  });

  it('adding a row whose id is taken is refused, and the row stays as it was', () => {
    const state = project();
    expect(refusal(CommandError, () => execute(state, { type: 'add', table: 'departments', row: { id: 'd1', name: 'Marketing' } }))).toMatchObject({
      code: 'duplicate',
      message: 'departments row d1 already exists',
    });
    expect(state.tables.departments.d1!.name).toBe('Sales');
  });

  it('takes exactly as many commands, and batches exactly as deep, as the limits allow', () => {
    const state = project();
    const commands: CommandInput[] = Array.from({ length: MAX_COMMANDS }, (_, i) => ({ type: 'setRaci', stepId: 's1', partyId: 'd2', letters: i % 2 ? 'R' : 'A' }));
    expect(execute(state, { type: 'batch', commands }).state.raci.s1).toEqual({ d1: 'R', d2: 'R' });
    let nested: CommandInput = { type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'C' };
    for (let depth = 1; depth <= MAX_BATCH_DEPTH; depth++) nested = { type: 'batch', commands: [nested] };
    expect(execute(state, nested).state.raci.s1).toEqual({ d1: 'R', d2: 'C' });
    expect(refusal(CommandError, () => execute(state, { type: 'batch', commands: [nested] })).code).toBe('too-large');
  });

  it('a batch holding null or a number is refused as invalid, not a crash', () => {
    const state = project();
    for (const junk of [null, 5, 'x']) {
      expect(refusal(CommandError, () => execute(state, { type: 'batch', commands: [junk] } as unknown as CommandInput)).code).toBe('invalid');
    }
  });

  it('edited in place, a refused batch takes back what it did, also two writes to one cell', () => {
    const state = project();
    const before = structuredClone(state);
    const batch: CommandInput = {
      type: 'batch',
      commands: [
        { type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'C' },
        { type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'A' },
        { type: 'setRaci', stepId: 's1', partyId: 'ghost', letters: 'R' },
      ],
    };
    expect(refusal(CommandError, () => execute(state, batch, { inPlace: true })).code).toBe('missing');
    expect(state).toEqual(before);
  });

  it('a step added with its own code keeps it; a decision about a step that does not exist is refused as a reference', () => {
    const state = run(project(), { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'p1', code: 'B07' } });
    expect(state.tables.steps.s2!.code).toBe('B07');
    const decision: CommandInput = {
      type: 'add',
      table: 'decisions',
      row: { id: 'x', processId: 'p', stepId: 'gone', findingKey: 'k', ruleId: 'raci.no-accountable', kind: 'accepted', accountableName: '', decidedBy: 'Wang', decidedAt: '2026-11-30', reason: 'ok' },
    };
    expect(refusal(CommandError, () => execute(state, decision)).code).toBe('reference');
  });
});
