import { describe, expect, it } from 'vitest';
import { layoutProcess } from '../../shared/diagram/geometry';
import { rowsOf, run, testProject } from './canvas-test-project';
import { addFlowCommand, addStepCommand, deleteSelectionCommand, moveStepsCommand, moveToLaneCommand, nextFreeCentre } from './step-commands';

function setup() {
  const state = testProject(2, [
    { id: 'a', lane: 0, x: 160 },
    { id: 'b', lane: 1, x: 400 },
  ], [{ id: 'ph1', size: 400 }]);
  const rows = rowsOf(state);
  return { state, rows, layout: layoutProcess('horizontal', rows.lanes, rows.phases, 2000), steps: new Map(rows.steps.map((s) => [s.id, s])) };
}

describe('adding a step where it is dropped', () => {
  it('puts it in the lane and phase under the drop point, centred there, with the next node number', () => {
    const { state, layout } = setup();
    const command = addStepCommand(layout, 'p', 'n', 'task', { x: 300, y: 264 });
    const after = run(state, command!);
    expect(after.tables.steps.n).toMatchObject({ laneId: 'l1', phaseId: 'ph1', code: 'N03', x: 224, y: 232 });
  });

  it('refuses a point outside every lane', () => {
    const { layout } = setup();
    expect(addStepCommand(layout, 'p', 'n', 'task', { x: 300, y: 400 })).toBeNull();
    expect(addStepCommand(layout, 'p', 'n', 'task', { x: 60, y: 100 })).toBeNull();
  });

  it('places a step added without a drop after the last step of its lane', () => {
    const { layout, rows } = setup();
    const c = nextFreeCentre(layout, 'l0', rows.steps, 'task')!;
    expect(c.x).toBe(160 + 160 + 40 + 80);
    expect(c.y).toBe(32 + 80);
  });
});

describe('moving steps', () => {
  it('changes lane with the place; past the last phase, that phase grows to hold the step', () => {
    const { state, layout, steps } = setup();
    const { command, refused } = moveStepsCommand(layout, steps, new Map([['a', { x: 600, y: 208 }]]));
    expect(refused).toEqual([]);
    const after = run(state, command!);
    expect(after.tables.steps.a).toMatchObject({ laneId: 'l1', phaseId: 'ph1', x: 600, y: 208 });
    // ph1 starts after the lane names (120): it must now reach past the step's right edge (760).
    expect(120 + after.tables.phases.ph1!.size).toBeGreaterThanOrEqual(760);
  });

  it('snaps a step that straddles a phase border into the phase holding its centre, and into its lane', () => {
    let { state } = setup();
    state = run(state, { type: 'add', table: 'phases', row: { id: 'ph2', processId: 'p', name: 'ph2', size: 400 } });
    const rows = rowsOf(state);
    const layout = layoutProcess('horizontal', rows.lanes, rows.phases, 2000);
    const steps = new Map(rows.steps.map((st) => [st.id, st]));
    // Centre at 480 (inside ph1, which ends at 520), right edge at 560 (inside ph2); top 10 px above the lane.
    const { command } = moveStepsCommand(layout, steps, new Map([['a', { x: 400, y: 22 }]]));
    const after = run(state, command!);
    expect(after.tables.steps.a).toMatchObject({ phaseId: 'ph1', laneId: 'l0' });
    expect(after.tables.steps.a!.x + 160).toBeLessThanOrEqual(520);
    expect(after.tables.steps.a!.y).toBeGreaterThanOrEqual(32);
  });

  it('refuses places outside every lane and keeps the rest', () => {
    const { layout, steps } = setup();
    const { command, refused } = moveStepsCommand(layout, steps, new Map([['a', { x: 600, y: 900 }], ['b', { x: 240, y: 208 }]]));
    expect(refused).toEqual(['a']);
    expect(command).toMatchObject({ type: 'update', id: 'b' });
  });

  it('does nothing for a step that did not move', () => {
    const { layout, steps } = setup();
    const a = steps.get('a')!;
    expect(moveStepsCommand(layout, steps, new Map([['a', { x: a.x, y: a.y }]])).command).toBeNull();
  });

  it('moves a step into another lane from a list, keeping its place along the flow', () => {
    const { state, layout, steps } = setup();
    const after = run(state, moveToLaneCommand(layout, steps.get('a')!, 'l1')!);
    expect(after.tables.steps.a).toMatchObject({ laneId: 'l1', x: 160, y: 32 + 160 + 48 });
  });
});

describe('flows and deleting', () => {
  it('connects two steps once', () => {
    expect(addFlowCommand([], 'p', 'f', 'a', 'b')).toMatchObject({ type: 'add', table: 'flows' });
    expect(addFlowCommand([{ fromStepId: 'a', toStepId: 'b' }], 'p', 'f', 'a', 'b')).toBeNull();
    expect(addFlowCommand([], 'p', 'f', 'a', 'a')).toBeNull();
  });

  it('deletes steps and selected flows in one batch, without naming a flow its step already takes along', () => {
    let { state } = setup();
    state = run(state, { type: 'add', table: 'flows', row: { id: 'f', processId: 'p', fromStepId: 'a', toStepId: 'b' } });
    const command = deleteSelectionCommand(['a'], [state.tables.flows.f!]);
    expect(command).toEqual({ type: 'delete', table: 'steps', id: 'a' });
    const after = run(state, command!);
    expect(Object.keys(after.tables.flows)).toEqual([]);
    expect(deleteSelectionCommand([], [])).toBeNull();
  });
});
