import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { rowsOf, type ProjectState } from '../model/project-state';
import { launchDiagramProject } from './diagram-test-project';
import { compactLanes, planDiagramPrint } from './diagram-print';
import { NODE_SIZE, PHASE_HEADER } from './geometry';

/** A4 less 15 mm margins and a caption, in points. */
const BOXES = { landscape: { width: 757, height: 480 }, portrait: { width: 510, height: 725 } };
const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));

function lanesOf(state: ProjectState) {
  let top = PHASE_HEADER;
  return rowsOf(state, 'lanes')
    .sort((a, b) => a.order - b.order)
    .map((lane) => {
      const band = { id: lane.id, top, bottom: top + lane.size };
      top += lane.size;
      return band;
    });
}

describe('compactLanes', () => {
  it('draws lanes no taller than they were, every step inside its own lane, in the same places along the flow', () => {
    const state = launchDiagramProject();
    const print = compactLanes(state, 'launch');
    const before = lanesOf(state);
    const after = lanesOf(print);
    after.forEach((lane, i) => expect(lane.bottom - lane.top).toBeLessThanOrEqual(before[i]!.bottom - before[i]!.top));
    expect(after.at(-1)!.bottom).toBeLessThan(before.at(-1)!.bottom);
    for (const step of rowsOf(print, 'steps')) {
      const lane = after.find((l) => l.id === step.laneId)!;
      expect(step.y).toBeGreaterThanOrEqual(lane.top);
      expect(step.y + NODE_SIZE[step.kind].height).toBeLessThanOrEqual(lane.bottom);
      expect(step.x).toBe(state.tables.steps[step.id]!.x);
    }
    // The project is not changed.
    expect(lanesOf(state)).toEqual(before);
  });
});

describe('planDiagramPrint', () => {
  it.each(['horizontal', 'vertical'] as const)('cuts a %s process into parts that fit the page with their smallest text at 8 pt or more', (orientation) => {
    const plan = planDiagramPrint(launchDiagramProject(orientation), 'launch', BOXES);
    const box = BOXES[plan.orientation];
    for (const part of plan.parts) {
      expect(part.width * plan.scale).toBeLessThanOrEqual(box.width + 0.01);
      expect(part.height * plan.scale).toBeLessThanOrEqual(box.height + 0.01);
      expect(Math.min(...fontSizes(part.svg)) * plan.scale).toBeGreaterThanOrEqual(8);
      // The caption names the figure: no title in the picture.
      expect(part.svg).not.toContain('diagram-title');
    }
  });

  it('says how small the text prints when a process has too many lanes for the page', () => {
    let state = launchDiagramProject();
    // Fourteen lanes, each with a step in it: too much across the flow for A4 at 8 pt.
    for (let i = 0; i < 10; i++) {
      state = execute(state, { type: 'add', table: 'departments', row: { id: `dept${i}`, name: `部门${i}`, color: '#4f81bd' } }).state;
      state = execute(state, { type: 'add', table: 'lanes', row: { id: `extra${i}`, processId: 'launch', departmentId: `dept${i}`, size: 160 } }).state;
      state = execute(state, { type: 'add', table: 'steps', row: { id: `x${i}`, processId: 'launch', laneId: `extra${i}`, phaseId: null, kind: 'task', name: `步骤${i}`, x: 400, y: 700 + i * 160 } }).state;
    }
    const plan = planDiagramPrint(state, 'launch', BOXES);
    expect(plan.smallestText).toBeLessThan(8);
    const box = BOXES[plan.orientation];
    for (const part of plan.parts) expect(part.height * plan.scale).toBeLessThanOrEqual(box.height + 0.01);
    expect(plan.smallestText).toBeCloseTo(Math.min(...plan.parts.flatMap((p) => fontSizes(p.svg))) * plan.scale, 5);
  });
});
