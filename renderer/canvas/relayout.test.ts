import { describe, expect, it } from 'vitest';
import { laneAt, layoutProcess } from '../../shared/diagram/geometry';
import { centreOf, phaseAt } from './canvas-layout';
import { rowsOf, run, testProject } from './canvas-test-project';
import { deleteLaneCommand, deletePhaseCommand, moveLaneCommand, movePhaseCommand, resizeLaneCommand, resizePhaseCommand } from './lane-commands';
import { orientationCommand } from './relayout';

const layoutOf = (state: ReturnType<typeof testProject>) => {
  const rows = rowsOf(state);
  return layoutProcess(rows.process.orientation, rows.lanes, rows.phases, 2000);
};

/** Every step's centre lies in its own lane (and phase, when it has one). */
function expectStepsAtHome(state: ReturnType<typeof testProject>): void {
  const layout = layoutOf(state);
  for (const step of rowsOf(state).steps) {
    const c = centreOf(step);
    expect(laneAt(layout, c.x, c.y)?.id, step.id).toBe(step.laneId);
    if (step.phaseId) expect(phaseAt(layout, c)?.id, step.id).toBe(step.phaseId);
  }
}

const STEPS = [
  { id: 'a', lane: 0, x: 160, phase: 'ph1' },
  { id: 'b', lane: 1, x: 400, kind: 'decision' as const, phase: 'ph1' },
  { id: 'c', lane: 2, x: 700, kind: 'end' as const, phase: 'ph2' },
  { id: 'd', lane: 1, x: 1100 },
];
const PHASES = [
  { id: 'ph1', size: 480 },
  { id: 'ph2', size: 480 },
];

describe('lanes and phases keep their steps', () => {
  it('moves the steps with their lanes when a lane moves', () => {
    const before = testProject(3, STEPS, PHASES);
    const after = run(before, moveLaneCommand(rowsOf(before), 'l2', 0));
    expect(rowsOf(after).lanes.map((l) => l.id)).toEqual(['l2', 'l0', 'l1']);
    expectStepsAtHome(after);
  });

  it('moves the steps with their phases when a phase moves, leaving steps past the last phase in place', () => {
    const before = testProject(3, STEPS, [
      { id: 'ph1', size: 480 },
      { id: 'ph2', size: 320 },
    ]);
    const after = run(before, movePhaseCommand(rowsOf(before), 'ph2', 0));
    expect(rowsOf(after).phases.map((p) => p.id)).toEqual(['ph2', 'ph1']);
    expect(after.tables.steps.a!.x).toBe(before.tables.steps.a!.x + 320);
    expect(after.tables.steps.c!.x).toBe(before.tables.steps.c!.x - 480);
    expect(after.tables.steps.c!.y).toBe(before.tables.steps.c!.y);
    expect(after.tables.steps.d).toEqual(before.tables.steps.d);
    expectStepsAtHome(after);
  });

  it('shifts the lanes after a resized lane, and their steps with them', () => {
    const before = testProject(3, STEPS, PHASES);
    const after = run(before, resizeLaneCommand(rowsOf(before), 'l0', 240));
    expect(after.tables.lanes.l0!.size).toBe(240);
    expect(after.tables.steps.a!.y).toBe(before.tables.steps.a!.y);
    expect(after.tables.steps.b!.y).toBe(before.tables.steps.b!.y + 80);
    expectStepsAtHome(after);
  });

  it('closes the gap of a deleted lane', () => {
    const before = testProject(3, STEPS, PHASES);
    const after = run(before, deleteLaneCommand(rowsOf(before), 'l1'));
    expect(Object.keys(after.tables.steps).sort()).toEqual(['a', 'c']);
    expectStepsAtHome(after);
  });

  it('moves steps of later phases along when a phase grows, and steps past the last phase too', () => {
    const before = testProject(3, STEPS, PHASES);
    const after = run(before, resizePhaseCommand(rowsOf(before), 'ph1', 600));
    expect(after.tables.steps.a!.x).toBe(160);
    expect(after.tables.steps.c!.x).toBe(700 + 120);
    expect(after.tables.steps.d!.x).toBe(1100 + 120);
    expectStepsAtHome(after);
  });

  it('gives a deleted phase to its neighbour, moving no step', () => {
    const before = testProject(3, STEPS, PHASES);
    const after = run(before, deletePhaseCommand(rowsOf(before), 'ph2'));
    expect(after.tables.phases.ph1!.size).toBe(960);
    expect(after.tables.steps.c!.phaseId).toBe('ph1');
    expect(after.tables.steps.c!.x).toBe(700);
    expectStepsAtHome(after);
  });
});

describe('switching orientation', () => {
  it('keeps every step in its lane and phase, in the same order along the flow, and switches back exactly', () => {
    const rows0 = testProject(3, STEPS, PHASES);
    const vertical = run(rows0, orientationCommand('p', 'vertical', rowsOf(rows0).steps));
    expect(vertical.tables.processes.p!.orientation).toBe('vertical');
    expectStepsAtHome(vertical);
    const along = (id: string) => centreOf(vertical.tables.steps[id]!).y;
    expect(along('a')).toBeLessThan(along('b'));
    expect(along('b')).toBeLessThan(along('c'));
    expect(along('c')).toBeLessThan(along('d'));

    const back = run(vertical, orientationCommand('p', 'horizontal', rowsOf(vertical).steps));
    for (const id of ['a', 'b', 'c', 'd']) expect({ x: back.tables.steps[id]!.x, y: back.tables.steps[id]!.y }).toEqual({ x: rows0.tables.steps[id]!.x, y: rows0.tables.steps[id]!.y });
  });

  it('is one undoable command', () => {
    const state = testProject(2, STEPS.slice(0, 2), PHASES);
    const command = orientationCommand('p', 'vertical', rowsOf(state).steps);
    expect(command.type).toBe('batch');
  });
});
