import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_KINDS, type Orientation, type StepKind } from '../model/entities';
import { routeFlows, type RouterFlow, type RouterStep } from './flow-router';
import type { Point } from './flow-routes';
import { NODE_SIZE, type Rect } from './geometry';
import { PROPERTY_SEED } from '../../test/support/property-seed';

/** Lanes leave room beside the widest shape across them: 64 high in rows, 160 wide in columns. */
const LANE = { horizontal: 160, vertical: 240 } as const;
const COLUMN = 200;
const TOP = 32;
const LEFT = 120;

interface Case {
  orientation: Orientation;
  lanes: number;
  steps: RouterStep[];
  flows: RouterFlow[];
  laneBorders: number[];
  phaseBorders: number[];
}

/** Steps centred in the cells of a lanes × columns grid, as templates and auto-layout place them. */
function gridCase(orientation: Orientation, lanes: number, cells: ReadonlyArray<{ lane: number; column: number; kind: StepKind }>, pairs: ReadonlyArray<[number, number]>, phaseEvery = 0, density = Infinity): Case {
  const seen = new Set<string>();
  const steps: RouterStep[] = [];
  for (const c of cells) {
    const key = `${c.lane}|${c.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const size = NODE_SIZE[c.kind];
    const along = LEFT + c.column * COLUMN + COLUMN / 2;
    const across = TOP + c.lane * LANE[orientation] + LANE[orientation] / 2;
    const [cx, cy] = orientation === 'horizontal' ? [along, across] : [across, along];
    steps.push({ id: `s${steps.length}`, kind: c.kind, rect: { x: cx - size.width / 2, y: cy - size.height / 2, ...size } });
  }
  // Two steps are joined at most once each way, as the canvas allows.
  const joined = new Set<string>();
  const flows = pairs
    .map(([a, b]) => [a % steps.length, b % steps.length] as const)
    .filter(([a, b]) => a !== b && !joined.has(`${a}>${b}`) && joined.add(`${a}>${b}`))
    .slice(0, Math.floor(steps.length * density))
    .map(([a, b], i) => ({ id: `f${i}`, fromStepId: `s${a}`, toStepId: `s${b}`, bends: [] }));
  const columns = Math.max(...cells.map((c) => c.column)) + 1;
  const laneBorders = Array.from({ length: lanes - 1 }, (_, i) => TOP + (i + 1) * LANE[orientation]);
  const phaseBorders = phaseEvery > 0 ? Array.from({ length: Math.floor(columns / phaseEvery) }, (_, i) => LEFT + (i + 1) * phaseEvery * COLUMN) : [];
  return { orientation, lanes, steps, flows, laneBorders, phaseBorders };
}

function route(c: Case) {
  return routeFlows({ orientation: c.orientation, steps: c.steps, flows: c.flows, laneBorders: c.laneBorders, phaseBorders: c.phaseBorders, acrossRange: [TOP, TOP + c.lanes * LANE[c.orientation]] });
}

const flow = (c: Case) => (p: Point) => (c.orientation === 'horizontal' ? p : { x: p.y, y: p.x });

/** Distance from a point to a shape's outline, measured independently of the router (boxes, diamonds, circles). */
function offBorder(p: Point, s: RouterStep): number {
  const r = s.rect;
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const dx = Math.abs(p.x - cx) / (r.width / 2);
  const dy = Math.abs(p.y - cy) / (r.height / 2);
  if (s.kind === 'decision') return Math.abs(dx + dy - 1) * Math.min(r.width, r.height);
  if (s.kind === 'start' || s.kind === 'end') return Math.abs(Math.hypot(dx, dy) - 1) * Math.min(r.width, r.height);
  if (s.kind === 'delivery' && p.y > r.y + r.height * 0.8 && dx <= 1) return 0;
  return dx <= 1.001 && dy <= 1.001 ? Math.min(Math.abs(dx - 1) * r.width, Math.abs(dy - 1) * r.height) / 2 : 99;
}

function segments(points: readonly Point[]): Array<[Point, Point]> {
  return points.slice(1).map((p, i) => [points[i]!, p]);
}

/** Whether an axis-aligned segment passes through the inside of a rectangle. */
function through([a, b]: [Point, Point], r: Rect): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 < r.x + r.width - 1 && x2 > r.x + 1 && y1 < r.y + r.height - 1 && y2 > r.y + 1;
}

/** Length two axis-aligned segments share on one line (closer than `near` counts as one line). */
function shared([a, b]: [Point, Point], [c, d]: [Point, Point], near: number): number {
  const h1 = Math.abs(a.y - b.y) < 0.01;
  const h2 = Math.abs(c.y - d.y) < 0.01;
  if (h1 !== h2) return 0;
  if (h1 ? Math.abs(a.y - c.y) >= near : Math.abs(a.x - c.x) >= near) return 0;
  const [p1, p2] = h1 ? [Math.min(a.x, b.x), Math.max(a.x, b.x)] : [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  const [q1, q2] = h1 ? [Math.min(c.x, d.x), Math.max(c.x, d.x)] : [Math.min(c.y, d.y), Math.max(c.y, d.y)];
  return Math.max(0, Math.min(p2, q2) - Math.max(p1, q1));
}

/** Everything wrong with a set of routes, as readable strings; `sharing` also looks for lines two flows share. */
function faults(c: Case, routes: Map<string, Point[]>, sharing = true): string[] {
  const found: string[] = [];
  const byId = new Map(c.steps.map((s) => [s.id, s]));
  const toFlow = flow(c);
  for (const f of c.flows) {
    const points = routes.get(f.id)!;
    const from = byId.get(f.fromStepId)!;
    const to = byId.get(f.toStepId)!;
    if (offBorder(points[0]!, from) > 1) found.push(`${f.id} does not start on ${from.id}'s outline`);
    if (offBorder(points[points.length - 1]!, to) > 1) found.push(`${f.id} does not end on ${to.id}'s outline`);
    for (const [a, b] of segments(points)) {
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) found.push(`${f.id} has a slanted segment`);
      for (const s of c.steps) if (s !== from && s !== to && through([a, b], s.rect)) found.push(`${f.id} runs through ${s.id}`);
      const [fa, fb] = [toFlow(a), toFlow(b)];
      if (Math.abs(fa.y - fb.y) < 0.01) for (const line of c.laneBorders) if (Math.abs(fa.y - line) < 3) found.push(`${f.id} runs along a lane border`);
      if (Math.abs(fa.x - fb.x) < 0.01) for (const line of c.phaseBorders) if (Math.abs(fa.x - line) < 3) found.push(`${f.id} runs along a phase border`);
    }
  }
  for (let i = 0; i < c.flows.length && sharing; i++) {
    for (let j = i + 1; j < c.flows.length; j++) {
      const p = segments(routes.get(c.flows[i]!.id)!);
      const q = segments(routes.get(c.flows[j]!.id)!);
      for (const s of p) for (const t of q) if (shared(s, t, 3) > 2) found.push(`${c.flows[i]!.id} and ${c.flows[j]!.id} share a line`);
    }
  }
  return [...new Set(found)];
}

/** The least distance between parallel segments of two different flows where they run side by side for longer than `run`. */
function closestAlongside(routes: Map<string, Point[]>, run: number): number {
  let closest = Infinity;
  const lines = [...routes.values()].map(segments);
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      for (const [a, b] of lines[i]!) {
        for (const [c, d] of lines[j]!) {
          const h1 = Math.abs(a.y - b.y) < 0.01;
          if (h1 !== Math.abs(c.y - d.y) < 0.01) continue;
          const [p1, p2, q1, q2] = h1 ? [a.x, b.x, c.x, d.x] : [a.y, b.y, c.y, d.y];
          const side = Math.min(Math.max(p1, p2), Math.max(q1, q2)) - Math.max(Math.min(p1, p2), Math.min(q1, q2));
          if (side > run) closest = Math.min(closest, h1 ? Math.abs(a.y - c.y) : Math.abs(a.x - c.x));
        }
      }
    }
  }
  return closest;
}

const gridArb = (orientations: readonly Orientation[]) => fc
  .record({
    orientation: fc.constantFrom<Orientation>(...orientations),
    lanes: fc.integer({ min: 1, max: 5 }),
    columns: fc.integer({ min: 2, max: 8 }),
    phaseEvery: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ orientation, lanes, columns, phaseEvery }) =>
    fc.record({
      orientation: fc.constant(orientation),
      lanes: fc.constant(lanes),
      phaseEvery: fc.constant(phaseEvery),
      cells: fc.array(fc.record({ lane: fc.integer({ min: 0, max: lanes - 1 }), column: fc.integer({ min: 0, max: columns - 1 }), kind: fc.constantFrom(...STEP_KINDS) }), { minLength: 2, maxLength: lanes * columns }),
      pairs: fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 30 }),
    }),
  );

describe('routeFlows', () => {
  it('draws every flow with right angles from outline to outline, never through another shape nor along a separator', () => {
    fc.assert(
      fc.property(gridArb(['horizontal', 'vertical']), (g) => {
        const c = gridCase(g.orientation, g.lanes, g.cells, g.pairs, g.phaseEvery);
        expect(faults(c, route(c), false)).toEqual([]);
      }),
      { numRuns: 300, seed: PROPERTY_SEED },
    );
  });

  // Real processes have about 1.1 flows per step (the bench's model); this allows up to 1.25.
  it('never runs one flow along another (lanes as rows, as many flows as steps and a quarter more)', () => {
    fc.assert(
      fc.property(gridArb(['horizontal']), (g) => {
        const c = gridCase(g.orientation, g.lanes, g.cells, g.pairs, g.phaseEvery, 1.25);
        expect(faults(c, route(c))).toEqual([]);
      }),
      { numRuns: 300, seed: PROPERTY_SEED },
    );
  });

  // Shrunk counterexamples other seeds found (FC_SEED=n, 1,500 runs): ports two flows shared, a
  // narrow channel whose free places lay between the fixed steps lines were moved by, a side with
  // no room left, a corridor between shapes whose middle was a lane border. Each now holds for good.
  it.each<[number, Orientation, number, number, Array<{ lane: number; column: number; kind: StepKind }>, Array<[number, number]>, boolean]>([
    [21, 'vertical', 2, 2, [{ lane: 0, column: 0, kind: 'start' }, { lane: 0, column: 4, kind: 'start' }, { lane: 1, column: 3, kind: 'decision' }, { lane: 1, column: 2, kind: 'decision' }, { lane: 0, column: 3, kind: 'start' }, { lane: 1, column: 0, kind: 'start' }, { lane: 0, column: 2, kind: 'approval' }, { lane: 1, column: 4, kind: 'approval' }, { lane: 0, column: 0, kind: 'start' }], [[0, 2], [39, 22], [3, 9], [27, 31], [10, 21], [38, 23]], false],
    [33, 'vertical', 3, 2, [{ lane: 0, column: 2, kind: 'start' }, { lane: 0, column: 1, kind: 'task' }, { lane: 0, column: 0, kind: 'start' }, { lane: 1, column: 0, kind: 'start' }, { lane: 0, column: 3, kind: 'start' }, { lane: 1, column: 2, kind: 'delivery' }, { lane: 2, column: 0, kind: 'start' }, { lane: 1, column: 1, kind: 'start' }, { lane: 0, column: 0, kind: 'start' }, { lane: 0, column: 4, kind: 'start' }], [[10, 32], [5, 3], [30, 0], [29, 32], [5, 29]], false],
    [1, 'horizontal', 5, 2, [{ lane: 2, column: 3, kind: 'start' }, { lane: 0, column: 0, kind: 'start' }, { lane: 3, column: 1, kind: 'start' }, { lane: 1, column: 2, kind: 'start' }, { lane: 0, column: 5, kind: 'start' }, { lane: 0, column: 2, kind: 'start' }, { lane: 0, column: 1, kind: 'start' }, { lane: 3, column: 5, kind: 'start' }, { lane: 3, column: 2, kind: 'start' }, { lane: 1, column: 0, kind: 'start' }, { lane: 1, column: 1, kind: 'start' }, { lane: 0, column: 3, kind: 'start' }], [[22, 7], [31, 3], [7, 10], [26, 34], [38, 40]], true],
    [3, 'horizontal', 4, 1, [{ lane: 0, column: 0, kind: 'start' }, { lane: 0, column: 1, kind: 'start' }, { lane: 0, column: 2, kind: 'start' }, { lane: 1, column: 0, kind: 'decision' }, { lane: 1, column: 2, kind: 'start' }, { lane: 2, column: 0, kind: 'start' }, { lane: 2, column: 1, kind: 'start' }, { lane: 2, column: 2, kind: 'start' }, { lane: 0, column: 0, kind: 'start' }], [[9, 20], [27, 18], [9, 7], [9, 10]], true],
    [15, 'horizontal', 4, 1, [{ lane: 3, column: 1, kind: 'start' }, { lane: 2, column: 1, kind: 'delivery' }, { lane: 1, column: 0, kind: 'start' }, { lane: 2, column: 0, kind: 'start' }, { lane: 1, column: 1, kind: 'start' }, { lane: 0, column: 0, kind: 'start' }, { lane: 3, column: 0, kind: 'start' }, { lane: 0, column: 1, kind: 'start' }], [[15, 0], [3, 13], [23, 6], [7, 9], [39, 2]], true],
    [20, 'horizontal', 3, 3, [{ lane: 0, column: 4, kind: 'start' }, { lane: 1, column: 2, kind: 'start' }, { lane: 2, column: 2, kind: 'start' }, { lane: 0, column: 3, kind: 'start' }], [[11, 34], [0, 26], [5, 2], [1, 0], [10, 33]], true],
    [24, 'horizontal', 3, 0, [{ lane: 1, column: 0, kind: 'start' }, { lane: 0, column: 5, kind: 'start' }, { lane: 2, column: 0, kind: 'decision' }, { lane: 1, column: 5, kind: 'approval' }, { lane: 2, column: 1, kind: 'start' }, { lane: 0, column: 0, kind: 'start' }, { lane: 0, column: 0, kind: 'start' }], [[31, 0], [33, 7], [11, 39], [29, 19], [7, 4], [17, 40], [1, 14]], true],
    [30, 'horizontal', 3, 3, [{ lane: 2, column: 2, kind: 'task' }, { lane: 2, column: 1, kind: 'approval' }, { lane: 1, column: 1, kind: 'start' }, { lane: 0, column: 1, kind: 'approval' }, { lane: 0, column: 0, kind: 'start' }, { lane: 1, column: 0, kind: 'start' }, { lane: 2, column: 0, kind: 'start' }, { lane: 0, column: 2, kind: 'start' }], [[2, 0], [22, 0], [9, 31], [27, 0]], true],
    [37, 'horizontal', 3, 3, [{ lane: 2, column: 1, kind: 'decision' }, { lane: 1, column: 1, kind: 'decision' }, { lane: 0, column: 0, kind: 'start' }, { lane: 1, column: 0, kind: 'decision' }, { lane: 2, column: 0, kind: 'start' }], [[9, 6], [6, 2], [27, 18], [28, 7], [2, 0], [0, 12]], true],
    [39, 'horizontal', 4, 0, [{ lane: 0, column: 1, kind: 'start' }, { lane: 1, column: 0, kind: 'start' }, { lane: 0, column: 0, kind: 'start' }, { lane: 1, column: 1, kind: 'start' }], [[6, 13], [14, 0], [0, 21], [15, 5], [13, 10]], true],
    [101080062, 'horizontal', 3, 3, [{ lane: 2, column: 2, kind: 'start' }, { lane: 1, column: 0, kind: 'start' }, { lane: 0, column: 1, kind: 'start' }, { lane: 2, column: 0, kind: 'start' }, { lane: 0, column: 3, kind: 'start' }, { lane: 0, column: 0, kind: 'start' }, { lane: 2, column: 1, kind: 'start' }, { lane: 0, column: 2, kind: 'start' }, { lane: 1, column: 2, kind: 'start' }, { lane: 1, column: 1, kind: 'start' }], [[15, 0], [36, 0], [12, 0], [9, 0]], true],
  ])('holds where seed %i found a fault', (_seed, orientation, lanes, phaseEvery, cells, pairs, dense) => {
    const c = gridCase(orientation, lanes, cells, pairs, phaseEvery, dense ? 1.25 : Infinity);
    expect(faults(c, route(c), dense)).toEqual([]);
  });

  // Customer complaint handling: a rejection and a "not satisfied" both loop back over the top to the
  // draft, from an approval beside it and a decision further on. Side by side they read as one line
  // unless kept as far apart as the ports on a side are (14).
  it.each([
    ['horizontal', 3],
    ['horizontal', 2],
    ['vertical', 3],
    ['vertical', 4],
  ] as const)('keeps two loops back to one step apart where they run side by side (%s, the decision in column %i)', (orientation, column) => {
    const c = gridCase(orientation, 2, [
      { lane: 0, column: 0, kind: 'task' },
      { lane: 0, column: 1, kind: 'approval' },
      { lane: 0, column, kind: 'decision' },
    ], [
      [0, 1],
      [1, 0],
      [1, 2],
      [2, 0],
    ]);
    const routes = route(c);
    expect(faults(c, routes)).toEqual([]);
    expect(closestAlongside(routes, 2 * 14)).toBeGreaterThanOrEqual(14);
  });
});
