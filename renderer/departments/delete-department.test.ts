import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { applyOps } from '../../shared/commands/ops';
import { danglingReferences } from '../../shared/model/integrity';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { defaultHeirs, laneHeirChoices, planDelete, removeLaneCommand } from './delete-department';

/** p1 has lanes Sales (top 32), Finance (192), Legal (352), 160 high; p2 has Legal then Sales. */
function project(): ProjectState {
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'sales', name: 'Sales' } },
    { type: 'add', table: 'departments', row: { id: 'finance', name: 'Finance' } },
    { type: 'add', table: 'departments', row: { id: 'legal', name: 'Legal' } },
    { type: 'add', table: 'processes', row: { id: 'p1', name: 'Contract' } },
    { type: 'add', table: 'processes', row: { id: 'p2', name: 'Quote' } },
    { type: 'add', table: 'lanes', row: { id: 'l-sales', processId: 'p1', departmentId: 'sales' } },
    { type: 'add', table: 'lanes', row: { id: 'l-finance', processId: 'p1', departmentId: 'finance' } },
    { type: 'add', table: 'lanes', row: { id: 'l-legal', processId: 'p1', departmentId: 'legal' } },
    { type: 'add', table: 'lanes', row: { id: 'l2-legal', processId: 'p2', departmentId: 'legal' } },
    { type: 'add', table: 'lanes', row: { id: 'l2-sales', processId: 'p2', departmentId: 'sales' } },
    { type: 'add', table: 'steps', row: { id: 's1', processId: 'p1', laneId: 'l-sales', name: 'Draft', x: 200, y: 80 } },
    { type: 'add', table: 'steps', row: { id: 's2', processId: 'p1', laneId: 'l-finance', name: 'Price', x: 400, y: 240 } },
    { type: 'add', table: 'steps', row: { id: 's3', processId: 'p1', laneId: 'l-legal', name: 'Review', x: 600, y: 400 } },
    { type: 'add', table: 'steps', row: { id: 's4', processId: 'p2', laneId: 'l2-sales', name: 'Quote', x: 200, y: 240 } },
    { type: 'add', table: 'flows', row: { id: 'f1', processId: 'p1', fromStepId: 's1', toStepId: 's2' } },
    { type: 'add', table: 'flows', row: { id: 'f2', processId: 'p1', fromStepId: 's2', toStepId: 's3' } },
    { type: 'setRaci', stepId: 's1', partyId: 'legal', letters: 'A' },
  ];
  return execute(emptyProject({ name: 'D', language: 'en', organisation: '' }), { type: 'batch', commands }).state;
}

describe('deleting a department that has steps', () => {
  it('offers, per process, the other lanes and proposes the neighbouring one', () => {
    const choices = laneHeirChoices(project(), 'sales');
    expect(choices.map((c) => [c.lane.id, c.steps, c.others.map((l) => l.id), c.neighbour?.id])).toEqual([
      ['l-sales', 1, ['l-finance', 'l-legal'], 'l-finance'],
      // The last lane's neighbour is the one before it.
      ['l2-sales', 1, ['l2-legal'], 'l2-legal'],
    ]);
    expect([...defaultHeirs(choices)]).toEqual([
      ['l-sales', 'l-finance'],
      ['l2-sales', 'l2-legal'],
    ]);
  });

  it('moves the steps into the chosen lanes, keeping their flows and RACI rows, in one undoable batch', () => {
    const state = project();
    const plan = planDelete(state, 'sales', 'Delete department', new Map([['l-sales', 'l-legal'], ['l2-sales', 'l2-legal']]));
    expect(plan).toMatchObject({ lanes: 2, steps: 0, movedSteps: 2 });
    const done = execute(state, plan.command);
    const after = done.state;
    expect(after.tables.departments.sales).toBeUndefined();
    // Legal's band moved up from 352 to 192 when Sales's lane went; s1 sits 48 below its old band's top.
    expect(after.tables.steps.s1).toMatchObject({ laneId: 'l-legal', x: 200, y: 192 + 48 });
    expect(after.tables.steps.s2).toMatchObject({ laneId: 'l-finance', y: 240 - 160 });
    expect(after.tables.steps.s4).toMatchObject({ laneId: 'l2-legal', x: 200 });
    expect(Object.keys(after.tables.flows).sort()).toEqual(['f1', 'f2']);
    // The cells of the deleted department go; the others stay.
    expect(after.raci.s1).toEqual({ legal: 'A' });
    expect(danglingReferences(after)).toEqual([]);
    expect(applyOps(after, done.inverse).state).toEqual(state);
  });

  it('deletes the steps and their flows when asked to, and undo brings all back', () => {
    const state = project();
    const plan = planDelete(state, 'sales');
    expect(plan).toMatchObject({ lanes: 2, steps: 2, movedSteps: 0 });
    const done = execute(state, plan.command);
    expect(done.state.tables.steps.s1).toBeUndefined();
    expect(Object.keys(done.state.tables.flows)).toEqual(['f2']);
    expect(applyOps(done.state, done.inverse).state).toEqual(state);
  });

  it('ignores an heir in another process or one that goes too', () => {
    const state = project();
    const plan = planDelete(state, 'sales', 'x', new Map([['l-sales', 'l2-legal'], ['l2-sales', 'l2-sales']]));
    expect(plan).toMatchObject({ steps: 2, movedSteps: 0 });
  });
});

describe('deleting one lane', () => {
  it('moves its steps into the chosen lane and undo restores exactly', () => {
    const state = project();
    const done = execute(state, removeLaneCommand(state, 'l-finance', 'l-sales'));
    expect(done.state.tables.lanes['l-finance']).toBeUndefined();
    expect(done.state.tables.steps.s2).toMatchObject({ laneId: 'l-sales', x: 400, y: 32 + 48 });
    expect(done.state.tables.steps.s3).toMatchObject({ laneId: 'l-legal', y: 400 - 160 });
    expect(Object.keys(done.state.tables.flows).sort()).toEqual(['f1', 'f2']);
    expect(applyOps(done.state, done.inverse).state).toEqual(state);
  });

  it('without an heir deletes its steps and their flows', () => {
    const state = project();
    const done = execute(state, removeLaneCommand(state, 'l-finance', null));
    expect(done.state.tables.steps.s2).toBeUndefined();
    expect(done.state.tables.flows).toEqual({});
  });
});
