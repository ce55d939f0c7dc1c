import { describe, expect, it } from 'vitest';
import { laneAt, layoutProcess } from '../../shared/diagram/geometry';
import { autoLayoutCommand } from './auto-layout';
import { centreOf, phaseAt } from './canvas-layout';
import { rowsOf, run, testProject } from './canvas-test-project';

function scrambled(phases: boolean) {
  // Placed against the flow: the last step first along the lanes.
  let state = testProject(
    2,
    [
      { id: 'a', lane: 0, x: 900, kind: 'start', phase: phases ? 'ph1' : null },
      { id: 'b', lane: 1, x: 600, phase: phases ? 'ph1' : null },
      { id: 'c', lane: 0, x: 300, kind: 'decision', phase: phases ? 'ph2' : null },
      { id: 'd', lane: 1, x: 160, phase: phases ? 'ph2' : null },
      { id: 'e', lane: 1, x: 160, kind: 'end', phase: phases ? 'ph2' : null },
    ],
    phases ? [{ id: 'ph1', size: 200 }, { id: 'ph2', size: 480 }] : [],
  );
  const flows: Array<[string, string]> = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['c', 'e'],
  ];
  state = run(state, { type: 'batch', commands: flows.map(([from, to], i) => ({ type: 'add' as const, table: 'flows' as const, row: { id: `f${i}`, processId: 'p', fromStepId: from, toStepId: to } })) });
  return state;
}

async function laidOut(phases: boolean) {
  const state = scrambled(phases);
  const rows = rowsOf(state);
  const command = await autoLayoutCommand({ orientation: 'horizontal', lanes: rows.lanes, phases: rows.phases, steps: rows.steps, flows: Object.values(state.tables.flows) });
  return run(state, command!);
}

describe('auto-layout', () => {
  it('orders steps along the flow and keeps each in its lane, centred across it', async () => {
    const after = await laidOut(false);
    const x = (id: string) => centreOf(after.tables.steps[id]!).x;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('c'));
    expect(x('c')).toBeLessThan(x('d'));
    const rows = rowsOf(after);
    const layout = layoutProcess('horizontal', rows.lanes, rows.phases, 3000);
    for (const s of rows.steps) {
      const c = centreOf(s);
      expect(laneAt(layout, c.x, c.y)?.id).toBe(s.laneId);
    }
    // Branches that share a lane and a place along the flow share the lane's width instead of overlapping.
    const d = after.tables.steps.d!;
    const e = after.tables.steps.e!;
    expect(e.y >= d.y + 64 || d.y >= e.y + 56).toBe(true);
    expect(centreOf(after.tables.steps.a!).y).toBe(32 + 80);
  });

  it('keeps steps in their phases, growing a phase that is too short', async () => {
    const after = await laidOut(true);
    expect(after.tables.phases.ph1!.size).toBeGreaterThan(200);
    const rows = rowsOf(after);
    const layout = layoutProcess('horizontal', rows.lanes, rows.phases, 3000);
    for (const s of rows.steps) expect(phaseAt(layout, centreOf(s))?.id, s.id).toBe(s.phaseId);
  });

  it('has nothing to do without steps', async () => {
    expect(await autoLayoutCommand({ orientation: 'vertical', lanes: [], phases: [], steps: [], flows: [] })).toBeNull();
  });
});

describe('auto-layout with loops', () => {
  it('keeps the flow order when a step sends work back (a rejection loop)', async () => {
    let state = testProject(2, [
      { id: 'a', lane: 0, x: 700 },
      { id: 'b', lane: 1, x: 400, kind: 'decision' },
      { id: 'c', lane: 0, x: 160 },
    ]);
    state = run(state, {
      type: 'batch',
      commands: [
        { type: 'add', table: 'flows', row: { id: 'f1', processId: 'p', fromStepId: 'a', toStepId: 'b' } },
        { type: 'add', table: 'flows', row: { id: 'f2', processId: 'p', fromStepId: 'b', toStepId: 'c', label: 'Approved' } },
        { type: 'add', table: 'flows', row: { id: 'back', processId: 'p', fromStepId: 'b', toStepId: 'a', label: 'Rejected' } },
        { type: 'update', table: 'steps', id: 'a', patch: { kind: 'start' } },
      ],
    });
    const rows = rowsOf(state);
    const after = run(state, (await autoLayoutCommand({ orientation: 'horizontal', lanes: rows.lanes, phases: [], steps: rows.steps, flows: Object.values(state.tables.flows) }))!);
    const x = (id: string) => centreOf(after.tables.steps[id]!).x;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('c'));
  });
});
