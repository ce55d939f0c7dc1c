import type { Orientation, StepKind } from '../model/entities';
import { flowBox, type FlowBox, type Point } from './flow-routes';
import type { Rect } from './geometry';
import { searchGrid } from './route-search';
import { borderDistance, documentFootY, straightTolerance } from './step-shapes';

/**
 * Routes every flow of a process together, so that each is drawn with right angles, clear of the
 * shapes, off the lane and phase separators, and never along another flow's line: where two flows
 * would share a stretch, the second takes another channel or its ports are spread along the side.
 *
 * The router works in flow space — "along" is x, "across" is y — and transposes vertical processes
 * in and out. Each flow gets a handful of candidate routes (straight, one bend, a Z through a
 * channel between shapes, a U around them), cheapest first; the first candidate that costs less than
 * every one still to be tried wins, so most flows settle on their first or second candidate.
 */

export interface RouterStep {
  id: string;
  kind: StepKind;
  rect: Rect;
}

export interface RouterFlow {
  id: string;
  fromStepId: string;
  toStepId: string;
  /** Corners the user set; the route passes through them as given. */
  bends: readonly Point[];
}

export interface RouterInput {
  orientation: Orientation;
  steps: readonly RouterStep[];
  flows: readonly RouterFlow[];
  /** Borders between lanes (across the flow) and between phases (along it), in page units. */
  laneBorders: readonly number[];
  phaseBorders: readonly number[];
  /** The band across the flow that routes stay inside (the lanes), in page units. */
  acrossRange: readonly [number, number];
}

export type Routes = Map<string, Point[]>;

type Dir = 'R' | 'L' | 'T' | 'B';

interface Port {
  side: Dir;
  offset: number;
}

/** Every port is made here, so all share one shape: the router reads ports tens of thousands of times a process. */
function port(side: Dir, offset: number): Port {
  return { side, offset };
}

interface Segment {
  /** Horizontal: y fixed, from a to b along x; vertical: x fixed, a to b along y. */
  horizontal: boolean;
  at: number;
  a: number;
  b: number;
  flow: string;
}

/** Room kept between a route and the shapes it passes. */
const CLEAR = 6;
/** How far a route leaves a shape before it may turn. */
const STUB = 14;
/** How far loops stand off the shapes they go round. */
const LOOP = 28;
/** Two parallel lines closer than this read as one. */
const NEAR = 8;
/** Lines of two flows running side by side closer than this (though at least NEAR apart) look crowded: routes keep this far apart where they can. */
const APART = 14;
/** What each unit of length run crowded beside another flow's line costs: a long run is worth a detour, a port's stub is not. */
const CROWDED = 0.5;
/** Room kept between a route and a lane or phase separator it runs beside. */
const SEPARATOR_CLEAR = 14;
/** Gap between the ports of flows sharing a side. */
const PORT_GAP = 14;
/** How far beside a stub a route may turn, so two flows from neighbouring ports do not turn on one line. */
const STEP_ASIDE = NEAR + 2;
/** Ports keep this far from a side's corners. */
const PORT_INSET = 6;

const BEND = 22;
const HIT = 5000;
const OUTSIDE = 400;
const ALONG_SEPARATOR = 160;
const OVERLAP = 600;
const CROSSING = 7;
/** Routes this much dearer than the cheapest may still win by crossing fewer lines. */
const CROSSING_WINDOW = 40;
/** Routes tried per flow at most, and per pair of ports among the plain and the thorough candidates. */
const TRIES = 48;
const PLAIN_TRIES = 6;
const THOROUGH_TRIES = 10;
const ODD_SIDE = 40;

const CELL = 160;
/** Up to this many segments on one line are scanned through; more are looked up by cell. */
const FEW = 12;
/** A channel between shapes often lies on a separator (shapes sit in the middle of their lanes): try beside it too. */
const SIDESTEP = [0, -16, 16] as const;

/** Border distance from the centre in flow space, on the line `offset` off the centre. */
function border(b: FlowBox, horizontalAxis: boolean, offset: number, vertical: boolean): number {
  const pageX = vertical ? !horizontalAxis : horizontalAxis;
  return borderDistance(b.kind, b.page, pageX ? 'x' : 'y', offset);
}

function portPoint(b: FlowBox, p: Port, vertical: boolean): Point {
  return portPointInto({ x: 0, y: 0 }, b, p, vertical);
}

/** portPoint() written into a given point. */
function portPointInto(out: Point, b: FlowBox, p: Port, vertical: boolean): Point {
  switch (p.side) {
    case 'R':
      out.x = b.cx + border(b, true, p.offset, vertical);
      out.y = b.cy + p.offset;
      break;
    case 'L':
      out.x = b.cx - border(b, true, p.offset, vertical);
      out.y = b.cy + p.offset;
      break;
    case 'T':
      out.x = b.cx + p.offset;
      out.y = b.cy - border(b, false, p.offset, vertical);
      break;
    case 'B':
      out.x = b.cx + p.offset;
      out.y = b.cy + border(b, false, p.offset, vertical);
      break;
  }
  return out;
}

function outward(p: Point, side: Dir, by: number, b: FlowBox): Point {
  switch (side) {
    case 'R':
      return { x: b.x + b.w + by, y: p.y };
    case 'L':
      return { x: b.x - by, y: p.y };
    case 'T':
      return { x: p.x, y: b.y - by };
    case 'B':
      return { x: p.x, y: b.y + b.h + by };
  }
}

/** Drops repeated points and the middle of three in a line. */
function simplify(points: readonly Point[]): Point[] {
  return simplifyInto([], points);
}

/** simplify() into a given list (emptied first). */
function simplifyInto(out: Point[], points: readonly Point[]): Point[] {
  // Written by index and cut to length at the end: emptying a list frees its storage, which the next push
  // would allocate again; and indexes below the start are looked up as property names, the slow way.
  let n = 0;
  for (const p of points) {
    if (n > 0) {
      const last = out[n - 1]!;
      if (Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
      if (n > 1) {
        const before = out[n - 2]!;
        if ((Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - p.x) < 0.01) || (Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - p.y) < 0.01)) n--;
      }
    }
    out[n++] = p;
  }
  out.length = n;
  return out;
}

function lengthOf(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += Math.abs(points[i]!.x - points[i - 1]!.x) + Math.abs(points[i]!.y - points[i - 1]!.y);
  return sum;
}

/** Shapes in a uniform grid, so a segment only looks at the few shapes near it. */
class ShapeIndex {
  /** Cells in rows over the shapes' extent (cells outside it hold nothing): the shapes' numbers in each. */
  private readonly cells: number[][];
  private readonly i0: number;
  private readonly j0: number;
  private readonly columns: number;
  private readonly rows: number;
  private readonly boxes: readonly FlowBox[];
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(boxes: readonly FlowBox[]) {
    this.boxes = boxes;
    this.seen = new Uint32Array(boxes.length);
    let [i0, i1, j0, j1] = [0, -1, 0, -1];
    boxes.forEach((b, k) => {
      const [bi0, bi1, bj0, bj1] = [Math.floor((b.x - CLEAR) / CELL), Math.floor((b.x + b.w + CLEAR) / CELL), Math.floor((b.y - CLEAR) / CELL), Math.floor((b.y + b.h + CLEAR) / CELL)];
      [i0, i1, j0, j1] = k === 0 ? [bi0, bi1, bj0, bj1] : [Math.min(i0, bi0), Math.max(i1, bi1), Math.min(j0, bj0), Math.max(j1, bj1)];
    });
    this.i0 = i0;
    this.j0 = j0;
    this.columns = i1 - i0 + 1;
    this.rows = j1 - j0 + 1;
    this.cells = Array.from({ length: this.columns * this.rows }, () => []);
    boxes.forEach((b, k) => this.forCells(b.x - CLEAR, b.y - CLEAR, b.x + b.w + CLEAR, b.y + b.h + CLEAR, (cell) => cell.push(k)));
  }

  /** The cells a rectangle touches, in the order of the cell numbers (by column, then row). */
  private forCells(x1: number, y1: number, x2: number, y2: number, visit: (cell: number[]) => void): void {
    const i1 = Math.max(this.i0, Math.floor(x1 / CELL));
    const i2 = Math.min(this.i0 + this.columns - 1, Math.floor(x2 / CELL));
    const j1 = Math.max(this.j0, Math.floor(y1 / CELL));
    const j2 = Math.min(this.j0 + this.rows - 1, Math.floor(y2 / CELL));
    for (let i = i1; i <= i2; i++) for (let j = j1; j <= j2; j++) visit(this.cells[(j - this.j0) * this.columns + (i - this.i0)]!);
  }

  /** How many shapes a segment (or rectangle) comes within CLEAR of, leaving out the two given. */
  hits(x1: number, y1: number, x2: number, y2: number, skipA: FlowBox | null, skipB: FlowBox | null): number {
    return this.scan(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), CLEAR, skipA, skipB, null);
  }

  /** The shapes overlapping a rectangle. */
  within(x1: number, y1: number, x2: number, y2: number): FlowBox[] {
    const found: FlowBox[] = [];
    this.scan(x1, y1, x2, y2, 0, null, null, found);
    return found;
  }

  /** The shapes closer than `pad` to the rectangle from (x1, y1) to (x2, y2), but the two left out: counted, and put in `found` when given. */
  private scan(x1: number, y1: number, x2: number, y2: number, pad: number, skipA: FlowBox | null, skipB: FlowBox | null, found: FlowBox[] | null): number {
    const stamp = ++this.stamp;
    let count = 0;
    const i1 = Math.max(this.i0, Math.floor(x1 / CELL));
    const i2 = Math.min(this.i0 + this.columns - 1, Math.floor(x2 / CELL));
    const j1 = Math.max(this.j0, Math.floor(y1 / CELL));
    const j2 = Math.min(this.j0 + this.rows - 1, Math.floor(y2 / CELL));
    // One cell, the usual case, lists each shape once: no need to mark the ones met.
    const one = i1 === i2 && j1 === j2;
    for (let i = i1; i <= i2; i++) {
      for (let j = j1; j <= j2; j++) {
        for (const k of this.cells[(j - this.j0) * this.columns + (i - this.i0)]!) {
          if (!one) {
            if (this.seen[k] === stamp) continue;
            this.seen[k] = stamp;
          }
          const b = this.boxes[k]!;
          if (b === skipA || b === skipB) continue;
          if (x1 < b.x + b.w + pad && x2 > b.x - pad && y1 < b.y + b.h + pad && y2 > b.y - pad) {
            count++;
            found?.push(b);
          }
        }
      }
    }
    return count;
  }
}

/** Lists filed under whole-number keys, held in an array: a Map's hashing is the cost on the router's busiest path. */
class Buckets<T> {
  private lo = 0;
  private lists: Array<T[] | undefined> = [];

  get(key: number): T[] | undefined {
    // Inside the array only: an index below it would be looked up as a property name, the slow way.
    const at = key - this.lo;
    return at >= 0 && at < this.lists.length ? this.lists[at] : undefined;
  }

  /** The list under a key, made when there is none yet. */
  list(key: number): T[] {
    if (this.lists.length === 0) this.lo = key;
    if (key < this.lo) {
      const room = this.lo - key + 64;
      this.lists = [...new Array<T[] | undefined>(room), ...this.lists];
      this.lo -= room;
    }
    const at = key - this.lo;
    return this.lists[at] ?? (this.lists[at] = []);
  }

  /** The lists, in the order of their keys, whose key × NEAR lies within [from, to]. */
  forEachIn(from: number, to: number, visit: (list: T[]) => void): void {
    // One key either side of the range, tested as exactly as the whole scan tested each.
    const first = Math.max(this.lo, Math.floor(from / NEAR) - 1);
    const last = Math.min(this.lo + this.lists.length - 1, Math.floor(to / NEAR) + 1);
    for (let key = first; key <= last; key++) {
      if (key * NEAR < from || key * NEAR > to) continue;
      const list = this.lists[key - this.lo];
      if (list) visit(list);
    }
  }
}

/** Segments already routed: bucketed by their fixed coordinate (for overlaps) and filed in a coarse grid (for crossings). */
class SegmentIndex {
  private readonly rows = new Buckets<Segment>();
  private readonly columns = new Buckets<Segment>();
  /** Horizontal segments by (cell along x, cell of their y); vertical ones by (cell of their x, cell along y). */
  private readonly horizontalCells = new CellLists<Segment>();
  private readonly verticalCells = new CellLists<Segment>();

  /** Segments by (row of NEAR, cell along them), for overlaps: a lane's centre line holds most of its flows. */
  private readonly rowCells = new CellLists<Filed>();
  private readonly columnCells = new CellLists<Filed>();
  private serial = 0;
  private stamp = 0;

  /** Each flow's segments with the lists they were filed in, so a flow can be taken out again. */
  private readonly byFlow = new Map<string, Array<{ item: unknown; list: unknown[] }>>();

  add(points: readonly Point[], flow: string): void {
    const filed = this.byFlow.get(flow) ?? this.byFlow.set(flow, []).get(flow)!;
    for (let i = 1; i < points.length; i++) {
      const s = segmentOf(points[i - 1]!, points[i]!, flow);
      if (!s) continue;
      const near = Math.floor(s.at / NEAR);
      const line = (s.horizontal ? this.rows : this.columns).list(near);
      line.push(s);
      filed.push({ item: s, list: line });
      const along = { s, serial: this.serial++, stamp: 0 };
      const lines = s.horizontal ? this.rowCells : this.columnCells;
      for (let c = Math.floor(s.a / CELL); c <= Math.floor(s.b / CELL); c++) fileIn(lines, near, c, along, filed);
      const cells = s.horizontal ? this.horizontalCells : this.verticalCells;
      const fixed = Math.floor(s.at / CELL);
      for (let c = Math.floor(s.a / CELL); c <= Math.floor(s.b / CELL); c++) fileIn(cells, s.horizontal ? c : fixed, s.horizontal ? fixed : c, s, filed);
    }
  }

  /** The fixed coordinates of the routed lines inside a rectangle: x of the vertical ones, y of the horizontal ones. */
  linesNear(x1: number, y1: number, x2: number, y2: number): { xs: number[]; ys: number[] } {
    const xs: number[] = [];
    const ys: number[] = [];
    this.columns.forEachIn(x1 - NEAR, x2, (list) => {
      for (const s of list) if (s.b > y1 && s.a < y2) xs.push(s.at);
    });
    this.rows.forEachIn(y1 - NEAR, y2, (list) => {
      for (const s of list) if (s.b > x1 && s.a < x2) ys.push(s.at);
    });
    return { xs, ys };
  }

  /** The fixed coordinates of other flows' lines parallel to a segment, closer than `reach` and running beside it. */
  parallelTo(s: Segment, reach: number): number[] {
    const found: number[] = [];
    (s.horizontal ? this.rows : this.columns).forEachIn(s.at - reach - NEAR, s.at + reach, (list) => {
      for (const o of list) if (o.flow !== s.flow && Math.abs(o.at - s.at) < reach && Math.min(s.b, o.b) - Math.max(s.a, o.a) > 0.5) found.push(o.at);
    });
    return found;
  }

  /** Takes a flow's segments out again, before it is routed anew. */
  remove(flow: string): void {
    for (const { item, list } of this.byFlow.get(flow) ?? []) {
      const at = list.indexOf(item);
      if (at >= 0) list.splice(at, 1);
    }
    this.byFlow.delete(flow);
  }

  /** Length this segment would share with other flows' segments running along it closer than NEAR. */
  overlap(s: Segment): number {
    return this.alongside(s, NEAR);
  }

  /** What the last overlapWithin() found running beside the segment from NEAR up to APART away. */
  crowded = 0;

  /** overlap(), and the length other flows' segments run beside the segment from NEAR up to APART away (in `crowded`). */
  overlapWithin(s: Segment): number {
    return this.alongside(s, APART);
  }

  /** Length other flows' segments run along this one closer than NEAR; those from NEAR up to `reach` go into `crowded`. */
  private alongside(s: Segment, reach: number): number {
    const lines = s.horizontal ? this.rowCells : this.columnCells;
    const rows = s.horizontal ? this.rows : this.columns;
    const stamp = ++this.stamp;
    const first = Math.floor(s.a / CELL);
    const last = Math.floor(s.b / CELL);
    const lastKey = Math.floor((s.at + reach) / NEAR);
    let shared = 0;
    let crowded = 0;
    for (let key = Math.floor((s.at - reach) / NEAR); key <= lastKey; key++) {
      const row = rows.get(key);
      if (!row || row.length === 0) continue;
      if (row.length <= FEW) {
        for (const o of row) {
          const apart = Math.abs(o.at - s.at);
          if (apart >= reach || o.flow === s.flow) continue;
          const len = Math.min(s.b, o.b) - Math.max(s.a, o.a);
          if (len <= 0.5) continue;
          if (apart < NEAR) shared += len;
          else crowded += len;
        }
        continue;
      }
      // A busy line: only the segments in the cells this one passes. Lengths are summed in the
      // order the segments were filed, so the total is the same as scanning the whole line.
      let found = 0;
      for (let c = first; c <= last; c++) {
        const list = lines.get(key, c);
        if (!list) continue;
        for (const f of list) {
          if (f.stamp === stamp) continue;
          f.stamp = stamp;
          const o = f.s;
          const apart = Math.abs(o.at - s.at);
          if (apart >= reach || o.flow === s.flow) continue;
          const len = Math.min(s.b, o.b) - Math.max(s.a, o.a);
          if (len <= 0.5) continue;
          if (apart >= NEAR) {
            crowded += len;
            continue;
          }
          // Into filing order as they come (few come at once).
          let k = found++;
          while (k > 0 && foundSerials[k - 1]! > f.serial) {
            foundSerials[k] = foundSerials[k - 1]!;
            foundLengths[k] = foundLengths[k - 1]!;
            k--;
          }
          foundSerials[k] = f.serial;
          foundLengths[k] = len;
        }
      }
      for (let k = 0; k < found; k++) shared += foundLengths[k]!;
    }
    this.crowded = crowded;
    return shared;
  }

  /** How many other flows' segments this one crosses at right angles. */
  crossings(s: Segment): number {
    let count = 0;
    const fixed = Math.floor(s.at / CELL);
    const cells = s.horizontal ? this.verticalCells : this.horizontalCells;
    // A perpendicular segment is filed in one cell along this one's line, so each is met once.
    for (let c = Math.floor(s.a / CELL); c <= Math.floor(s.b / CELL); c++) {
      for (const o of (s.horizontal ? cells.get(c, fixed) : cells.get(fixed, c)) ?? NONE) {
        if (o.at > s.a && o.at < s.b && s.at > o.a && s.at < o.b && o.flow !== s.flow) count++;
      }
    }
    return count;
  }
}

/** The shared stretches overlap() met on a busy line, by filing order: reused from one look-up to the next. */
const foundSerials: number[] = [];
const foundLengths: number[] = [];

/** Files an item under a key, noting the list it went into (so it can be taken out again). */
function fileIn<T>(cells: CellLists<T>, i: number, j: number, item: T, filed: Array<{ item: unknown; list: unknown[] }>): void {
  const list = cells.list(i, j);
  list.push(item);
  filed.push({ item, list });
}

const NONE: readonly Segment[] = [];

/** Lists filed under pairs of whole numbers, in arrays of arrays: looked up on the router's busiest path, where hashing a Map's keys was the cost. */
class CellLists<T> {
  private lo = 0;
  private rows: Array<Buckets<T> | undefined> = [];

  get(i: number, j: number): T[] | undefined {
    const at = i - this.lo;
    const row = at >= 0 && at < this.rows.length ? this.rows[at] : undefined;
    return row ? row.get(j) : undefined;
  }

  /** The list under (i, j), made when there is none yet. */
  list(i: number, j: number): T[] {
    if (this.rows.length === 0) this.lo = i;
    if (i < this.lo) {
      const room = this.lo - i + 64;
      this.rows = [...new Array<Buckets<T> | undefined>(room), ...this.rows];
      this.lo -= room;
    }
    const at = i - this.lo;
    return (this.rows[at] ?? (this.rows[at] = new Buckets<T>())).list(j);
  }
}

/** A segment filed for overlaps: in every cell along it, with the order it was filed in and the last lookup that met it. */
interface Filed {
  s: Segment;
  serial: number;
  stamp: number;
}

function segmentOf(p: Point, q: Point, flow: string): Segment | null {
  const s: Segment = { horizontal: false, at: 0, a: 0, b: 0, flow };
  return segmentInto(s, p.x, p.y, q.x, q.y) ? s : null;
}

/** segmentOf written into a given segment (false when the stretch is no segment): costing a route files nothing, so it need not allocate. */
function segmentInto(s: Segment, px: number, py: number, qx: number, qy: number): boolean {
  if (Math.abs(py - qy) < 0.01) {
    if (px === qx) return false;
    s.horizontal = true;
    s.at = py;
    s.a = Math.min(px, qx);
    s.b = Math.max(px, qx);
    return true;
  }
  if (Math.abs(px - qx) < 0.01) {
    s.horizontal = false;
    s.at = px;
    s.a = Math.min(py, qy);
    s.b = Math.max(py, qy);
    return true;
  }
  return false;
}

/** The segment penalty(), crossingCount() and nudge() look at, one at a time (none keeps it). */
const costed: Segment = { horizontal: false, at: 0, a: 0, b: 0, flow: '' };
/** The one shiftSegment() checks a moved route by (it runs while nudge() holds `costed`). */
const probe: Segment = { horizontal: false, at: 0, a: 0, b: 0, flow: '' };

interface Context {
  /** Grid searches left for this process: plenty for a small one, a few for a very large one, where they would cost too long. */
  searches: { left: number };
  /** The first pass only sketches routes to learn which sides they use: plain candidates only. */
  sketch: boolean;
  /** Routes one flow may still try; dense processes settle for the best found within it. */
  budget: { left: number };
  vertical: boolean;
  shapes: ShapeIndex;
  segments: SegmentIndex;
  laneBorders: SeparatorLines;
  phaseBorders: SeparatorLines;
  across: readonly [number, number];
}

/** Separators across one axis, kept sorted too, so a segment looks only at the few near it. */
class SeparatorLines {
  readonly all: readonly number[];
  private readonly sorted: readonly number[] | null;

  constructor(lines: readonly number[]) {
    this.all = lines;
    // Costs are added in the order the lines are given; in order (as layouts give them) they may be searched.
    this.sorted = lines.every((l, i) => i === 0 || lines[i - 1]! <= l) ? lines : null;
  }

  /** `cost` plus what running beside these lines costs the segment (see alongSeparator). */
  addAlong(cost: number, s: Segment): number {
    const lines = this.sorted;
    if (!lines) {
      for (const line of this.all) cost += alongSeparator(line, s);
      return cost;
    }
    for (let i = firstAbove(lines, s.at - SEPARATOR_CLEAR); i < lines.length && lines[i]! < s.at + SEPARATOR_CLEAR; i++) cost += alongSeparator(lines[i]!, s);
    return cost;
  }

  /** Whether the segment runs right along one (where it would read as the separator). */
  under(s: Segment): boolean {
    return this.all.some((line) => Math.abs(line - s.at) < NEAR / 2);
  }
}

/** The index of the first of the sorted values above v (their length when none is). */
function firstAbove(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * What a route costs beyond its length and bends: shapes it touches, separators it runs along, lines
 * it shares or runs crowded beside (crossings are counted apart). Exact below `budget`; at or above
 * it, some figure at least `budget` (the lines beside, dearest to look up, are not looked up once the
 * rest has reached it).
 */
function penalty(points: readonly Point[], a: FlowBox, b: FlowBox, flow: string, ctx: Context, budget: number): number {
  let cost = 0;
  for (let i = 1; i < points.length && cost < budget; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    // The first and last legs start on their own shapes; the middle ones must pass clear of both ends too.
    const first = i === 1;
    const last = i === points.length - 1;
    const hit = ctx.shapes.hits(p.x, p.y, q.x, q.y, first || last ? a : null, first || last ? b : null);
    cost += hit * HIT;
    if (!first && !last) cost += (crossesOwn(p, q, a) + crossesOwn(p, q, b)) * HIT;
    const s = costed;
    s.flow = flow;
    if (!segmentInto(s, p.x, p.y, q.x, q.y)) continue;
    if (s.horizontal) {
      if (s.at < ctx.across[0] + 2 || s.at > ctx.across[1] - 2) cost += OUTSIDE + (s.b - s.a);
      cost = ctx.laneBorders.addAlong(cost, s);
    } else {
      cost = ctx.phaseBorders.addAlong(cost, s);
    }
    if (cost >= budget) break;
    const shared = ctx.segments.overlapWithin(s);
    if (shared > 0) cost += OVERLAP + 4 * shared;
    cost += CROWDED * ctx.segments.crowded;
  }
  return cost;
}

/** How many routed lines a route crosses; counted only for the few routes left in the running. */
function crossingCount(points: readonly Point[], flow: string, ctx: Context): number {
  let count = 0;
  const s = costed;
  s.flow = flow;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    if (segmentInto(s, p.x, p.y, q.x, q.y)) count += ctx.segments.crossings(s);
  }
  return count;
}

/** What running beside a separator costs: the more, the closer and longer (on the line itself it reads as the separator). */
function alongSeparator(line: number, s: Segment): number {
  const distance = Math.abs(line - s.at);
  if (distance >= SEPARATOR_CLEAR) return 0;
  const closeness = 1 - distance / SEPARATOR_CLEAR;
  return closeness * (ALONG_SEPARATOR + 2 * (s.b - s.a));
}

/** 1 when a middle leg passes through an end's own shape (a route must not double back through it). */
function crossesOwn(p: Point, q: Point, box: FlowBox): number {
  const lx = Math.min(p.x, q.x);
  const hx = Math.max(p.x, q.x);
  const ly = Math.min(p.y, q.y);
  const hy = Math.max(p.y, q.y);
  return lx < box.x + box.w - 1 && hx > box.x + 1 && ly < box.y + box.h - 1 && hy > box.y + 1 ? 1 : 0;
}

const horizontalSide = (d: Dir) => d === 'R' || d === 'L';

/** True when going from p to q leaves a shape through its `side`. */
function heads(p: Point, q: Point, side: Dir): boolean {
  switch (side) {
    case 'R':
      return q.x > p.x + 0.01 && Math.abs(q.y - p.y) < 0.01;
    case 'L':
      return q.x < p.x - 0.01 && Math.abs(q.y - p.y) < 0.01;
    case 'T':
      return q.y < p.y - 0.01 && Math.abs(q.x - p.x) < 0.01;
    case 'B':
      return q.y > p.y + 0.01 && Math.abs(q.x - p.x) < 0.01;
  }
}

/** Free lines between shapes in a band: midpoints of the gaps between their extents, nearest to `near` first. */
function channels(boxes: readonly FlowBox[], alongX: boolean, from: number, to: number, near: number): number[] {
  const spans = boxes.map((b) => (alongX ? [b.x - CLEAR, b.x + b.w + CLEAR] : [b.y - CLEAR, b.y + b.h + CLEAR]) as [number, number]).sort((p, q) => p[0] - q[0]);
  const found: number[] = [];
  let reach = from;
  for (const [s, e] of spans) {
    if (s > reach + 2 * NEAR) found.push((reach + Math.min(s, to)) / 2);
    reach = Math.max(reach, e);
    if (reach >= to) break;
  }
  if (reach < to - 2 * NEAR) found.push((reach + to) / 2);
  return found.sort((p, q) => Math.abs(p - near) - Math.abs(q - near)).slice(0, 4);
}

/**
 * Lines just outside the shapes that block a corridor: a run from `from` to `to` along one axis, in
 * the band [low, high] of the other. The band grows while more shapes touch it; the answer is one
 * line on each side of it (along x when `runAlongX`, the lines are values of y, and the other way round).
 */
function detours(shapes: ShapeIndex, runAlongX: boolean, from: number, to: number, low: number, high: number, a: FlowBox, b: FlowBox): number[] {
  let [lo, hi] = [low, high];
  let blocked = false;
  for (let round = 0; round < 2; round++) {
    const found = runAlongX ? shapes.within(from + 1, lo - CLEAR, to - 1, hi + CLEAR) : shapes.within(lo - CLEAR, from + 1, hi + CLEAR, to - 1);
    const blocking = found.filter((x) => x !== a && x !== b);
    if (blocking.length === 0) break;
    blocked = true;
    const nlo = Math.min(lo, ...blocking.map((x) => (runAlongX ? x.y : x.x)));
    const nhi = Math.max(hi, ...blocking.map((x) => (runAlongX ? x.y + x.h : x.x + x.w)));
    if (nlo === lo && nhi === hi) break;
    [lo, hi] = [nlo, nhi];
  }
  return blocked ? [lo - CLEAR - 10, hi + CLEAR + 10, lo - CLEAR - 10 - NEAR - 4, hi + CLEAR + 10 + NEAR + 4] : [];
}

/** Directions as measure() numbers them (0 right, 1 left, 2 down, 3 up): leaving by a side, and entering by it. */
const OUT_OF: Record<Dir, number> = { R: 0, L: 1, B: 2, T: 3 };
const INTO: Record<Dir, number> = { R: 1, L: 0, B: 3, T: 2 };

interface Ends {
  P: Point;
  P1: Point;
  Q1: Point;
  Q: Point;
}

/**
 * The candidate routes between one pair of ports: each the ends, the stubs out of the shapes, and up
 * to two corners between (`corners` of them, at (x1, y1) and (x2, y2)), with its length plus bends.
 * Tens of thousands are measured for a large process and few are tried, so they are kept as numbers
 * in lists reused from one pair of ports to the next, and built into points only when tried.
 */
class Candidates {
  ends: Ends = { P: { x: 0, y: 0 }, P1: { x: 0, y: 0 }, Q1: { x: 0, y: 0 }, Q: { x: 0, y: 0 } };
  count = 0;
  readonly corners: number[] = [];
  readonly x1: number[] = [];
  readonly y1: number[] = [];
  readonly x2: number[] = [];
  readonly y2: number[] = [];
  readonly base: number[] = [];
  /** The candidates' numbers, cheapest first; equal ones in the order they were offered. */
  readonly order: number[] = [];

  reset(ends: Ends): void {
    this.ends = ends;
    this.count = 0;
  }

  add(corners: number, x1: number, y1: number, x2: number, y2: number, base: number): void {
    const k = this.count++;
    this.corners[k] = corners;
    this.x1[k] = x1;
    this.y1[k] = y1;
    this.x2[k] = x2;
    this.y2[k] = y2;
    this.base[k] = base;
  }

  /** Puts `order` cheapest first: an insertion sort, stable, and quicker than a sort with a comparator on a few dozen. */
  sort(): void {
    const { order, base } = this;
    for (let i = 0; i < this.count; i++) {
      const cost = base[i]!;
      let j = i - 1;
      while (j >= 0 && base[order[j]!]! > cost) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = i;
    }
  }
}

/** The one list of candidates: a pair's candidates are tried before the next pair's are made. */
const offered = new Candidates();

/**
 * The points of a candidate, simplified, in lists reused from one candidate to the next: most are
 * costed and dropped, and only the few kept are copied out (keptPoints).
 */
const trying: Point[] = [];
const unsimplified: Point[] = [];
const corner1: Point = { x: 0, y: 0 };
const corner2: Point = { x: 0, y: 0 };
function pointsOf(list: Candidates, k: number): Point[] {
  const e = list.ends;
  const corners = list.corners[k]!;
  const raw = unsimplified;
  let n = 0;
  raw[n++] = e.P;
  raw[n++] = e.P1;
  if (corners >= 1) {
    corner1.x = list.x1[k]!;
    corner1.y = list.y1[k]!;
    raw[n++] = corner1;
  }
  if (corners === 2) {
    corner2.x = list.x2[k]!;
    corner2.y = list.y2[k]!;
    raw[n++] = corner2;
  }
  raw[n++] = e.Q1;
  raw[n++] = e.Q;
  raw.length = n;
  return simplifyInto(trying, raw);
}

/** A copy of the points pointsOf() gave, to keep. */
function keptPoints(points: readonly Point[]): Point[] {
  return points.map((p) => ({ x: p.x, y: p.y }));
}

/**
 * Length plus bends of the route P, P1, the corners, Q1, Q, worked out without building it; -1 when
 * the route would fold back through one of its own shapes at a port.
 */
function measure(e: Ends, corners: number, x1: number, y1: number, x2: number, y2: number, pa: Dir, pb: Dir): number {
  const count = corners + 4;
  let length = 0;
  let bends = 0;
  let lastDir = -1;
  let first = -1;
  let lastSeen = -1;
  let px = e.P.x;
  let py = e.P.y;
  for (let i = 1; i < count; i++) {
    const q = i === 1 ? e.P1 : i === count - 2 ? e.Q1 : i === count - 1 ? e.Q : null;
    const qx = q ? q.x : i === 2 ? x1 : x2;
    const qy = q ? q.y : i === 2 ? y1 : y2;
    const dx = qx - px;
    const dy = qy - py;
    px = qx;
    py = qy;
    if (Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01) continue;
    const dir = Math.abs(dy) < 0.01 ? (dx > 0 ? 0 : 1) : dy > 0 ? 2 : 3;
    if (first === -1) first = dir;
    if (lastDir !== -1 && dir !== lastDir) bends++;
    lastDir = dir;
    lastSeen = dir;
    length += Math.abs(dx) + Math.abs(dy);
  }
  if (first !== OUT_OF[pa] || lastSeen !== INTO[pb]) return -1;
  return length + BEND * bends;
}

/** Lines either side of the middle a Z (across) and a U or Z (along) are tried on. */
const Z_SHIFTS = [0, -12, 12, -24, 24, -36, 36] as const;
const U_SHIFTS = [0, -12, 12, -24, 24] as const;

/** Adds a line to try unless it is there already (a handful each: a scan beats hashing doubles in a Set). */
function addOnce(lines: number[], v: number): void {
  for (let i = 0; i < lines.length; i++) if (lines[i] === v) return;
  lines.push(v);
}

/** The lines candidates() tries a pair of ports on, reused from one pair to the next. */
const lineXs: number[] = [];
const lineYs: number[] = [];

/** Adds the candidate with these corners to the list, unless it folds back through a shape at a port. */
function offerTo(list: Candidates, pa: Dir, pb: Dir, corners: 1 | 2, x1: number, y1: number, x2: number, y2: number): void {
  const base = measure(list.ends, corners, x1, y1, x2, y2, pa, pb);
  if (base >= 0) list.add(corners, x1, y1, x2, y2, base);
}

/**
 * Candidate routes between two fixed ports. The plain ones (straight, one bend, a Z through the
 * middle, a U round both ends) come first; `thorough` adds lines through the gaps between the shapes
 * in the way and round them, which takes a look at the shapes and is only worth it when the plain ones clash.
 */
function candidates(a: FlowBox, pa: Port, b: FlowBox, pb: Port, ctx: Context, thorough: boolean): Candidates {
  const P = portPoint(a, pa, ctx.vertical);
  const Q = portPoint(b, pb, ctx.vertical);
  const P1 = outward(P, pa.side, STUB, a);
  const Q1 = outward(Q, pb.side, STUB, b);
  const list = offered;
  list.reset({ P, P1, Q1, Q });
  const hx = horizontalSide(pa.side);
  const hy = horizontalSide(pb.side);
  if (!thorough) {
    // Straight across when the ports face each other on one line.
    const facing =
      (hx && hy && Math.abs(P.y - Q.y) < 0.01 && ((pa.side === 'R' && pb.side === 'L' && P.x < Q.x) || (pa.side === 'L' && pb.side === 'R' && P.x > Q.x))) ||
      (!hx && !hy && Math.abs(P.x - Q.x) < 0.01 && ((pa.side === 'B' && pb.side === 'T' && P.y < Q.y) || (pa.side === 'T' && pb.side === 'B' && P.y > Q.y)));
    if (facing) list.add(0, 0, 0, 0, 0, Math.abs(P.x - Q.x) + Math.abs(P.y - Q.y));
    // One bend.
    if (hx && !hy) offerTo(list, pa.side, pb.side, 1, Q1.x, P1.y, 0, 0);
    if (!hx && hy) offerTo(list, pa.side, pb.side, 1, P1.x, Q1.y, 0, 0);
  }
  const lowX = Math.min(P1.x, Q1.x);
  const highX = Math.max(P1.x, Q1.x);
  const lowY = Math.min(P1.y, Q1.y);
  const highY = Math.max(P1.y, Q1.y);
  // A Z through a vertical channel (the usual hand-off between lanes).
  const xs = lineXs;
  xs.length = 0;
  const midX = (P1.x + Q1.x) / 2;
  if (!thorough) {
    if (P1.x < Q1.x) for (const d of Z_SHIFTS) addOnce(xs, midX + d);
    addOnce(xs, P1.x);
    addOnce(xs, Q1.x);
    addOnce(xs, highX + 12);
    addOnce(xs, lowX - 12);
    addOnce(xs, P1.x + STEP_ASIDE);
    addOnce(xs, Q1.x - STEP_ASIDE);
  } else {
    if (Q1.x - P1.x > 60) for (const c of channels(ctx.shapes.within(lowX, lowY, highX, highY + 1), true, lowX, highX, midX)) for (const d of SIDESTEP) addOnce(xs, c + d);
    for (const c of detours(ctx.shapes, false, lowY, highY, lowX, highX, a, b)) addOnce(xs, c);
  }
  // On one line the Z collapses into the straight route: nothing new to try.
  if (Math.abs(P1.y - Q1.y) > 0.01) for (const x of xs) offerTo(list, pa.side, pb.side, 2, x, P1.y, x, Q1.y);
  // A U or Z through a horizontal channel: round shapes in the way, over or under the two ends.
  const ys = lineYs;
  ys.length = 0;
  const top = Math.min(a.y, b.y) - LOOP;
  const bottom = Math.max(a.y + a.h, b.y + b.h) + LOOP;
  if (!thorough) {
    if (P1.y < Q1.y) for (const d of U_SHIFTS) addOnce(ys, (P1.y + Q1.y) / 2 + d);
    const toward = Math.sign(Q1.y - P1.y);
    addOnce(ys, P1.y);
    addOnce(ys, Q1.y);
    addOnce(ys, top);
    addOnce(ys, bottom);
    addOnce(ys, top - 12);
    addOnce(ys, bottom + 12);
    addOnce(ys, P1.y + toward * STEP_ASIDE);
    addOnce(ys, Q1.y - toward * STEP_ASIDE);
  } else {
    if (highX - lowX > 40) for (const c of channels(ctx.shapes.within(lowX, top - LOOP, highX, bottom + LOOP), false, top - LOOP, bottom + LOOP, (lowY + highY) / 2)) for (const d of SIDESTEP) addOnce(ys, c + d);
    for (const c of detours(ctx.shapes, true, lowX, highX, Math.min(top, lowY), Math.max(bottom, highY), a, b)) addOnce(ys, c);
  }
  if (Math.abs(P1.x - Q1.x) > 0.01 || Math.abs(P1.y - Q1.y) > 0.01) for (const y of ys) offerTo(list, pa.side, pb.side, 2, P1.x, y, Q1.x, y);
  return list;
}

type SidePair = readonly [exit: Dir, entry: Dir, extra: number];

/** The sides a route may leave and enter by, and what each choice costs beyond its length. */
function sidePairs(a: FlowBox, b: FlowBox): readonly SidePair[] {
  const down = b.cy > a.cy;
  const toward: Dir = down ? 'B' : 'T';
  const facing: Dir = down ? 'T' : 'B';
  const apartAcross = b.y + b.h + STUB <= a.y || b.y >= a.y + a.h + STUB;
  if (b.x >= a.x + a.w + STUB) {
    return [
      ['R', 'L', 0],
      ['R', facing, ODD_SIDE],
      [toward, 'L', ODD_SIDE],
      [toward, facing, 2 * ODD_SIDE],
      ['T', 'T', ODD_SIDE],
      ['B', 'B', ODD_SIDE],
    ];
  }
  if (b.x + b.w <= a.x - STUB) {
    // Back to an earlier step: leave across the lanes, so the loop never runs on the forward line.
    if (apartAcross) {
      return [
        [toward, facing, 0],
        [toward, 'R', ODD_SIDE],
        ['L', facing, ODD_SIDE],
        ['L', 'R', ODD_SIDE],
      ];
    }
    return [
      ['T', 'T', 0],
      ['B', 'B', ODD_SIDE],
    ];
  }
  return [
    [toward, facing, 0],
    ['R', 'R', ODD_SIDE],
    ['L', 'L', ODD_SIDE],
    ['R', 'L', ODD_SIDE],
  ];
}

/** Where a straight line between two facing sides can run, if any: the target's centre line, else the source's. */
function straightOffsets(a: FlowBox, b: FlowBox, pa: Dir, vertical: boolean): [number, number] | null {
  const acrossAxis = horizontalSide(pa);
  const [ac, bc] = acrossAxis ? [a.cy, b.cy] : [a.cx, b.cx];
  const tol = (box: FlowBox) => straightTolerance(box.kind, box.page, (vertical ? !acrossAxis : acrossAxis) ? 'x' : 'y');
  if (Math.abs(ac - bc) < 0.5) return [0, 0];
  if (Math.abs(bc - ac) <= tol(a)) return [bc - ac, 0];
  if (Math.abs(ac - bc) <= tol(b)) return [0, ac - bc];
  return null;
}

interface Choice {
  points: Point[];
  exit: Port;
  entry: Port;
  /** What the route costs beyond its length and bends (0: it touches nothing). */
  cost: number;
  /** Length, bends and cost together: what routes are compared by. */
  total: number;
}

interface PortPair {
  exit: Port;
  entry: Port;
  extra: number;
}

const NO_CHOICE: Choice = { points: [], exit: port('R', 0), entry: port('L', 0), cost: Infinity, total: Infinity };

/**
 * The best route between one pair of ports: candidates tried cheapest-looking first, stopping once
 * none left can beat the best found; of those within a little of the best, the one crossing fewest lines.
 */
function bestFor(pair: PortPair, a: FlowBox, b: FlowBox, flow: string, ctx: Context, beat: number): Choice {
  if (ctx.budget.left <= 0) return NO_CHOICE;
  const plain = bestAmong(candidates(a, pair.exit, b, pair.entry, ctx, false), pair, a, b, flow, ctx, beat, PLAIN_TRIES);
  if (plain.cost === 0 || ctx.budget.left <= 0 || ctx.sketch) return plain;
  const thorough = bestAmong(candidates(a, pair.exit, b, pair.entry, ctx, true), pair, a, b, flow, ctx, Math.min(beat, plain.total), THOROUGH_TRIES);
  return thorough.total < plain.total ? thorough : plain;
}

const byExtra = (p: PortPair, q: PortPair) => p.extra - q.extra;

/** The routes bestAmong() keeps in the running, in lists reused from one call to the next (only the chosen one is copied out). */
const closePoints: Point[][] = [];
const closeBase: number[] = [];
const closeCost: number[] = [];

function keepClose(at: number, points: readonly Point[], base: number, cost: number): void {
  const kept = closePoints[at] ?? (closePoints[at] = []);
  for (let i = 0; i < points.length; i++) {
    const p = kept[i] ?? (kept[i] = { x: 0, y: 0 });
    p.x = points[i]!.x;
    p.y = points[i]!.y;
  }
  kept.length = points.length;
  closeBase[at] = base;
  closeCost[at] = cost;
}

function bestAmong(list: Candidates, pair: PortPair, a: FlowBox, b: FlowBox, flow: string, ctx: Context, beat: number, tries: number): Choice {
  list.sort();
  let bestCost = beat;
  let close = 0;
  let left = tries;
  for (let n = 0; n < list.count; n++) {
    const k = list.order[n]!;
    const base = list.base[k]! + pair.extra;
    if (base >= bestCost + CROSSING_WINDOW || close > 6 || left-- <= 0 || ctx.budget.left-- <= 0) break;
    const points = pointsOf(list, k);
    const cost = base + penalty(points, a, b, flow, ctx, bestCost + CROSSING_WINDOW - base);
    if (cost < bestCost + CROSSING_WINDOW) keepClose(close++, points, base, cost);
    bestCost = Math.min(bestCost, cost);
  }
  let chosen = -1;
  let chosenTotal = Infinity;
  for (let c = 0; c < close; c++) {
    if (closeCost[c]! >= bestCost + CROSSING_WINDOW) continue;
    const total = closeCost[c]! + CROSSING * crossingCount(closePoints[c]!, flow, ctx);
    if (total < chosenTotal) {
      chosen = c;
      chosenTotal = total;
    }
  }
  if (chosen < 0) return NO_CHOICE;
  return { points: keptPoints(closePoints[chosen]!), exit: pair.exit, entry: pair.entry, cost: closeCost[chosen]! - closeBase[chosen]!, total: chosenTotal };
}

/** The fewest bends any route between these ports can have: none facing on one line, one at right angles, else two. */
function fewestBends(pair: PortPair, p: Point, q: Point): number {
  const h1 = horizontalSide(pair.exit.side);
  const h2 = horizontalSide(pair.entry.side);
  if (h1 !== h2) return 1;
  const aligned = h1 ? Math.abs(p.y - q.y) < 0.01 : Math.abs(p.x - q.x) < 0.01;
  return aligned && OUT_OF[pair.exit.side] === INTO[pair.entry.side] ? 0 : 2;
}

/** Where search() works out a pair's ports, to bound its routes from below. */
const boundP: Point = { x: 0, y: 0 };
const boundQ: Point = { x: 0, y: 0 };

/** The best route over several port pairs (in order of their extra cost); a pair whose shortest possible route cannot win is skipped. */
function search(pairs: readonly PortPair[], a: FlowBox, b: FlowBox, flow: string, ctx: Context): Choice {
  let best = NO_CHOICE;
  for (const pair of pairs) {
    const p = portPointInto(boundP, a, pair.exit, ctx.vertical);
    const q = portPointInto(boundQ, b, pair.entry, ctx.vertical);
    if (pair.extra + Math.abs(p.x - q.x) + Math.abs(p.y - q.y) + BEND * fewestBends(pair, p, q) >= best.total) continue;
    const found = bestFor(pair, a, b, flow, ctx, best.total);
    if (found.total < best.total) best = found;
  }
  return best;
}

/** Offsets a port may take on a side of a box: the middle, or (when searching harder) spread either way within the side. */
function offsetsOn(box: FlowBox, side: Dir, wide: boolean): number[] {
  if (!wide) return [0];
  const reach = ((horizontalSide(side) ? box.h : box.w) * 0.6) / 2;
  return [0, -PORT_GAP, PORT_GAP].filter((o) => Math.abs(o) <= reach);
}

/** The sides (and ports on them) a route between two steps may use, in order of their extra cost. */
function portPairs(a: FlowBox, b: FlowBox, vertical: boolean, wide: boolean): PortPair[] {
  const pairs: PortPair[] = [];
  for (const [exit, entry, extra] of sidePairs(a, b)) {
    const facingPair = (exit === 'R' && entry === 'L') || (exit === 'B' && entry === 'T') || (exit === 'T' && entry === 'B') || (exit === 'L' && entry === 'R');
    const straight = facingPair ? straightOffsets(a, b, exit, vertical) : null;
    if (straight && (straight[0] !== 0 || straight[1] !== 0)) pairs.push({ exit: port(exit, straight[0]), entry: port(entry, straight[1]), extra });
    // Searching harder, one end at a time moves off the middle of its side.
    for (const from of offsetsOn(a, exit, wide)) pairs.push({ exit: port(exit, from), entry: port(entry, 0), extra });
    for (const to of offsetsOn(b, entry, wide)) if (to !== 0) pairs.push({ exit: port(exit, 0), entry: port(entry, to), extra });
  }
  return pairs.sort(byExtra);
}

/**
 * The route for one flow. With ports given (the second pass), the first-pass route is kept when it
 * still touches nothing, else routes from those ports are tried; if every one runs into something,
 * the flow may leave and enter by other sides after all.
 */
function best(a: FlowBox, b: FlowBox, flow: string, ctx: Context, fixed?: { exit: Port; entry: Port; keep?: Point[] }): Choice {
  ctx.budget.left = TRIES;
  if (fixed?.keep && penalty(fixed.keep, a, b, flow, ctx, 1) === 0) {
    const base = lengthOf(fixed.keep) + BEND * (fixed.keep.length - 2);
    return { points: fixed.keep, exit: fixed.exit, entry: fixed.entry, cost: 0, total: base };
  }
  if (!fixed) return search(portPairs(a, b, ctx.vertical, false), a, b, flow, ctx);
  const first = search([{ exit: fixed.exit, entry: fixed.entry, extra: 0 }], a, b, flow, ctx);
  // Crossing other flows is fine; only a real clash (a shape, a separator, a shared line) sends it looking further.
  if (first.cost < ALONG_SEPARATOR) return first;
  ctx.budget.left = TRIES;
  const other = search(portPairs(a, b, ctx.vertical, true), a, b, flow, ctx);
  const better = other.total < first.total ? other : first;
  if (!throughShape(better.points, a, b, ctx)) return better;
  const found = gridRoute(a, b, flow, ctx, better.cost < first.cost ? better : first);
  return found && found.total < better.total ? found : better;
}

/** Whether a route passes through (or too close to) a shape other than its ends. */
function throughShape(points: readonly Point[], a: FlowBox, b: FlowBox, ctx: Context): boolean {
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const end = i === 1 || i === points.length - 1;
    if (ctx.shapes.hits(p.x, p.y, q.x, q.y, end ? a : null, end ? b : null) > 0) return true;
  }
  return false;
}

/** A route found on a grid through the free space, from the ports of a choice that ran into a shape. */
function gridRoute(a: FlowBox, b: FlowBox, flow: string, ctx: Context, from: Choice): Choice | null {
  if (!from.points.length || ctx.searches.left-- <= 0) return null;
  const P = portPoint(a, from.exit, ctx.vertical);
  const Q = portPoint(b, from.entry, ctx.vertical);
  const P1 = outward(P, from.exit.side, STUB, a);
  const Q1 = outward(Q, from.entry.side, STUB, b);
  const margin = 240;
  const [x1, x2] = [Math.min(a.x, b.x) - margin, Math.max(a.x + a.w, b.x + b.w) + margin];
  const [y1, y2] = [Math.max(ctx.across[0] + 4, Math.min(a.y, b.y) - margin), Math.min(ctx.across[1] - 4, Math.max(a.y + a.h, b.y + b.h) + margin)];
  const near = ctx.shapes.within(x1, y1, x2, y2);
  const aside = CLEAR + 6;
  const beside = ctx.segments.linesNear(x1, y1, x2, y2);
  const xs = [x1, x2, ...near.flatMap((o) => [o.x - aside, o.x + o.w + aside]), ...ctx.phaseBorders.all.flatMap((l) => [l - SEPARATOR_CLEAR - 2, l + SEPARATOR_CLEAR + 2]), ...beside.xs.flatMap((x) => [x - NEAR - 2, x + NEAR + 2])];
  const ys = [y1, y2, ...near.flatMap((o) => [o.y - aside, o.y + o.h + aside]), ...ctx.laneBorders.all.flatMap((l) => [l - SEPARATOR_CLEAR - 2, l + SEPARATOR_CLEAR + 2]), ...beside.ys.flatMap((y) => [y - NEAR - 2, y + NEAR + 2])];
  const path = searchGrid({
    from: P1,
    to: Q1,
    xs: xs.filter((x) => x >= x1 && x <= x2),
    ys: ys.filter((y) => y >= y1 && y <= y2),
    free: (x, y) => ctx.shapes.hits(x, y, x, y, null, null) === 0,
    open: (px, py, qx, qy) => ctx.shapes.hits(px, py, qx, qy, null, null) === 0,
    cost: (px, py, qx, qy) => {
      const s = costed;
      s.flow = flow;
      if (!segmentInto(s, px, py, qx, qy)) return 0;
      const extra = (s.horizontal ? ctx.laneBorders : ctx.phaseBorders).addAlong(0, s);
      const shared = ctx.segments.overlap(s);
      return extra + (shared > 0 ? OVERLAP + 4 * shared : 0);
    },
    bend: BEND,
  });
  if (!path) return null;
  const points = simplify([P, ...path, Q]);
  if (points.length < 2 || !heads(points[0]!, points[1]!, from.exit.side) || !heads(points[points.length - 1]!, points[points.length - 2]!, from.entry.side)) return null;
  const cost = penalty(points, a, b, flow, ctx, Infinity);
  return { points, exit: from.exit, entry: from.entry, cost, total: lengthOf(points) + BEND * (points.length - 2) + cost };
}

/** A loop from a step back to itself, under it and clear of its sides. */
function selfLoop(a: FlowBox, vertical: boolean): Point[] {
  const out = a.w / 5;
  const foot = a.y + a.h + LOOP;
  const p = portPoint(a, port('B', out), vertical);
  const q = portPoint(a, port('B', -out), vertical);
  return [p, { x: p.x, y: foot }, { x: q.x, y: foot }, q];
}

/** A route through the user's corners: right angles between them, clipped where it leaves and enters the shapes. */
function throughBends(a: FlowBox, b: FlowBox, bends: readonly Point[], vertical: boolean): Point[] {
  const inner = bends.map((p) => (vertical ? { x: p.y, y: p.x } : { ...p }));
  const first = inner[0]!;
  const last = inner[inner.length - 1]!;
  const start = exitToward(a, first, vertical);
  const end = exitToward(b, last, vertical);
  const path: Point[] = [start.port];
  let at = start.port;
  const joinTo = (q: Point, horizontalFirst: boolean) => {
    if (Math.abs(at.x - q.x) > 0.01 && Math.abs(at.y - q.y) > 0.01) path.push(horizontalFirst ? { x: q.x, y: at.y } : { x: at.x, y: q.y });
    path.push(q);
    at = q;
  };
  joinTo(first, start.horizontal);
  for (const p of inner.slice(1)) joinTo(p, Math.abs(path[path.length - 2]!.y - at.y) > 0.01);
  // The last leg enters the target square to its side.
  if (Math.abs(at.x - end.port.x) > 0.01 && Math.abs(at.y - end.port.y) > 0.01) path.push(end.horizontal ? { x: at.x, y: end.port.y } : { x: end.port.x, y: at.y });
  path.push(end.port);
  return simplify(path);
}

/** The side of a shape facing a point, and the port there on the line to it (or its centre line). */
function exitToward(box: FlowBox, toward: Point, vertical: boolean): { port: Point; horizontal: boolean } {
  const withinAcross = toward.y > box.y + 2 && toward.y < box.y + box.h - 2;
  const withinAlong = toward.x > box.x + 2 && toward.x < box.x + box.w - 2;
  if (withinAcross || (!withinAlong && Math.abs(toward.x - box.cx) / box.w >= Math.abs(toward.y - box.cy) / box.h)) {
    const side: Dir = toward.x >= box.cx ? 'R' : 'L';
    return { port: portPoint(box, port(side, withinAcross ? toward.y - box.cy : 0), vertical), horizontal: true };
  }
  const side: Dir = toward.y >= box.cy ? 'B' : 'T';
  return { port: portPoint(box, port(side, withinAlong ? toward.x - box.cx : 0), vertical), horizontal: false };
}

/** Where a route heads along the side it leaves by: the first point off the port's line (its far end when it runs straight). */
function towardOf(points: readonly Point[], side: Dir): Point {
  const start = points[0]!;
  const along = horizontalSide(side) ? (p: Point) => p.y : (p: Point) => p.x;
  return points.find((p) => Math.abs(along(p) - along(start)) > 0.5) ?? points[points.length - 1]!;
}

/**
 * Ports of flows sharing a side, spread along it in the order their routes go, so no two meet. A flow
 * that ran straight keeps its place on the side and the others line up beside it.
 */
function spreadPorts(choices: Map<string, Choice>, flows: readonly RouterFlow[], boxes: ReadonlyMap<string, FlowBox>): Map<string, { exit: Port; entry: Port; keep?: Point[] }> {
  const bySide = new Map<string, Array<{ flow: string; end: 'exit' | 'entry'; toward: number; straight: boolean; preferred: number }>>();
  for (const f of flows) {
    const c = choices.get(f.id);
    if (!c || c.points.length < 2) continue;
    const straight = c.points.length === 2;
    const add = (stepId: string, port: Port, end: 'exit' | 'entry', next: Point) => {
      const key = `${stepId}|${port.side}`;
      (bySide.get(key) ?? bySide.set(key, []).get(key)!).push({ flow: f.id, end, toward: horizontalSide(port.side) ? next.y : next.x, straight, preferred: port.offset });
    };
    add(f.fromStepId, c.exit, 'exit', towardOf(c.points, c.exit.side));
    add(f.toStepId, c.entry, 'entry', towardOf([...c.points].reverse(), c.entry.side));
  }
  const ports = new Map<string, { exit: Port; entry: Port; keep?: Point[] }>();
  for (const f of flows) {
    const c = choices.get(f.id);
    if (c) ports.set(f.id, { exit: port(c.exit.side, c.exit.offset), entry: port(c.entry.side, c.entry.offset), keep: c.points });
  }
  for (const [key, users] of bySide) {
    if (users.length < 2) continue;
    const [stepId, side] = key.split('|') as [string, Dir];
    const box = boxes.get(stepId)!;
    const reach = ((horizontalSide(side) ? box.h : box.w) * (box.kind === 'task' || box.kind === 'approval' ? 0.8 : 0.6)) / 2;
    const gap = Math.min(PORT_GAP, (2 * reach) / (users.length - 1));
    users.sort((p, q) => p.toward - q.toward || p.flow.localeCompare(q.flow));
    const anchor = users.findIndex((u) => u.straight);
    let offsets = users.map((_, i) => (i - (users.length - 1) / 2) * gap);
    if (anchor >= 0) {
      const pinned = users.map((_, i) => users[anchor]!.preferred + (i - anchor) * gap);
      if (pinned.every((o) => Math.abs(o) <= reach + 0.01)) offsets = pinned;
    }
    users.forEach((u, i) => {
      const port = ports.get(u.flow)!;
      if (port[u.end].offset !== offsets[i]) delete port.keep;
      port[u.end].offset = offsets[i]!;
    });
  }
  return ports;
}

/**
 * The last resort against shared lines: where two routes still run along each other, one of the two
 * segments is moved sideways (its neighbours stretch to follow, so the route stays right-angled), to
 * whichever side is clear. A middle segment moves freely; an end segment moves its port along the side.
 * `index` holds every route and is kept up to date as they move, so each round sees every line where it
 * is now; a moved segment is checked against the shapes `alone` (the other lines it was checked against already).
 */
function nudge(routes: Map<string, Point[]>, flows: readonly RouterFlow[], boxes: ReadonlyMap<string, FlowBox>, ctx: Context, index: SegmentIndex, alone: Context): RouterFlow[] {
  const ends = new Map(flows.map((f) => [f.id, { a: boxes.get(f.fromStepId)!, b: boxes.get(f.toStepId)! }]));
  // A moved route runs along no other line, so a route clear of the others stays clear: each round
  // looks again only at those that ran into something the round before.
  let tangled: readonly RouterFlow[] = flows;
  let freed: number[][] | null = null;
  for (let round = 0; round < 4; round++) {
    let moved = false;
    const met: RouterFlow[] = [];
    const movedNow: number[][] = [];
    for (const f of tangled) {
      const points = routes.get(f.id)!;
      // Without a grid search left, a route stuck last round can only get unstuck where another moved near it.
      if (freed && ctx.searches.left <= 0 && !freed.some((r) => meets(r, extentOf(points, SHIFT_REACH)))) {
        met.push(f);
        continue;
      }
      let clashes = false;
      for (let i = 1; i < points.length; i++) {
        const s = costed;
        s.flow = f.id;
        if (!segmentInto(s, points[i - 1]!.x, points[i - 1]!.y, points[i]!.x, points[i]!.y) || (index.overlap(s) === 0 && !onSeparator(s, ctx))) continue;
        if (!clashes) met.push(f);
        clashes = true;
        const shifted = shiftSegment(points, i, ends.get(f.id)!, index, f.id, ctx, alone);
        if (!shifted) continue;
        index.remove(f.id);
        index.add(shifted, f.id);
        routes.set(f.id, shifted);
        movedNow.push(extentOf(points, 0), extentOf(shifted, 0));
        moved = true;
        clashes = false;
        break;
      }
      // No single segment could step aside: look for a whole new way round, beside the lines already there.
      if (clashes) {
        const { a, b } = ends.get(f.id)!;
        index.remove(f.id);
        const found = reroute(a, b, f.id, { ...ctx, segments: index }, choiceOf(points, a, b));
        index.add(found ? found.points : points, f.id);
        if (found) {
          routes.set(f.id, found.points);
          movedNow.push(extentOf(points, 0), extentOf(found.points, 0));
          moved = true;
        }
      }
    }
    tangled = met;
    freed = movedNow;
    if (!moved) break;
  }
  return [...tangled];
}

/**
 * Where nudge() left two routes along each other, one of the segments moves to the nearest place
 * clear of every line beside it: steps of a fixed size miss the narrow gaps a busy channel leaves.
 */
function spreadApart(routes: Map<string, Point[]>, tangled: readonly RouterFlow[], boxes: ReadonlyMap<string, FlowBox>, ctx: Context, index: SegmentIndex, alone: Context): void {
  let left = tangled;
  // Where a route moved, the ones still stuck near where it was and where it went may find room now.
  let freed: number[][] | null = null;
  for (let round = 0; round < 4 && left.length > 0; round++) {
    const moved: number[][] = [];
    const stuck: RouterFlow[] = [];
    for (const f of left) {
      const points = routes.get(f.id)!;
      if (freed && !freed.some((r) => meets(r, extentOf(points, GAP_REACH)))) {
        stuck.push(f);
        continue;
      }
      const ends = { a: boxes.get(f.fromStepId)!, b: boxes.get(f.toStepId)! };
      const bad: number[] = [];
      for (let i = 1; i < points.length; i++) {
        const s = costed;
        s.flow = f.id;
        if (segmentInto(s, points[i - 1]!.x, points[i - 1]!.y, points[i]!.x, points[i]!.y) && (index.overlap(s) > 0 || onSeparator(s, ctx))) bad.push(i);
      }
      // Moving a segment stretches the two beside it and leaves the rest: clashes further apart stay.
      let shifted: Point[] | null = null;
      if (bad.length > 0 && bad[bad.length - 1]! - bad[0]! <= 2) {
        for (const i of bad) {
          if (bad[0]! >= i - 1 && bad[bad.length - 1]! <= i + 1) shifted = moveToGap(points, i, ends, index, f.id, ctx, alone);
          if (shifted) break;
        }
      }
      if (shifted) {
        index.remove(f.id);
        index.add(shifted, f.id);
        routes.set(f.id, shifted);
        moved.push(extentOf(points, 0), extentOf(shifted, 0));
      } else if (bad.length > 0) stuck.push(f);
    }
    if (moved.length === 0) return;
    freed = moved;
    left = stuck;
  }
}

/** The box round a route, grown by `by` each way: [x1, y1, x2, y2]. */
function extentOf(points: readonly Point[], by: number): number[] {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return [x1 - by, y1 - by, x2 + by, y2 + by];
}

const meets = (r: readonly number[], q: readonly number[]) => r[0]! <= q[2]! && q[0]! <= r[2]! && r[1]! <= q[3]! && q[1]! <= r[3]!;

/** How far moveToGap() looks to either side of a segment, and how many places it tries. */
const GAP_REACH = 4 * APART;
const GAP_TRIES = 12;

/** The route with segment i moved to the nearest place at least NEAR from other flows' lines and off the separators, or null. */
function moveToGap(points: readonly Point[], i: number, ends: { a: FlowBox; b: FlowBox }, index: SegmentIndex, flow: string, ctx: Context, alone: Context): Point[] | null {
  const s = probe;
  s.flow = flow;
  segmentInto(s, points[i - 1]!.x, points[i - 1]!.y, points[i]!.x, points[i]!.y);
  const at = s.at;
  const others = index.parallelTo(s, GAP_REACH + APART);
  const lines = (s.horizontal ? ctx.laneBorders : ctx.phaseBorders).all.filter((l) => Math.abs(l - at) < GAP_REACH + SEPARATOR_CLEAR);
  const places: number[] = [];
  for (const o of others) for (const d of [NEAR + 0.5, APART]) places.push(o - d, o + d);
  for (const l of lines) for (const d of [NEAR, SEPARATOR_CLEAR]) places.push(l - d, l + d);
  const free = (x: number) => Math.abs(x - at) > 0.5 && Math.abs(x - at) <= GAP_REACH && others.every((o) => Math.abs(o - x) >= NEAR) && lines.every((l) => Math.abs(l - x) >= NEAR / 2);
  const tries = [...new Set(places.filter(free))].sort((p, q) => Math.abs(p - at) - Math.abs(q - at) || p - q).slice(0, GAP_TRIES);
  const next = points.map((x) => ({ x: x.x, y: x.y }));
  for (const x of tries) {
    const candidate = movedBy(points, next, i, x - at, ends, ctx.vertical);
    // The route must still leave and enter as it did, with room for the arrow on its last leg.
    if (!candidate || !sameWay(points, candidate) || !clearOf(candidate, ends, index, flow, ctx, alone)) continue;
    if (lengthOf([candidate[0]!, candidate[1]!]) < NEAR || lengthOf([candidate[candidate.length - 2]!, candidate[candidate.length - 1]!]) < NEAR) continue;
    return simplify(candidate);
  }
  return null;
}

/** Whether a moved route leaves its first shape and enters its last the way the route before did. */
function sameWay(before: readonly Point[], after: readonly Point[]): boolean {
  const way = (p: Point, q: Point) => (Math.abs(p.y - q.y) < 0.01 ? (q.x > p.x ? 0 : 1) : q.y > p.y ? 2 : 3);
  const n = before.length;
  return way(before[0]!, before[1]!) === way(after[0]!, after[1]!) && way(before[n - 2]!, before[n - 1]!) === way(after[n - 2]!, after[n - 1]!);
}

/**
 * The flows that still touch a shape, a separator or another flow's line are routed once more from
 * any pair of sides, every other line in view: the grid finds ways round the lines that block the
 * sides they had.
 */
function repair(routes: Map<string, Point[]>, flows: readonly RouterFlow[], tangled: readonly RouterFlow[], boxes: ReadonlyMap<string, FlowBox>, ctx: Context, index: SegmentIndex): void {
  // Grid searches are what a large process runs short of first: without one left, nothing here can help.
  if (ctx.searches.left <= 0) return;
  const seen: Context = { ...ctx, segments: index, sketch: false };
  const along = new Set(tangled);
  for (const f of flows) {
    const points = routes.get(f.id)!;
    const a = boxes.get(f.fromStepId)!;
    const b = boxes.get(f.toStepId)!;
    if (!(along.has(f) && clashes(points, f.id, index, ctx)) && !throughShape(points, a, b, ctx)) continue;
    index.remove(f.id);
    if (ctx.searches.left <= 0) return;
    const found = cleanRoute(a, b, f.id, seen);
    index.add(found ?? points, f.id);
    if (found) routes.set(f.id, found);
  }
}

/** Whether a route runs along another flow's line or a separator. */
function clashes(points: readonly Point[], flow: string, index: SegmentIndex, ctx: Context): boolean {
  const s = costed;
  s.flow = flow;
  for (let i = 1; i < points.length; i++) if (segmentInto(s, points[i - 1]!.x, points[i - 1]!.y, points[i]!.x, points[i]!.y) && (index.overlap(s) > 0 || onSeparator(s, ctx))) return true;
  return false;
}

/** The cheapest route from any pair of sides that touches no shape, separator or other line; null when none is found. */
function cleanRoute(a: FlowBox, b: FlowBox, flow: string, ctx: Context): Point[] | null {
  const clean = (c: Choice | null): c is Choice => !!c && c.points.length > 1 && c.cost < ALONG_SEPARATOR && !throughShape(c.points, a, b, ctx) && !clashes(c.points, flow, ctx.segments, ctx);
  let chosen: Choice | null = null;
  for (const pair of portPairs(a, b, ctx.vertical, true)) {
    const found = gridRoute(a, b, flow, ctx, { points: [portPoint(a, pair.exit, ctx.vertical)], exit: pair.exit, entry: pair.entry, cost: 0, total: 0 });
    if (clean(found) && (!chosen || found.total + pair.extra < chosen.total)) chosen = { ...found, total: found.total + pair.extra };
  }
  return chosen ? chosen.points : null;
}

/** Port moves tried when a route is searched for anew: as it was, then one end or the other a little along its side. */
const PORT_MOVES: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0, PORT_GAP],
  [0, -PORT_GAP],
  [PORT_GAP, 0],
  [-PORT_GAP, 0],
  [0, 2 * PORT_GAP],
  [0, -2 * PORT_GAP],
];

/** A clean route on the grid from the same sides, the ports moved along them if need be; null when none is clear. */
function reroute(a: FlowBox, b: FlowBox, flow: string, ctx: Context, was: Choice): Choice | null {
  const room = (box: FlowBox, side: Dir) => (horizontalSide(side) ? box.h : box.w) / 2 - PORT_INSET;
  for (const [dx, dy] of PORT_MOVES) {
    const exit = port(was.exit.side, was.exit.offset + dx);
    const entry = port(was.entry.side, was.entry.offset + dy);
    if (Math.abs(exit.offset) > room(a, exit.side) || Math.abs(entry.offset) > room(b, entry.side)) continue;
    const found = gridRoute(a, b, flow, ctx, { ...was, exit, entry });
    if (found && found.cost < ALONG_SEPARATOR && !throughShape(found.points, a, b, ctx)) return found;
  }
  return null;
}

/** A route as a choice: the sides and offsets of its two ends. */
function choiceOf(points: readonly Point[], a: FlowBox, b: FlowBox): Choice {
  const end = (p: Point, next: Point, box: FlowBox): Port => {
    const horizontal = Math.abs(p.y - next.y) < 0.01;
    return horizontal ? port(next.x > p.x ? 'R' : 'L', p.y - box.cy) : port(next.y > p.y ? 'B' : 'T', p.x - box.cx);
  };
  const exit = end(points[0]!, points[1]!, a);
  const entry = end(points[points.length - 1]!, points[points.length - 2]!, b);
  return { points: [...points], exit, entry, cost: 0, total: 0 };
}

/** Whether a segment runs right along a lane or phase separator (where it would read as the separator). */
function onSeparator(s: Segment, ctx: Context): boolean {
  return (s.horizontal ? ctx.laneBorders : ctx.phaseBorders).under(s);
}

/** How far shiftSegment() tries moving a segment, in steps of NEAR + 2, nearest first. */
const SHIFTS = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5] as const;
/** How far from a route shiftSegment() looks: its furthest step, and the lines beside it. */
const SHIFT_REACH = 5 * (NEAR + 2) + APART;

/** The route with segment i (points i-1 to i) moved aside by the smallest step that clears every other line, or null (`alone`: the context without routed lines). */
function shiftSegment(points: readonly Point[], i: number, ends: { a: FlowBox; b: FlowBox }, index: SegmentIndex, flow: string, ctx: Context, alone: Context): Point[] | null {
  // One copy of the route, moved afresh for each step tried (the one returned keeps it).
  const next = points.map((x) => ({ x: x.x, y: x.y }));
  for (const step of SHIFTS) {
    const candidate = movedBy(points, next, i, step * (NEAR + 2), ends, ctx.vertical);
    if (candidate && clearOf(candidate, ends, index, flow, ctx, alone)) return simplify(candidate);
  }
  return null;
}

/**
 * The route with segment i moved sideways by d, written into `next`: its neighbours stretch to follow,
 * and an end segment takes its port along the side with it (null when that leaves the side).
 */
function movedBy(points: readonly Point[], next: Point[], i: number, d: number, ends: { a: FlowBox; b: FlowBox }, vertical: boolean): Point[] | null {
  const horizontal = Math.abs(points[i - 1]!.y - points[i]!.y) < 0.01;
  for (let k = 0; k < points.length; k++) {
    next[k]!.x = points[k]!.x;
    next[k]!.y = points[k]!.y;
  }
  if (horizontal) {
    next[i - 1]!.y += d;
    next[i]!.y += d;
  } else {
    next[i - 1]!.x += d;
    next[i]!.x += d;
  }
  const first = i === 1;
  const last = i === points.length - 1;
  return first || last ? reattach(next, ends, vertical, first, last) : next;
}

/** Whether a moved route keeps off other flows' lines and the separators, and clear of the shapes. */
function clearOf(candidate: readonly Point[], ends: { a: FlowBox; b: FlowBox }, index: SegmentIndex, flow: string, ctx: Context, alone: Context): boolean {
  const s = probe;
  s.flow = flow;
  for (let k = 1; k < candidate.length; k++) {
    const c = candidate[k]!;
    const b = candidate[k - 1]!;
    if (segmentInto(s, b.x, b.y, c.x, c.y) && (index.overlap(s) > 0 || onSeparator(s, ctx))) return false;
  }
  return penalty(candidate, ends.a, ends.b, flow, alone, HIT) < HIT;
}

/** After an end segment moved, its port is put back on the shape's outline on the new line; null when the line misses the side. */
function reattach(points: Point[], ends: { a: FlowBox; b: FlowBox }, vertical: boolean, first: boolean, last: boolean): Point[] | null {
  const fix = (k: number, neighbour: number, box: FlowBox): boolean => {
    const p = points[k]!;
    const n = points[neighbour]!;
    const horizontal = Math.abs(p.y - n.y) < 0.01;
    if (horizontal) {
      if (p.y <= box.y + PORT_INSET || p.y >= box.y + box.h - PORT_INSET) return false;
      const side: Dir = n.x > box.cx ? 'R' : 'L';
      points[k] = portPoint(box, port(side, p.y - box.cy), vertical);
    } else {
      if (p.x <= box.x + PORT_INSET || p.x >= box.x + box.w - PORT_INSET) return false;
      const side: Dir = n.y > box.cy ? 'B' : 'T';
      points[k] = portPoint(box, port(side, p.x - box.cx), vertical);
    }
    return true;
  };
  if (first && !fix(0, 1, ends.a)) return null;
  if (last && !fix(points.length - 1, points.length - 2, ends.b)) return null;
  return points;
}

/** Arrows touching a delivery point's foot end on its wave, not on the box below it. */
function onDocumentFoot(p: Point, box: FlowBox, vertical: boolean): Point {
  const r = box.page;
  const page = vertical ? { x: p.y, y: p.x } : p;
  if (box.kind !== 'delivery' || Math.abs(page.y - (r.y + r.height)) > 0.5 || page.x < r.x || page.x > r.x + r.width) return page;
  return { x: page.x, y: documentFootY(r, page.x) };
}

function toPage(points: readonly Point[], a: FlowBox, b: FlowBox, vertical: boolean): Point[] {
  const page = points.map((p) => (vertical ? { x: p.y, y: p.x } : { x: p.x, y: p.y }));
  if (points.length > 0) {
    page[0] = onDocumentFoot(points[0]!, a, vertical);
    page[page.length - 1] = onDocumentFoot(points[points.length - 1]!, b, vertical);
  }
  return page;
}

/** Routes for every flow whose two steps are given, in page units, each starting and ending on its shapes' borders. */
export function routeFlows(input: RouterInput): Routes {
  const vertical = input.orientation === 'vertical';
  const boxes = new Map(input.steps.map((s) => [s.id, flowBox(s, vertical)]));
  const ctx: Context = {
    searches: { left: Math.max(12, 300 - input.flows.length) },
    sketch: false,
    budget: { left: TRIES },
    vertical,
    shapes: new ShapeIndex([...boxes.values()]),
    segments: new SegmentIndex(),
    laneBorders: new SeparatorLines(input.laneBorders),
    phaseBorders: new SeparatorLines(input.phaseBorders),
    across: input.acrossRange,
  };
  const routes: Routes = new Map();
  const flows = input.flows.filter((f) => boxes.has(f.fromStepId) && boxes.has(f.toStepId));
  // Fixed routes first (hand-shaped ones and loops), so the others keep clear of them.
  const free: RouterFlow[] = [];
  const fixed = new Map<string, Point[]>();
  for (const f of flows) {
    const a = boxes.get(f.fromStepId)!;
    const b = boxes.get(f.toStepId)!;
    if (f.fromStepId === f.toStepId) fixed.set(f.id, selfLoop(a, vertical));
    else if (f.bends.length > 0) fixed.set(f.id, throughBends(a, b, f.bends, vertical));
    else free.push(f);
  }
  for (const [id, points] of fixed) ctx.segments.add(points, id);
  // Along the flow, then across: routes near the start settle first, as a reader follows them.
  free.sort((p, q) => {
    const a = boxes.get(p.fromStepId)!;
    const b = boxes.get(q.fromStepId)!;
    return a.x - b.x || a.y - b.y || p.id.localeCompare(q.id);
  });
  // First pass: sides and shapes of the routes, each port in the middle of its side.
  const firstPass = new Map<string, Choice>();
  const sketching = { ...ctx, sketch: true, segments: new SegmentIndex() };
  for (const f of free) firstPass.set(f.id, best(boxes.get(f.fromStepId)!, boxes.get(f.toStepId)!, f.id, sketching));
  // Second pass: ports spread where sides are shared, routes chosen again with the lines already drawn in view.
  const ports = spreadPorts(firstPass, free, boxes);
  const secondPass = new Map<string, Choice>();
  for (const f of free) {
    const choice = best(boxes.get(f.fromStepId)!, boxes.get(f.toStepId)!, f.id, ctx, ports.get(f.id));
    ctx.segments.add(choice.points, f.id);
    secondPass.set(f.id, choice);
  }
  // A route settled early could not keep clear of lines drawn after it, and routes that changed course
  // may now reach their sides in another order: those flows are routed once more, with every other line
  // in view and their ports spread again.
  const again = spreadPorts(secondPass, free, boxes);
  for (const f of free) {
    const before = secondPass.get(f.id)!;
    const now = again.get(f.id)!;
    const moved = now.exit.offset !== before.exit.offset || now.exit.side !== before.exit.side || now.entry.offset !== before.entry.offset || now.entry.side !== before.entry.side;
    if (!moved && before.cost < OVERLAP) continue;
    ctx.segments.remove(f.id);
    const a = boxes.get(f.fromStepId)!;
    const b = boxes.get(f.toStepId)!;
    const current = penalty(before.points, a, b, f.id, ctx, Infinity);
    // A route that touches nothing cannot be beaten (no route costs less than nothing): it stays.
    const choice = current === 0 ? null : best(a, b, f.id, ctx, { exit: now.exit, entry: now.entry });
    const keep = !choice || choice.cost >= current;
    ctx.segments.add(keep ? before.points : choice.points, f.id);
    if (!keep) secondPass.set(f.id, choice);
  }
  for (const [id, choice] of secondPass) fixed.set(id, choice.points);
  // The last resorts against what is left, each with every route where it is now in one index.
  const index = new SegmentIndex();
  for (const [id, points] of fixed) index.add(points, id);
  const alone: Context = { ...ctx, segments: new SegmentIndex() };
  const tangled = nudge(fixed, free, boxes, ctx, index, alone);
  spreadApart(fixed, tangled, boxes, ctx, index, alone);
  repair(fixed, free, tangled, boxes, ctx, index);
  for (const f of flows) routes.set(f.id, toPage(fixed.get(f.id)!, boxes.get(f.fromStepId)!, boxes.get(f.toStepId)!, vertical));
  return routes;
}
