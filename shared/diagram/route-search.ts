import type { Point } from './flow-routes';

/**
 * The router's last resort: a shortest right-angled path on a grid of lines through the free space
 * between obstacles (the lines just beside each shape, plus the given ones), with a cost per bend
 * and whatever `cost` charges for a stretch. Used only when no ready-made route keeps clear of the
 * shapes, so it may take a moment longer.
 */
export interface GridSearch {
  from: Point;
  to: Point;
  xs: readonly number[];
  ys: readonly number[];
  /** Whether a point may be on the path, and a stretch between two neighbouring points (given as numbers: asked thousands of times a search). */
  free(x: number, y: number): boolean;
  open(px: number, py: number, qx: number, qy: number): boolean;
  /** What a stretch costs besides its length. */
  cost(px: number, py: number, qx: number, qy: number): number;
  bend: number;
}

/** The four directions a step on the grid takes: right, left, down, up. */
const DI = [1, -1, 0, 0] as const;
const DJ = [0, 0, 1, -1] as const;

/** A binary heap of (priority, value), in two flat arrays so pushing allocates nothing. */
class Heap {
  private readonly priorities: number[] = [];
  private readonly values: number[] = [];
  get size(): number {
    return this.values.length;
  }
  push(priority: number, value: number): void {
    const p = this.priorities;
    const v = this.values;
    p.push(priority);
    v.push(value);
    let i = v.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (p[parent]! <= p[i]!) break;
      this.swap(parent, i);
      i = parent;
    }
  }
  /** The priority of the value pop() last took out. */
  popped = 0;
  /** Takes the value of least priority out. */
  pop(): number {
    const p = this.priorities;
    const v = this.values;
    const top = v[0]!;
    this.popped = p[0]!;
    const lastP = p.pop()!;
    const lastV = v.pop()!;
    if (v.length > 0) {
      p[0] = lastP;
      v[0] = lastV;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < v.length && p[l]! < p[m]!) m = l;
        if (r < v.length && p[r]! < p[m]!) m = r;
        if (m === i) break;
        this.swap(m, i);
        i = m;
      }
    }
    return top;
  }
  private swap(i: number, j: number): void {
    const p = this.priorities;
    const v = this.values;
    const tp = p[i]!;
    p[i] = p[j]!;
    p[j] = tp;
    const tv = v[i]!;
    v[i] = v[j]!;
    v[j] = tv;
  }
}

/** The search's tables, kept from one search to the next (a process may search a dozen times): grown when too small, cleared as far as used. */
let tables = { best: new Float64Array(0), previous: new Int32Array(0), stretch: new Float64Array(0), freeCell: new Uint8Array(0) };

function tablesFor(points: number): typeof tables {
  if (tables.freeCell.length < points) {
    tables = { best: new Float64Array(points * 4), previous: new Int32Array(points * 4), stretch: new Float64Array(points * 2), freeCell: new Uint8Array(points) };
  }
  tables.best.fill(Infinity, 0, points * 4);
  tables.stretch.fill(Number.NaN, 0, points * 2);
  tables.freeCell.fill(0, 0, points);
  return tables;
}

function uniqueSorted(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v - sorted[i - 1]! > 0.5);
}

/** The path's corners from `from` to `to`, or null when the grid holds none. */
export function searchGrid(g: GridSearch): Point[] | null {
  const xs = uniqueSorted([...g.xs, g.from.x, g.to.x]);
  const ys = uniqueSorted([...g.ys, g.from.y, g.to.y]);
  const ix = (x: number) => xs.findIndex((v) => Math.abs(v - x) <= 0.5);
  const iy = (y: number) => ys.findIndex((v) => Math.abs(v - y) <= 0.5);
  const W = xs.length;
  const H = ys.length;
  const start = [ix(g.from.x), iy(g.from.y)] as const;
  const goal = [ix(g.to.x), iy(g.to.y)] as const;
  const node = (i: number, j: number, d: number) => (j * W + i) * 4 + d;
  // Best cost so far and the node it came from (read only where a cost was set), by node.
  // What a stretch between two neighbouring points costs besides its length (-1: not open), worked
  // out once for both ways along it: a point is reached from up to four directions, and the callbacks
  // ask the router's indexes. By the point's number, twice over: the stretch right, then the one down.
  // Whether each grid point is free (0 not yet asked, 1 free, 2 not): asked once, not once per way in.
  const { best, previous, stretch, freeCell } = tablesFor(W * H);
  const heap = new Heap();
  const h = (i: number, j: number) => Math.abs(xs[i]! - g.to.x) + Math.abs(ys[j]! - g.to.y);
  for (let d = 0; d < 4; d++) {
    best[node(start[0], start[1], d)] = 0;
    previous[node(start[0], start[1], d)] = -1;
    heap.push(h(start[0], start[1]), node(start[0], start[1], d));
  }
  while (heap.size > 0) {
    const n = heap.pop();
    const d = n % 4;
    const cell = (n - d) / 4;
    const i = cell % W;
    const j = (cell - i) / W;
    if (i === goal[0] && j === goal[1]) {
      const path: Point[] = [];
      for (let k = n; k !== -1; k = previous[k]!) {
        const c = (k - (k % 4)) / 4;
        path.push({ x: xs[c % W]!, y: ys[(c - (c % W)) / W]! });
      }
      return path.reverse();
    }
    const here = best[n]!;
    // An entry left behind by a cheaper way to the same node: that way was expanded already.
    if (heap.popped > here + h(i, j)) continue;
    const px = xs[i]!;
    const py = ys[j]!;
    for (let nd = 0; nd < 4; nd++) {
      const ni = i + DI[nd]!;
      const nj = j + DJ[nd]!;
      if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
      const qx = xs[ni]!;
      const qy = ys[nj]!;
      const to = nj * W + ni;
      if (freeCell[to] === 0) freeCell[to] = g.free(qx, qy) ? 1 : 2;
      if (freeCell[to] === 2) continue;
      // The stretch from the point left of it or above it, whichever way it is taken.
      const edge = (nd === 0 || nd === 2 ? cell : to) * 2 + (nd < 2 ? 0 : 1);
      let extra = stretch[edge]!;
      if (Number.isNaN(extra)) {
        extra = g.open(px, py, qx, qy) ? g.cost(px, py, qx, qy) : -1;
        stretch[edge] = extra;
      }
      if (extra < 0) continue;
      const step = Math.abs(qx - px) + Math.abs(qy - py) + extra + (nd !== d && !(i === start[0] && j === start[1]) ? g.bend : 0);
      const m = node(ni, nj, nd);
      if (here + step < best[m]!) {
        best[m] = here + step;
        previous[m] = n;
        heap.push(here + step + h(ni, nj), m);
      }
    }
  }
  return null;
}
