import { describe, expect, it } from 'vitest';
import type { Step } from '../../shared/model/entities';
import { rowsOf, run, testProject } from './canvas-test-project';
import { flowSides, mergeFlowEdges, mergeStepNodes } from './step-nodes';

function chain() {
  let state = testProject(2, [
    { id: 'a', lane: 0, x: 160 },
    { id: 'b', lane: 0, x: 400 },
    { id: 'c', lane: 1, x: 640 },
  ]);
  state = run(state, {
    type: 'batch',
    commands: [
      { type: 'add', table: 'flows', row: { id: 'f1', processId: 'p', fromStepId: 'a', toStepId: 'b' } },
      { type: 'add', table: 'flows', row: { id: 'f2', processId: 'p', fromStepId: 'b', toStepId: 'c', label: 'OK' } },
    ],
  });
  return state;
}

const stepsOf = (state: ReturnType<typeof chain>) => rowsOf(state).steps;
const byId = (steps: readonly Step[]) => new Map(steps.map((s) => [s.id, s]));

describe('step nodes', () => {
  it('reuses the node of every step that did not change, and keeps the selection', () => {
    const state = chain();
    const first = mergeStepNodes([], stepsOf(state));
    expect(first.map((n) => [n.id, n.position, n.ariaLabel])).toEqual([
      ['a', { x: 160, y: 80 }, 'N01'],
      ['b', { x: 400, y: 80 }, 'N02'],
      ['c', { x: 640, y: 240 }, 'N03'],
    ]);
    expect(mergeStepNodes(first, stepsOf(state))).toBe(first);

    const selected = first.map((n) => (n.id === 'c' ? { ...n, selected: true } : n));
    const renamed = run(state, { type: 'update', table: 'steps', id: 'c', patch: { name: 'Pay' } });
    const next = mergeStepNodes(selected, stepsOf(renamed));
    expect(next[0]).toBe(selected[0]);
    expect(next[1]).toBe(selected[1]);
    expect(next[2]).not.toBe(selected[2]);
    expect(next[2]).toMatchObject({ selected: true, ariaLabel: 'N03 Pay' });
  });

  it('sizes nodes by kind', () => {
    const state = testProject(1, [{ id: 'd', lane: 0, x: 200, kind: 'decision' }]);
    expect(mergeStepNodes([], stepsOf(state))[0]).toMatchObject({ width: 120, height: 80 });
  });
});

describe('flow edges', () => {
  it('marks flows between lanes as hand-offs and names them by their steps', () => {
    const state = chain();
    const edges = mergeFlowEdges([], rowsOf(state).steps.length ? Object.values(state.tables.flows) : [], byId(stepsOf(state)), 'horizontal');
    expect(edges.map((e) => [e.id, e.data?.handoff, e.ariaLabel])).toEqual([
      ['f1', false, 'N01 → N02'],
      ['f2', true, 'N02 → N03 (OK)'],
    ]);
  });

  it('rebuilds only the edges whose flow or steps changed', () => {
    const state = chain();
    const flows = Object.values(state.tables.flows);
    const first = mergeFlowEdges([], flows, byId(stepsOf(state)), 'horizontal');
    expect(mergeFlowEdges(first, flows, byId(stepsOf(state)), 'horizontal')).toBe(first);
    const moved = run(state, { type: 'update', table: 'steps', id: 'c', patch: { x: 700 } });
    const next = mergeFlowEdges(first, Object.values(moved.tables.flows), byId(stepsOf(moved)), 'horizontal');
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
  });

  it('marks a flow with a reverse twin as paired', () => {
    let state = chain();
    state = run(state, { type: 'add', table: 'flows', row: { id: 'back', processId: 'p', fromStepId: 'c', toStepId: 'b', label: 'Rejected' } });
    const edges = mergeFlowEdges([], Object.values(state.tables.flows), byId(stepsOf(state)), 'horizontal');
    expect(edges.filter((e) => e.data?.paired).map((e) => e.id).sort()).toEqual(['back', 'f2']);
  });

  it('leaves and enters by the sides the exported route uses', () => {
    const steps = byId(stepsOf(chain()));
    expect(flowSides(steps.get('a')!, steps.get('b')!, 'horizontal', false)).toEqual({ source: 'r', target: 'l' });
    // The next step is further along but a lane below: the route leaves sideways and comes in from the side.
    expect(flowSides(steps.get('b')!, steps.get('c')!, 'horizontal', false).target).toBe('l');
    expect(flowSides(steps.get('c')!, steps.get('a')!, 'horizontal', false).source).toBe('t');
  });
});
