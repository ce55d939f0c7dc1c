import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import { STEP_KINDS, type Orientation } from '../model/entities';
import { emptyProject, rowsOf, sortedByOrder, type ProjectState } from '../model/project-state';
import { autoLayoutCommand } from './auto-layout';
import { layoutProcess, type Rect } from './geometry';
import { stepRect } from './step-text';
import { PROPERTY_SEED } from '../../test/support/property-seed';

function project(orientation: Orientation, lanes: readonly number[], phases: readonly number[], steps: ReadonlyArray<{ lane: number; phase: number | null; kind: (typeof STEP_KINDS)[number]; name: string; x: number; y: number }>, flows: ReadonlyArray<[number, number]>): ProjectState {
  const commands: CommandInput[] = [{ type: 'add', table: 'processes', row: { id: 'p', name: 'P', orientation } }];
  lanes.forEach((size, i) => {
    commands.push({ type: 'add', table: 'departments', row: { id: `d${i}`, name: `D${i}` } });
    commands.push({ type: 'add', table: 'lanes', row: { id: `l${i}`, processId: 'p', departmentId: `d${i}`, size } });
  });
  phases.forEach((size, i) => commands.push({ type: 'add', table: 'phases', row: { id: `ph${i}`, processId: 'p', name: `Phase ${i}`, size } }));
  steps.forEach((s, i) =>
    commands.push({ type: 'add', table: 'steps', row: { id: `s${i}`, processId: 'p', laneId: `l${s.lane}`, phaseId: s.phase === null ? null : `ph${s.phase}`, kind: s.kind, name: s.name, x: s.x, y: s.y } }),
  );
  flows.forEach(([a, b], i) => commands.push({ type: 'add', table: 'flows', row: { id: `f${i}`, processId: 'p', fromStepId: `s${a}`, toStepId: `s${b}` } }));
  return execute(emptyProject({ name: 'T', language: 'en', organisation: '' }), { type: 'batch', commands }).state;
}

function laidOut(state: ProjectState): ProjectState {
  const process = state.tables.processes.p!;
  const command = autoLayoutCommand({
    orientation: process.orientation,
    lanes: rowsOf(state, 'lanes'),
    phases: rowsOf(state, 'phases'),
    steps: rowsOf(state, 'steps'),
    flows: rowsOf(state, 'flows'),
  });
  return command ? execute(state, command).state : state;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (inner: Rect, outer: Rect) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** Overlapping pairs, steps outside their lane and steps outside their phase, as readable strings. */
function problems(state: ProjectState): string[] {
  const process = state.tables.processes.p!;
  const steps = rowsOf(state, 'steps');
  // Without phases the lanes run as far as the steps need; with phases the phase bands bound them along the flow.
  const layout = layoutProcess(process.orientation, sortedByOrder(rowsOf(state, 'lanes')), sortedByOrder(rowsOf(state, 'phases')), 100_000);
  const horizontal = process.orientation === 'horizontal';
  const found: string[] = [];
  const rects = steps.map((s) => ({ s, r: stepRect(s) }));
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) if (overlaps(rects[i]!.r, rects[j]!.r)) found.push(`${rects[i]!.s.id} overlaps ${rects[j]!.s.id}`);
  for (const { s, r } of rects) {
    const lane = layout.lanes.find((b) => b.lane.id === s.laneId)!;
    const [start, end] = horizontal ? [lane.rect.y, lane.rect.y + lane.rect.height] : [lane.rect.x, lane.rect.x + lane.rect.width];
    const [from, to] = horizontal ? [r.y, r.y + r.height] : [r.x, r.x + r.width];
    if (from < start || to > end || (horizontal ? r.x : r.y) < 120) found.push(`${s.id} is outside its lane`);
    if (layout.phases.length > 0) {
      const phase = layout.phases.find((b) => b.phase.id === s.phaseId);
      if (!phase) found.push(`${s.id} is in no phase`);
      else if (!within(r, phase.rect)) found.push(`${s.id} is outside its phase`);
    }
  }
  return found;
}

const stepArb = (lanes: number, phases: number) =>
  fc.record({
    lane: fc.integer({ min: 0, max: lanes - 1 }),
    phase: phases === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: phases - 1 }), { nil: null }),
    kind: fc.constantFrom(...STEP_KINDS),
    name: fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constant('检查并确认客户提出的投诉内容是否属实以及影响范围'), fc.constant('Follow up with the customer until the complaint is closed')),
    x: fc.integer({ min: -200, max: 3000 }),
    y: fc.integer({ min: -200, max: 1500 }),
  });

const processArb = fc
  .record({
    orientation: fc.constantFrom<Orientation>('horizontal', 'vertical'),
    lanes: fc.array(fc.integer({ min: 40, max: 320 }), { minLength: 1, maxLength: 6 }),
    phases: fc.array(fc.integer({ min: 40, max: 900 }), { maxLength: 4 }),
  })
  .chain(({ orientation, lanes, phases }) =>
    fc.array(stepArb(lanes.length, phases.length), { minLength: 1, maxLength: 40 }).chain((steps) =>
      fc.record({
        orientation: fc.constant(orientation),
        lanes: fc.constant(lanes),
        phases: fc.constant(phases),
        steps: fc.constant(steps),
        flows: fc.array(fc.tuple(fc.integer({ min: 0, max: steps.length - 1 }), fc.integer({ min: 0, max: steps.length - 1 })), { maxLength: steps.length * 2 }),
      }),
    ),
  );

describe('auto-layout', () => {
  it('never leaves two steps overlapping, nor a step outside its lane or phase, whatever the process', () => {
    fc.assert(
      fc.property(processArb, (p) => {
        const state = laidOut(project(p.orientation, p.lanes, p.phases, p.steps, p.flows));
        expect(problems(state)).toEqual([]);
      }),
      { numRuns: 300, seed: PROPERTY_SEED },
    );
  });

  it('untangles 40 steps in 4 lanes placed on top of each other', () => {
    const steps = Array.from({ length: 40 }, (_, i) => ({ lane: i % 4, phase: null, kind: 'task' as const, name: `Step ${i + 1}`, x: 200 + (i % 7) * 30, y: 40 + (i % 4) * 160 }));
    const flows = Array.from({ length: 39 }, (_, i): [number, number] => [i, i + 1]);
    const before = project('horizontal', [160, 160, 160, 160], [], steps, flows);
    expect(problems(before).filter((p) => p.includes('overlaps')).length).toBeGreaterThan(10);
    expect(problems(laidOut(before))).toEqual([]);
  });

  it('orders a chain along the flow, each step after the one before it', () => {
    const steps = [3, 0, 2, 1].map((lane, i) => ({ lane: lane % 2, phase: null, kind: 'task' as const, name: `S${i}`, x: 1000 - i * 200, y: 60 }));
    const state = laidOut(project('horizontal', [160, 160], [], steps, [[0, 1], [1, 2], [2, 3]]));
    const xs = [0, 1, 2, 3].map((i) => state.tables.steps[`s${i}`]!.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('keeps the flow order when a step sends work back (a rejection loop)', () => {
    const kinds = ['start', 'decision', 'task'] as const;
    const steps = [0, 1, 0].map((lane, i) => ({ lane, phase: null, kind: kinds[i]!, name: '', x: 700 - i * 300, y: 40 }));
    const state = laidOut(project('horizontal', [160, 160], [], steps, [[0, 1], [1, 2], [1, 0]]));
    const x = (i: number) => state.tables.steps[`s${i}`]!.x;
    expect(x(0)).toBeLessThan(x(1));
    expect(x(1)).toBeLessThan(x(2));
  });

  it('grows a phase that is too short for its steps and a lane too narrow for its widest step', () => {
    const steps = [0, 1, 2].map((i) => ({ lane: 0, phase: 0, kind: 'task' as const, name: `S${i}`, x: 0, y: 0 }));
    const state = laidOut(project('horizontal', [48], [100, 400], steps, [[0, 1], [1, 2]]));
    expect(state.tables.phases.ph0!.size).toBeGreaterThanOrEqual(3 * 160 + 2 * 40);
    expect(state.tables.lanes.l0!.size).toBeGreaterThanOrEqual(64);
    expect(problems(state)).toEqual([]);
  });

  it('has nothing to do without steps', () => {
    expect(autoLayoutCommand({ orientation: 'vertical', lanes: [], phases: [], steps: [], flows: [] })).toBeNull();
  });
});
