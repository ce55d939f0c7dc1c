import { describe, expect, it } from 'vitest';
import { CommandError } from './command-error';
import type { CommandInput } from './command-schema';
import { execute } from './execute';
import { applyOps } from './ops';
import { emptyProject, type ProjectState } from '../model/project-state';
import { run } from '../metrics/metrics-test-project';

const base = emptyProject({ name: 'Demo', language: 'zh-CN', organisation: 'ACME' });

// Built inside each test (a function, not a constant) so a mutation run sees the code it runs as that test's.
const withLanes = () =>
  run(
    base,
    { type: 'add', table: 'departments', row: { id: 'd1', name: '市场部' } },
    { type: 'add', table: 'departments', row: { id: 'd2', name: '研发部' } },
    { type: 'add', table: 'positions', row: { id: 'p1', departmentId: 'd1', name: '市场部经理' } },
    { type: 'add', table: 'processes', row: { id: 'pr', name: '新产品上线' } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'pr', departmentId: 'd1' } },
    { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'pr', departmentId: 'd2' } },
  );

describe('execute', () => {
  it('numbers steps N01, N02 … per process, after the highest code in use', () => {
    let s = run(withLanes(), { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr', laneId: 'l1' } }, { type: 'add', table: 'steps', row: { id: 's2', processId: 'pr', laneId: 'l2' } });
    expect([s.tables.steps.s1!.code, s.tables.steps.s2!.code]).toEqual(['N01', 'N02']);
    s = run(s, { type: 'delete', table: 'steps', id: 's2' }, { type: 'add', table: 'steps', row: { id: 's3', processId: 'pr', laneId: 'l2' } });
    expect(s.tables.steps.s3!.code).toBe('N02');
    s = run(s, { type: 'add', table: 'steps', row: { id: 's4', processId: 'pr', laneId: 'l2' } });
    expect(s.tables.steps.s4!.code).toBe('N03');
  });

  it('numbers the steps of a batch as the same commands one by one would, when the batch deletes the highest code', () => {
    const addStep = (id: string): CommandInput => ({ type: 'add', table: 'steps', row: { id, processId: 'pr', laneId: 'l1' } });
    const remove = (id: string): CommandInput => ({ type: 'delete', table: 'steps', id });
    const batch = (state: ProjectState, ...commands: CommandInput[]) => execute(state, { type: 'batch', label: 'batch', commands }).state;
    const one = run(withLanes(), addStep('s1'));
    // N01 is there; N02 is added and deleted again, so the next is N02 once more.
    expect(batch(one, addStep('s2'), remove('s2'), addStep('s3')).tables.steps.s3!.code).toBe('N02');
    expect(run(one, addStep('s2'), remove('s2'), addStep('s3')).tables.steps.s3!.code).toBe('N02');
    // The only step, N01, deleted: the next is N01.
    expect(batch(one, remove('s1'), addStep('s3')).tables.steps.s3!.code).toBe('N01');
    expect(run(one, remove('s1'), addStep('s3')).tables.steps.s3!.code).toBe('N01');
    // A gap below the highest code stays a gap.
    const three = run(one, addStep('s2'), addStep('s3'));
    expect(batch(three, remove('s2'), addStep('s4')).tables.steps.s4!.code).toBe('N04');
  });

  it('gives new rows the next order in their scope', () => {
    const s = withLanes();
    expect([s.tables.lanes.l1!.order, s.tables.lanes.l2!.order]).toEqual([0, 1]);
    expect(s.tables.departments.d2!.order).toBe(1);
  });

  it('moves a department to a new place and renumbers the others', () => {
    const s = run(withLanes(), { type: 'add', table: 'departments', row: { id: 'd3', name: '销售部' } }, { type: 'move', table: 'departments', id: 'd3', toIndex: 0 });
    const order = Object.values(s.tables.departments).sort((a, b) => a.order - b.order).map((d) => d.id);
    expect(order).toEqual(['d3', 'd1', 'd2']);
  });

  it('refuses a second lane for the same department in a process', () => {
    expect(() => execute(withLanes(), { type: 'add', table: 'lanes', row: { id: 'l3', processId: 'pr', departmentId: 'd1' } })).toThrow(CommandError);
  });

  it('refuses a step in a lane of another process', () => {
    const s = run(withLanes(), { type: 'add', table: 'processes', row: { id: 'pr2', name: 'Budget' } });
    expect(() => execute(s, { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr2', laneId: 'l1' } })).toThrow(/another process/);
  });

  it('refuses malformed commands with a readable message', () => {
    expect(() => execute(withLanes(), { type: 'add', table: 'departments', row: { id: 'd9', name: '   ' } })).toThrow(CommandError);
    expect(() => execute(withLanes(), { type: 'update', table: 'departments', id: 'nope', patch: { name: 'x' } })).toThrow(/does not exist/);
  });

  it('stores RACI letters in canonical order and clears a cell with an empty string', () => {
    const s = run(
      withLanes(),
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr', laneId: 'l1' } },
      { type: 'setRaci', stepId: 's1', partyId: 'p1', letters: 'a/r' },
    );
    expect(s.raci.s1).toEqual({ d1: 'R', p1: 'RA' });
    expect(run(s, { type: 'setRaci', stepId: 's1', partyId: 'p1', letters: '' }).raci).toEqual({ s1: { d1: 'R' } });
  });

  it('deleting a department removes its lanes, their steps, their flows and its RACI cells, and undo restores all', () => {
    const s = run(
      withLanes(),
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr', laneId: 'l1', ownerPositionId: 'p1' } },
      { type: 'add', table: 'steps', row: { id: 's2', processId: 'pr', laneId: 'l2', ownerPositionId: 'p1' } },
      { type: 'add', table: 'flows', row: { id: 'f1', processId: 'pr', fromStepId: 's1', toStepId: 's2' } },
      { type: 'setRaci', stepId: 's2', partyId: 'd1', letters: 'A' },
      { type: 'setRaci', stepId: 's2', partyId: 'd2', letters: 'R' },
    );
    const done = execute(s, { type: 'delete', table: 'departments', id: 'd1' });
    expect(Object.keys(done.state.tables.lanes)).toEqual(['l2']);
    expect(Object.keys(done.state.tables.steps)).toEqual(['s2']);
    expect(done.state.tables.steps.s2!.ownerPositionId).toBeNull();
    expect(done.state.tables.flows).toEqual({});
    expect(done.state.raci).toEqual({ s2: { d2: 'R' } });
    expect(applyOps(done.state, done.inverse).state).toEqual(s);
  });

  it("seeds a new step with R for its lane's department unless the project turns it off", () => {
    const seeded = run(withLanes(), { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr', laneId: 'l2' } });
    expect(seeded.raci).toEqual({ s1: { d2: 'R' } });
    const off = run(withLanes(), { type: 'setMeta', patch: { raciSettings: { ...withLanes().meta.raciSettings, seedResponsible: false } } }, { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr', laneId: 'l2' } });
    expect(off.raci).toEqual({});
  });

  it('a batch is one change with one inverse', () => {
    const before = withLanes();
    const done = execute(before, {
      type: 'batch',
      commands: [
        { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr', laneId: 'l1' } },
        { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'RA' },
      ],
    });
    expect(done.ops).toHaveLength(3);
    expect(applyOps(done.state, done.inverse).state).toEqual(before);
  });

  it('leaves the state untouched when a later command of a batch fails', () => {
    const state = withLanes();
    expect(() =>
      execute(state, {
        type: 'batch',
        commands: [
          { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr', laneId: 'l1' } },
          { type: 'setRaci', stepId: 's1', partyId: 'ghost', letters: 'R' },
        ],
      }),
    ).toThrow(CommandError);
    expect(state.tables.steps).toEqual({});
  });

  it('changes only the project details a setMeta names; the others keep their values', () => {
    const custom = run(base, { type: 'setMeta', patch: { policy: { ...base.meta.policy, hoursPerDay: 7.5 }, raciSettings: { maxConsulted: 5, maxInformed: 4, overloadShare: 0.4, seedResponsible: false } } });
    const renamed = run(custom, { type: 'setMeta', patch: { name: 'Renamed' } });
    expect(renamed.meta).toEqual({ ...custom.meta, name: 'Renamed' });
    expect(run(renamed, { type: 'setMeta', patch: { raciSettings: { ...renamed.meta.raciSettings, maxConsulted: 2 } } }).meta.policy.hoursPerDay).toBe(7.5);
  });
});
