import type { StepKind } from '../model/entities';
import { byStepCode } from './step-code-order';

export interface PathStep {
  readonly id: string;
  readonly code: string;
  readonly kind: StepKind;
  /** Duration in hours; a step without one counts 0. */
  readonly hours: number;
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
export function criticalPath(steps: readonly PathStep[], flows: readonly PathFlow[]): CriticalPath {
  const ordered = [...steps].sort(byStepCode);
  const index = new Map<string, number>();
  ordered.forEach((s, i) => index.set(s.id, i));
  const n = ordered.length;

  const out: PathFlow[][] = Array.from({ length: n }, () => []);
  for (const f of flows) {
    const from = index.get(f.fromStepId);
    if (from === undefined || !index.has(f.toStepId)) continue;
    out[from]!.push(f);
  }
  for (const list of out) list.sort((a, b) => index.get(a.toStepId)! - index.get(b.toStepId)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Iterative walk: deep processes must not overflow the stack.
  const colour = new Uint8Array(n);
  const kept: number[][] = Array.from({ length: n }, () => []);
  const keptFlow: PathFlow[][] = Array.from({ length: n }, () => []);
  const finished: number[] = [];
  const stack: number[] = [];
  const cursor = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (ordered[root]!.kind !== 'start' || colour[root] !== WHITE) continue;
    colour[root] = GREY;
    stack.push(root);
    while (stack.length > 0) {
      const u = stack[stack.length - 1]!;
      const edges = out[u]!;
      if (cursor[u]! < edges.length) {
        const f = edges[cursor[u]!++]!;
        const v = index.get(f.toStepId)!;
        if (colour[v] === GREY) continue; // back edge
        kept[u]!.push(v);
        keptFlow[u]!.push(f);
        if (colour[v] === WHITE) {
          colour[v] = GREY;
          stack.push(v);
        }
        continue;
      }
      colour[u] = BLACK;
      finished.push(u);
      stack.pop();
    }
  }

  // Every kept flow leads to a step that finished earlier, so one pass in finishing order suffices.
  const best = new Float64Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const via: Array<PathFlow | null> = new Array<PathFlow | null>(n).fill(null);
  for (const u of finished) {
    const own = ordered[u]!.hours;
    if (ordered[u]!.kind === 'end') best[u] = own;
    const targets = kept[u]!;
    for (let k = 0; k < targets.length; k++) {
      const v = targets[k]!;
      if (best[v]! < 0) continue;
      const total = own + best[v]!;
      if (total > best[u]!) {
        best[u] = total;
        next[u] = v;
        via[u] = keptFlow[u]![k]!;
      }
    }
  }

  let first = -1;
  for (let i = 0; i < n; i++) if (ordered[i]!.kind === 'start' && best[i]! >= 0 && (first < 0 || best[i]! > best[first]!)) first = i;
  if (first < 0) return { stepIds: [], flowIds: [], hours: 0 };
  const stepIds: string[] = [];
  const flowIds: string[] = [];
  for (let u = first; u >= 0; u = next[u]!) {
    stepIds.push(ordered[u]!.id);
    const f = via[u];
    if (f) flowIds.push(f.id);
  }
  return { stepIds, flowIds, hours: best[first]! };
}
