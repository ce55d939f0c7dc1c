import { describe, expect, it } from 'vitest';
import { rowsOf, run, testProject } from './canvas-test-project';
import { flowName, mergeStepNodes } from './step-nodes';

function chain() {
  let state = testProject(2, [
    { id: 'a', lane: 0, x: 160 },
    { id: 'b', lane: 0, x: 400 },
    { id: 'c', lane: 1, x: 640 },
  ]);
  state = run(state, { type: 'add', table: 'flows', row: { id: 'f2', processId: 'p', fromStepId: 'b', toStepId: 'c', label: 'OK' } });
  return state;
}

const stepsOf = (state: ReturnType<typeof chain>) => rowsOf(state).steps;

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

  it('gives every node its size and no handles, so none has to be drawn to be measured', () => {
    const state = testProject(1, [{ id: 'd', lane: 0, x: 200, kind: 'decision' }]);
    expect(mergeStepNodes([], stepsOf(state))[0]).toMatchObject({ width: 120, height: 80, measured: { width: 120, height: 80 }, handles: [] });
  });

  it('makes a shape taller when its name needs more lines, and a given size is kept', () => {
    let state = testProject(1, [{ id: 't', lane: 0, x: 200 }]);
    state = run(state, { type: 'update', table: 'steps', id: 't', patch: { name: 'Collect every signed acceptance certificate from the regional offices and file them' } });
    const grown = mergeStepNodes([], stepsOf(state))[0]!;
    expect(grown.width).toBe(160);
    expect(grown.height).toBeGreaterThan(64);
    state = run(state, { type: 'update', table: 'steps', id: 't', patch: { width: 320, height: 120 } });
    expect(mergeStepNodes([], stepsOf(state))[0]).toMatchObject({ width: 320, height: 120 });
  });

  it('names flows by their steps and label', () => {
    const state = chain();
    expect(flowName(state.tables.flows.f2!, state.tables.steps.b!, state.tables.steps.c!)).toBe('N02 → N03 (OK)');
  });
});
