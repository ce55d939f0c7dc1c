import { LANE_HEADER, layoutProcess, NODE_SIZE } from '../diagram/geometry';
import type { Lane, Orientation, Phase, StepKind } from '../model/entities';

/** Distance between neighbouring columns along the flow, as templates use. */
export const COLUMN_WIDTH = 200;
export const LANE_SIZE = 160;
/** Shapes of a file's drawing whose centres are this close along the flow share a column. */
const SAME_COLUMN = 50;
const MAX_LANE_SIZE = 5000;

export interface LayoutStep {
  readonly kind: StepKind;
  readonly lane: number;
  readonly phase: string;
  readonly at: { readonly x: number; readonly y: number } | null;
}

export interface LayoutFlow {
  /** Indexes into the steps. */
  readonly from: number;
  readonly to: number;
}

export interface ImportLayout {
  readonly laneSizes: number[];
  /** Phases in order with their length along the flow. */
  readonly phases: { name: string; size: number }[];
  /** Top-left corner of each step, and the index of its phase (-1 for none). */
  readonly places: { x: number; y: number; phase: number }[];
}

/** Columns from the file's drawing: shapes are ordered along the flow and close ones share a column. */
function columnsFromDrawing(steps: readonly LayoutStep[], horizontal: boolean): number[] {
  const along = steps.map((s) => (s.at ? (horizontal ? s.at.x : s.at.y) : 0));
  const order = steps.map((_, i) => i).sort((a, b) => along[a]! - along[b]!);
  const columns = new Array<number>(steps.length).fill(0);
  let column = -1;
  let columnStart = -Infinity;
  for (const i of order) {
    if (along[i]! - columnStart > SAME_COLUMN) {
      column++;
      columnStart = along[i]!;
    }
    columns[i] = column;
  }
  return columns;
}

/**
 * Steps in flow order: each after the steps leading to it, loops entered at their earliest step in
 * the file, so the file's own element order matters only where the flows leave it open.
 */
function flowOrder(count: number, flows: readonly LayoutFlow[]): number[] {
  const incoming = new Array<number>(count).fill(0);
  const next: number[][] = Array.from({ length: count }, () => []);
  for (const f of flows) {
    if (f.from === f.to) continue;
    incoming[f.to]!++;
    next[f.from]!.push(f.to);
  }
  const done = new Array<boolean>(count).fill(false);
  const order: number[] = [];
  let scan = 0;
  const ready: number[] = [];
  for (let i = 0; i < count; i++) if (incoming[i] === 0) ready.push(i);
  while (order.length < count) {
    if (ready.length === 0) {
      while (done[scan]) scan++;
      ready.push(scan);
    }
    ready.sort((a, b) => b - a);
    const i = ready.pop()!;
    if (done[i]) continue;
    done[i] = true;
    order.push(i);
    for (const to of next[i]!) if (--incoming[to]! === 0 && !done[to]) ready.push(to);
  }
  return order;
}

/**
 * Columns from the flows alone: each step one column after the furthest step leading to it. Flows
 * back to an earlier step (rework, rejection) do not push it on.
 */
function columnsFromFlows(count: number, flows: readonly LayoutFlow[]): number[] {
  const order = flowOrder(count, flows);
  const rank = new Array<number>(count);
  order.forEach((i, k) => (rank[i] = k));
  const incoming: number[][] = Array.from({ length: count }, () => []);
  for (const f of flows) if (rank[f.from]! < rank[f.to]!) incoming[f.to]!.push(f.from);
  const columns = new Array<number>(count).fill(0);
  for (const i of order) for (const from of incoming[i]!) columns[i] = Math.max(columns[i]!, columns[from]! + 1);
  return columns;
}

/** Phases take whole columns in turn, ordered by where their steps start; steps without a phase come last. */
function packPhases(steps: readonly LayoutStep[], columns: number[]): { names: string[]; columns: number[]; phaseOf: number[]; spans: number[] } {
  const names = [...new Set(steps.map((s) => s.phase).filter(Boolean))];
  if (names.length === 0) return { names, columns, phaseOf: steps.map(() => -1), spans: [] };
  const first = (name: string) => Math.min(...steps.flatMap((s, i) => (s.phase === name ? [columns[i]!] : [])));
  names.sort((a, b) => first(a) - first(b));
  const groups = [...names, ''];
  const packed = [...columns];
  const spans: number[] = [];
  let start = 0;
  for (const name of groups) {
    const own = [...new Set(steps.flatMap((s, i) => (s.phase === name ? [columns[i]!] : [])))].sort((a, b) => a - b);
    const rank = new Map(own.map((c, k) => [c, k]));
    steps.forEach((s, i) => {
      if (s.phase === name) packed[i] = start + rank.get(columns[i]!)!;
    });
    if (name) spans.push(Math.max(1, own.length));
    start += own.length;
  }
  return { names, columns: packed, phaseOf: steps.map((s) => names.indexOf(s.phase)), spans };
}

/**
 * Places imported steps in their lanes: in the columns of the file's drawing when every step has a
 * place there, otherwise in columns worked out from the flows. Steps sharing a lane and a column
 * stand side by side across the lane, which grows to hold them.
 */
export function layoutImport(orientation: Orientation, laneCount: number, steps: readonly LayoutStep[], flows: readonly LayoutFlow[]): ImportLayout {
  const horizontal = orientation === 'horizontal';
  const drawn = steps.length > 0 && steps.every((s) => s.at);
  const { names, columns, phaseOf, spans } = packPhases(steps, drawn ? columnsFromDrawing(steps, horizontal) : columnsFromFlows(steps.length, flows));

  const across = (kind: StepKind) => (horizontal ? NODE_SIZE[kind].height : NODE_SIZE[kind].width);
  const alongSize = (kind: StepKind) => (horizontal ? NODE_SIZE[kind].width : NODE_SIZE[kind].height);
  const cells = new Map<string, number[]>();
  steps.forEach((s, i) => {
    const key = `${s.lane}:${columns[i]}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(i);
  });
  const laneSizes = new Array<number>(laneCount).fill(LANE_SIZE);
  for (const members of cells.values()) {
    const lane = steps[members[0]!]!.lane;
    const need = members.reduce((sum, i) => sum + across(steps[i]!.kind) + 24, 24);
    laneSizes[lane] = Math.min(MAX_LANE_SIZE, Math.max(laneSizes[lane]!, need));
  }

  const lanes: Lane[] = laneSizes.map((size, order) => ({ id: String(order), processId: '', departmentId: '', order, size }));
  const phaseRows: Phase[] = names.map((name, order) => ({ id: String(order), processId: '', name, order, size: spans[order]! * COLUMN_WIDTH }));
  const length = (Math.max(0, ...columns) + 1) * COLUMN_WIDTH;
  const layout = layoutProcess(orientation, lanes, phaseRows, length);

  const places = steps.map((s, i) => ({ x: 0, y: 0, phase: phaseOf[i]! }));
  for (const members of cells.values()) {
    const acrossOf = (i: number) => {
      const at = steps[i]!.at;
      return at ? (horizontal ? at.y : at.x) : i;
    };
    members.sort((a, b) => acrossOf(a) - acrossOf(b) || a - b);
    const band = layout.lanes[steps[members[0]!]!.lane]!.rect;
    const bandStart = horizontal ? band.y : band.x;
    const bandSize = horizontal ? band.height : band.width;
    members.forEach((i, k) => {
      const kind = steps[i]!.kind;
      const alongAt = LANE_HEADER + columns[i]! * COLUMN_WIDTH + (COLUMN_WIDTH - alongSize(kind)) / 2;
      const acrossAt = bandStart + ((k + 1) * bandSize) / (members.length + 1) - across(kind) / 2;
      places[i] = horizontal ? { x: alongAt, y: acrossAt, phase: phaseOf[i]! } : { x: acrossAt, y: alongAt, phase: phaseOf[i]! };
    });
  }
  return { laneSizes, phases: names.map((name, k) => ({ name, size: spans[k]! * COLUMN_WIDTH })), places };
}
