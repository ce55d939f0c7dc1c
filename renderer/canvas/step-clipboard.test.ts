import { describe, expect, it } from 'vitest';
import { layoutProcess } from '../../shared/diagram/geometry';
import { rowsOf, run, testProject } from './canvas-test-project';
import { copySteps, pasteCommand } from './step-clipboard';

function setup() {
  let state = testProject(3, [
    { id: 'a', lane: 0, x: 160 },
    { id: 'b', lane: 1, x: 400 },
    { id: 'c', lane: 2, x: 640 },
  ]);
  state = run(state, {
    type: 'batch',
    commands: [
      { type: 'add', table: 'flows', row: { id: 'f1', processId: 'p', fromStepId: 'a', toStepId: 'b', label: 'Next' } },
      { type: 'add', table: 'flows', row: { id: 'f2', processId: 'p', fromStepId: 'b', toStepId: 'c' } },
      { type: 'update', table: 'steps', id: 'a', patch: { name: 'Ask', output: 'Request' } },
      // A second process with lanes for d1 then d0 (another order), none for d2.
      { type: 'add', table: 'processes', row: { id: 'q', name: 'Other' } },
      { type: 'add', table: 'lanes', row: { id: 'q1', processId: 'q', departmentId: 'd1' } },
      { type: 'add', table: 'lanes', row: { id: 'q0', processId: 'q', departmentId: 'd0', size: 240 } },
    ],
  });
  return state;
}

let counter = 0;
const ids = (prefix: string) => `${prefix}${++counter}`;

function target(state: ReturnType<typeof setup>, processId: string) {
  const lanes = Object.values(state.tables.lanes).filter((l) => l.processId === processId);
  return { processId, lanes, layout: layoutProcess('horizontal', lanes, [], 2000) };
}

describe('copy and paste', () => {
  it('copies steps with the flows between them only', () => {
    const state = setup();
    const rows = rowsOf(state);
    const clip = copySteps('p', layoutProcess('horizontal', rows.lanes, [], 2000), rows.steps.filter((s) => s.id !== 'c'), Object.values(state.tables.flows))!;
    expect(clip.steps.map((s) => [s.step.id, s.departmentId])).toEqual([
      ['a', 'd0'],
      ['b', 'd1'],
    ]);
    expect(clip.flows.map((f) => f.id)).toEqual(['f1']);
  });

  it('pastes into the same process past the originals, with new node numbers, as one batch', () => {
    const state = setup();
    const rows = rowsOf(state);
    const layout = layoutProcess('horizontal', rows.lanes, [], 2000);
    const clip = copySteps('p', layout, rows.steps.filter((s) => s.id !== 'c'), Object.values(state.tables.flows))!;
    const result = pasteCommand(clip, { processId: 'p', layout, lanes: rows.lanes }, 1, ids);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.command.type).toBe('batch');
    const after = run(state, result.command);
    const pasted = result.stepIds.map((id) => after.tables.steps[id]!);
    expect(pasted.map((s) => [s.code, s.name, s.output, s.laneId])).toEqual([
      ['N04', 'Ask', 'Request', 'l0'],
      ['N05', '', '', 'l1'],
    ]);
    // Span of the copy is 160…560, so it lands 440 further along.
    expect(pasted.map((s) => s.x)).toEqual([600, 840]);
    const flows = Object.values(after.tables.flows).filter((f) => result.stepIds.includes(f.fromStepId));
    expect(flows.map((f) => [f.fromStepId, f.toStepId, f.label])).toEqual([[result.stepIds[0], result.stepIds[1], 'Next']]);
  });

  it('pastes into another process by department, at the same place in each lane', () => {
    const state = setup();
    const rows = rowsOf(state);
    const clip = copySteps('p', layoutProcess('horizontal', rows.lanes, [], 2000), rows.steps.filter((s) => s.id !== 'c'), [])!;
    const result = pasteCommand(clip, target(state, 'q'), 0, ids);
    if (!result.ok) throw new Error('refused');
    const after = run(state, result.command);
    const [a, b] = result.stepIds.map((id) => after.tables.steps[id]!);
    expect(a).toMatchObject({ processId: 'q', laneId: 'q0', x: 160, code: 'N01' });
    expect(b).toMatchObject({ processId: 'q', laneId: 'q1', x: 400, code: 'N02' });
    // q0 is the second lane (starts at 32 + 160); the step keeps its 48 from the lane's edge.
    expect(a!.y).toBe(32 + 160 + 48);
  });

  it('refuses when the target has no lane for a department, naming it', () => {
    const state = setup();
    const rows = rowsOf(state);
    const clip = copySteps('p', layoutProcess('horizontal', rows.lanes, [], 2000), rows.steps, [])!;
    expect(pasteCommand(clip, target(state, 'q'), 0, ids)).toEqual({ ok: false, missingDepartmentIds: ['d2'] });
  });
});
