import type { StepKind } from '../../../shared/model/entities';

/**
 * The model both editors draw in the side-by-side bench: N steps in 20 lanes, about 1.1 flows per
 * step, a quarter of them crossing lanes. Positions are a grid (columns along the flow, one lane a
 * row); the choices are pseudo-random from a fixed seed, so every run draws the same model.
 */
export interface BenchModel {
  lanes: number;
  laneSize: number;
  steps: BenchStep[];
  flows: BenchFlow[];
}

export interface BenchStep {
  id: string;
  name: string;
  lane: number;
  column: number;
  kind: StepKind;
}

export interface BenchFlow {
  id: string;
  from: string;
  to: string;
}

export const BENCH_LANES = 20;
export const BENCH_LANE_SIZE = 160;
/** Distance between columns along the flow, and where the first one starts inside the lanes. */
export const BENCH_COLUMN = 200;
export const BENCH_FIRST_COLUMN = 40;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function kindOf(i: number, n: number): StepKind {
  if (i === 0) return 'start';
  if (i === n - 1) return 'end';
  if (i % 10 === 5) return 'decision';
  if (i % 25 === 0) return 'approval';
  return 'task';
}

export function benchModel(n: number): BenchModel {
  const rand = random(n);
  const steps: BenchStep[] = [];
  for (let i = 0; i < n; i++) {
    steps.push({ id: `step-${i}`, name: `Step ${i + 1}`, lane: i % BENCH_LANES, column: Math.floor(i / BENCH_LANES), kind: kindOf(i, n) });
  }
  const at = (column: number, lane: number) => steps[column * BENCH_LANES + lane];
  const otherLane = (lane: number) => (lane + 1 + Math.floor(rand() * (BENCH_LANES - 1))) % BENCH_LANES;
  const flows: BenchFlow[] = [];
  const add = (from: BenchStep | undefined, to: BenchStep | undefined) => {
    if (from && to && from !== to) flows.push({ id: `flow-${flows.length}`, from: from.id, to: to.id });
  };
  // Each step after the first column comes from the column before: mostly its own lane, a quarter of the time another.
  for (const s of steps) if (s.column > 0) add(rand() < 0.25 ? at(s.column - 1, otherLane(s.lane)) : at(s.column - 1, s.lane), s);
  // Then skips two columns ahead until there are 1.1 flows per step, a quarter crossing lanes.
  while (flows.length < Math.round(n * 1.1)) {
    const from = steps[Math.floor(rand() * n)]!;
    add(from, at(from.column + 2, rand() < 0.25 ? otherLane(from.lane) : from.lane) ?? at(from.column + 1, from.lane));
  }
  return { lanes: BENCH_LANES, laneSize: BENCH_LANE_SIZE, steps, flows };
}
