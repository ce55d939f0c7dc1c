import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import type { CommandInput } from '../commands/command-schema';
import { emptyProject } from '../model/project-state';
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

/** Ten departments, a step in each in turn down the lanes and round again, chained by flows: the shape of a long hand-off chain. */
function staircase(steps: number): ProjectState {
  const commands: CommandInput[] = [{ type: 'add', table: 'processes', row: { id: 'p', name: 'Chain', category: '', order: 0 } }];
  for (let l = 0; l < 10; l++) {
    commands.push({ type: 'add', table: 'departments', row: { id: `d${l}`, name: `Dept ${l}`, color: '#4f81bd' } });
    commands.push({ type: 'add', table: 'lanes', row: { id: `l${l}`, processId: 'p', departmentId: `d${l}`, order: l } });
  }
  for (let s = 0; s < steps; s++) {
    const kind = s === 0 ? 'start' : s === steps - 1 ? 'end' : 'task';
    commands.push({ type: 'add', table: 'steps', row: { id: `s${s}`, processId: 'p', laneId: `l${s % 10}`, phaseId: null, code: `C${s + 1}`, kind, name: `Step ${s + 1}`, x: 200 + s * 180, y: 60 + (s % 10) * 160 } });
    if (s > 0) commands.push({ type: 'add', table: 'flows', row: { id: `f${s}`, processId: 'p', fromStepId: `s${s - 1}`, toStepId: `s${s}` } });
  }
  return execute(emptyProject({ name: 'Chain', language: 'en', organisation: '' }), { type: 'batch', label: 'chain', commands }).state;
}

/** The rectangle a drawn note's outline starts at, in the picture's units (the diagram's offset added). */
function noteBox(svg: string, id: string): { x: number; y: number } | null {
  const at = svg.indexOf(`data-annotation-id="${id}"`);
  if (at < 0) return null;
  const [, dx, dy] = /<g class="diagram" transform="translate\(([-\d.]+) ([-\d.]+)\)"/.exec(svg)!;
  const [, x, y] = /<path d="M([-\d.]+) ([-\d.]+)/.exec(svg.slice(at))!;
  return { x: Number(x) + Number(dx), y: Number(y) + Number(dy) };
}

/** The texts of one class in a drawn diagram, each text's lines joined. */
const textsOf = (svg: string, cls: string) =>
  [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>(.*?)</text>`, 'g'))].map((m) => [...m[1]!.matchAll(/>([^<>]+)</g)].map((t) => t[1]).join(''));
const laneNames = (svg: string) => textsOf(svg, 'lane-name');

describe('planDiagramPrint of a long hand-off chain through ten lanes', () => {
  const plan = planDiagramPrint(staircase(25), 'p', BOXES);

  it('reaches 8 pt by leaving out of each part the lanes none of its steps is in', () => {
    expect(plan.smallestText).toBeGreaterThanOrEqual(8);
    expect(plan.parts.length).toBeGreaterThan(1);
    for (const part of plan.parts) {
      const codes = textsOf(part.svg, 'step-code');
      // Step Cn is in lane n - 1 mod 10.
      const lanesOfSteps = new Set(codes.map((c) => `Dept ${(Number(c.slice(1)) - 1) % 10}`));
      expect(new Set(laneNames(part.svg))).toEqual(lanesOfSteps);
    }
  });

  it('shows every step exactly once, in order along the parts', () => {
    const codes = plan.parts.flatMap((p) => textsOf(p.svg, 'step-code'));
    expect(codes).toEqual(Array.from({ length: 25 }, (_, i) => `C${i + 1}`));
  });

  it('keeps a flow to a step in a lane left out as a hand-off running off the edge, and draws the legend once', () => {
    const [first, second] = plan.parts;
    // Every flow of the chain crosses lanes: the part's lines are all hand-offs, and some stop short of an arrowhead at the edge.
    const flows = [...second!.svg.matchAll(/<path class="(flow[^"]*)"[^>]*>/g)];
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.every((m) => m[1] === 'flow handoff')).toBe(true);
    expect(flows.some((m) => !m[0].includes('marker-end'))).toBe(true);
    expect(first!.svg).toContain('>Legend<');
    for (const part of plan.parts.slice(1)) expect(part.svg).not.toContain('>Legend<');
  });
});

describe('a note on a long process in print', () => {
  it('is drawn once, inside its part, even over a lane the part leaves out', () => {
    // Over the tenth lane, beside C3, which is in the fourth.
    const state = execute(staircase(25), { type: 'add', table: 'annotations', row: { id: 'n1', processId: 'p', x: 540, y: 60 + 9 * 160 + 20, width: 160, height: 60, text: 'Ask finance first' } }).state;
    const plan = planDiagramPrint(state, 'p', BOXES);
    const holding = plan.parts.filter((p) => p.svg.includes('Ask finance first'));
    expect(holding).toHaveLength(1);
    const part = holding[0]!;
    expect(textsOf(part.svg, 'step-code')).toContain('C3');
    const box = noteBox(part.svg, 'n1')!;
    // Within the lanes the part shows, not below them in a stretch of its own.
    const [, , dy] = /<g class="diagram" transform="translate\(([-\d.]+) ([-\d.]+)\)"/.exec(part.svg)!;
    const lanes = [...part.svg.matchAll(/<g class="lane-header" data-lane-id="[^"]*"><rect x="[-\d.]+" y="([-\d.]+)" width="[-\d.]+" height="([-\d.]+)"/g)].map((m) => [Number(m[1]) + Number(dy), Number(m[1]) + Number(m[2]) + Number(dy)] as const);
    expect(lanes.length).toBeLessThan(10);
    expect(box.y).toBeGreaterThanOrEqual(Math.min(...lanes.map((l) => l[0])));
    expect(box.y + 60).toBeLessThanOrEqual(Math.max(...lanes.map((l) => l[1])));
  });
});
