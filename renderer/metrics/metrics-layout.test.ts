import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { measureProcess } from '../../shared/metrics/metrics-tracker';
import { STEP_KINDS } from '../../shared/model/entities';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { autoLayoutCommand } from '../../shared/diagram/auto-layout';
import { canvasLayout, stepReach, topLeftFor } from '../canvas/canvas-layout';
import { moveStepsCommand } from '../canvas/step-commands';

const LETTERS = ['R', 'A', 'RA', 'C', 'I', 'CI', 'AC'];

const processShape = fc.record({
  vertical: fc.boolean(),
  lanes: fc.integer({ min: 1, max: 4 }),
  steps: fc.array(fc.record({ kind: fc.nat(STEP_KINDS.length - 1), lane: fc.nat(), duration: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), days: fc.boolean(), x: fc.nat(1500) }), { minLength: 1, maxLength: 25 }),
  flows: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
  cells: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 40 }),
});
type Shape = typeof processShape extends fc.Arbitrary<infer T> ? T : never;

/** A random process: steps of every kind in random lanes and places, random flows (loops included) and cells. */
function build(shape: Shape): ProjectState {
  const c: CommandInput[] = [{ type: 'add', table: 'processes', row: { id: 'p', name: 'P', orientation: shape.vertical ? 'vertical' : 'horizontal' } }];
  for (let l = 0; l < shape.lanes; l++) {
    c.push({ type: 'add', table: 'departments', row: { id: `d${l}`, name: `D${l}` } });
    c.push({ type: 'add', table: 'positions', row: { id: `pos${l}`, departmentId: `d${l}`, name: `Pos${l}` } });
    c.push({ type: 'add', table: 'lanes', row: { id: `l${l}`, processId: 'p', departmentId: `d${l}` } });
  }
  shape.steps.forEach((s, i) => {
    const lane = s.lane % shape.lanes;
    const across = 32 + lane * 160 + 50;
    c.push({
      type: 'add',
      table: 'steps',
      row: { id: `s${i}`, processId: 'p', laneId: `l${lane}`, kind: STEP_KINDS[s.kind]!, durationValue: s.duration === null ? null : s.duration / 4, durationUnit: s.days ? 'days' : 'hours', x: shape.vertical ? across : 150 + s.x, y: shape.vertical ? 150 + s.x : across },
    });
  });
  const n = shape.steps.length;
  const seen = new Set<string>();
  shape.flows.forEach(([a, b], i) => {
    const key = `${a % n}>${b % n}`;
    if (seen.has(key)) return;
    seen.add(key);
    c.push({ type: 'add', table: 'flows', row: { id: `f${i}`, processId: 'p', fromStepId: `s${a % n}`, toStepId: `s${b % n}` } });
  });
  for (const [s, party, letters] of shape.cells) {
    const d = party % (2 * shape.lanes);
    c.push({ type: 'setRaci', stepId: `s${s % n}`, partyId: d < shape.lanes ? `d${d}` : `pos${d - shape.lanes}`, letters: LETTERS[letters % LETTERS.length]! });
  }
  return execute(emptyProject({ name: 'Layout', language: 'en', organisation: '' }), { type: 'batch', commands: c }).state;
}

function rows(state: ProjectState) {
  const of = <R extends { processId: string }>(t: Readonly<Record<string, R>>) => Object.values(t).filter((r) => r.processId === 'p');
  return { lanes: of(state.tables.lanes), phases: of(state.tables.phases), steps: of(state.tables.steps), flows: of(state.tables.flows) };
}

describe('metrics under layout-only edits (property)', () => {
  it('do not change when steps move to other places inside their own lanes', () => {
    fc.assert(
      fc.property(processShape, fc.array(fc.tuple(fc.double({ min: 0.15, max: 0.85, noNaN: true }), fc.double({ min: 0.3, max: 0.7, noNaN: true })), { minLength: 25, maxLength: 25 }), (shape, places) => {
        const state = build(shape);
        const r = rows(state);
        const orientation = state.tables.processes.p!.orientation;
        const layout = canvasLayout(orientation, r.lanes, r.phases, stepReach(r.steps, orientation));
        const positions = new Map(
          r.steps.map((s, i) => {
            const band = layout.lanes.find((b) => b.lane.id === s.laneId)!.rect;
            const [along, across] = places[i]!;
            const centre = orientation === 'horizontal' ? { x: band.x + along * band.width, y: band.y + across * band.height } : { x: band.x + across * band.width, y: band.y + along * band.height };
            return [s.id, topLeftFor(s.kind, centre)];
          }),
        );
        const { command, refused } = moveStepsCommand(layout, new Map(r.steps.map((s) => [s.id, s])), positions);
        expect(refused).toEqual([]);
        if (!command) return;
        const moved = execute(state, command).state;
        for (const s of r.steps) expect(moved.tables.steps[s.id]!.laneId).toBe(s.laneId);
        expect(measureProcess(moved, 'p')).toEqual(measureProcess(state, 'p'));
      }),
      { numRuns: 150 },
    );
  });

  it('do not change under auto-layout', async () => {
    await fc.assert(
      fc.asyncProperty(processShape, async (shape) => {
        const state = build(shape);
        const r = rows(state);
        const command = autoLayoutCommand({ orientation: state.tables.processes.p!.orientation, ...r });
        if (!command) return;
        const laidOut = execute(state, command).state;
        expect(rows(laidOut).steps.some((s) => s.x !== state.tables.steps[s.id]!.x || s.y !== state.tables.steps[s.id]!.y)).toBe(true);
        expect(measureProcess(laidOut, 'p')).toEqual(measureProcess(state, 'p'));
      }),
      { numRuns: 60 },
    );
  });
});
