import type { StepKind } from '../model/entities';
import { stepCodeOrder } from './step-code-order';

export interface PathStep {
  readonly id: string;
  readonly code: string;
  readonly kind: StepKind;
}

export interface PathFlow {
  readonly id: string;
  readonly fromStepId: string;
  readonly toStepId: string;
}

export interface CriticalPath {
  /** From a start step to an end step; empty when no end step can be reached from a start. */
  readonly stepIds: readonly string[];
  /** The flows between consecutive steps of the path. */
  readonly flowIds: readonly string[];
  readonly hours: number;
}

const WHITE = 0;
const GREY = 1;
const BLACK = 2;

/**
 * The longest path by duration from a start step to an end step. Loops are cut first: a depth-first
 * walk from the start steps in step-code order, taking each step's flows in the order of their
 * target's code, drops every flow back to a step still on the walk, so a rework loop counts once.
 * Steps no start reaches are never on the path. Ties keep the path met first in that same order.
 */
export function criticalPath(steps: readonly PathStep[], hours: ArrayLike<number>, flows: readonly PathFlow[]): CriticalPath {
  const index = new Map<string, number>();
  for (let i = 0; i < steps.length; i++) index.set(steps[i]!.id, i);
  return longestPath(steps, hours, flows, index);
}

/**
 * The critical path, given where each step id sits in `steps`; `hours[i]` is the duration of
 * steps[i] (0 for a step without one). The walk runs over the steps' places in code order.
 */
export function longestPath(steps: readonly PathStep[], hours: ArrayLike<number>, flows: readonly PathFlow[], indexOf: ReadonlyMap<string, number>): CriticalPath {
  const byCode = stepCodeOrder(steps);
  const n = byCode.length;
  const rank = new Int32Array(n);
  for (let u = 0; u < n; u++) rank[byCode[u]!] = u;
  const ordered = byCode.map((i) => steps[i]!);

  // Flows as a compact adjacency list: step u's flows are edges start[u] … start[u + 1] - 1,
  // in the order of their target's place in code order, then flow id.
  const from: number[] = [];
  const to: number[] = [];
  const edgeFlows: PathFlow[] = [];
  const start = new Int32Array(n + 1);
  for (const f of flows) {
    const fromAt = indexOf.get(f.fromStepId);
    const toAt = indexOf.get(f.toStepId);
    if (fromAt === undefined || toAt === undefined) continue;
    const a = rank[fromAt]!;
    const b = rank[toAt]!;
    from.push(a);
    to.push(b);
    edgeFlows.push(f);
    start[a + 1]!++;
  }
  for (let u = 0; u < n; u++) start[u + 1]! += start[u]!;
  const m = edgeFlows.length;
  const target = new Int32Array(m);
  const flowOf: PathFlow[] = new Array<PathFlow>(m);
  const fill = start.slice(0, n);
  for (let e = 0; e < m; e++) {
    const at = fill[from[e]!]!++;
    target[at] = to[e]!;
    flowOf[at] = edgeFlows[e]!;
  }
  for (let u = 0; u < n; u++) {
    // Insertion sort: a step has few flows.
    for (let i = start[u]! + 1; i < start[u + 1]!; i++) {
      const t = target[i]!;
      const f = flowOf[i]!;
      let j = i - 1;
      while (j >= start[u]! && (target[j]! > t || (target[j] === t && flowOf[j]!.id > f.id))) {
        target[j + 1] = target[j]!;
        flowOf[j + 1] = flowOf[j]!;
        j--;
      }
      target[j + 1] = t;
      flowOf[j + 1] = f;
    }
  }

  // Iterative walk (deep processes must not overflow the stack); back edges are marked dropped.
  const colour = new Uint8Array(n);
  const dropped = new Uint8Array(m);
  const finished = new Int32Array(n);
  let finishedCount = 0;
  const stack = new Int32Array(n);
  const cursor = start.slice(0, n);
  for (let root = 0; root < n; root++) {
    if (ordered[root]!.kind !== 'start' || colour[root] !== WHITE) continue;
    colour[root] = GREY;
    let depth = 0;
    stack[depth++] = root;
    while (depth > 0) {
      const u = stack[depth - 1]!;
      if (cursor[u]! < start[u + 1]!) {
        const e = cursor[u]!++;
        const v = target[e]!;
        if (colour[v] === GREY) dropped[e] = 1;
        else if (colour[v] === WHITE) {
          colour[v] = GREY;
          stack[depth++] = v;
        }
        continue;
      }
      colour[u] = BLACK;
      finished[finishedCount++] = u;
      depth--;
    }
  }

  // Every kept flow leads to a step that finished earlier, so one pass in finishing order suffices.
  const best = new Float64Array(n).fill(-1);
  const via = new Int32Array(n).fill(-1);
  for (let k = 0; k < finishedCount; k++) {
    const u = finished[k]!;
    const own = hours[byCode[u]!]!;
    if (ordered[u]!.kind === 'end') best[u] = own;
    for (let e = start[u]!; e < start[u + 1]!; e++) {
      const v = target[e]!;
      if (dropped[e] || best[v]! < 0) continue;
      const total = own + best[v]!;
      if (total > best[u]!) {
        best[u] = total;
        via[u] = e;
      }
    }
  }

  let first = -1;
  for (let i = 0; i < n; i++) if (ordered[i]!.kind === 'start' && best[i]! >= 0 && (first < 0 || best[i]! > best[first]!)) first = i;
  if (first < 0) return { stepIds: [], flowIds: [], hours: 0 };
  const stepIds: string[] = [];
  const flowIds: string[] = [];
  for (let u = first; ; ) {
    stepIds.push(ordered[u]!.id);
    const e = via[u]!;
    if (e < 0) break;
    flowIds.push(flowOf[e]!.id);
    u = target[e]!;
  }
  return { stepIds, flowIds, hours: best[first]! };
}
