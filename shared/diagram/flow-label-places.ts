import type { Point } from './flow-routes';
import type { Rect } from './geometry';

/**
 * Where flow labels (通过 / 驳回 …) go: beside their own line, near where it leaves its step, clear of
 * every line, shape and label already placed. Each label tries spots on either side of its legs,
 * best first, and takes the first that touches nothing (else the one that touches least).
 */

export interface LabelRequest {
  flowId: string;
  width: number;
  height: number;
}

const GAP = 3;
const CELL = 128;

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Rectangles filed in a grid (segments as thin rectangles), for "what does this box touch". */
class RectGrid {
  private readonly cells = new Map<number, Rect[]>();

  add(r: Rect): void {
    this.each(r, (k) => (this.cells.get(k) ?? this.cells.set(k, []).get(k)!).push(r));
  }

  count(r: Rect, skip?: ReadonlySet<Rect>): number {
    const seen = new Set<Rect>();
    this.each(r, (k) => {
      for (const o of this.cells.get(k) ?? []) if (!seen.has(o) && !skip?.has(o) && intersects(r, o)) seen.add(o);
    });
    return seen.size;
  }

  private each(r: Rect, visit: (key: number) => void): void {
    for (let i = Math.floor(r.x / CELL); i <= Math.floor((r.x + r.width) / CELL); i++) {
      for (let j = Math.floor(r.y / CELL); j <= Math.floor((r.y + r.height) / CELL); j++) visit(i * 100_003 + j);
    }
  }
}

function segmentRect(p: Point, q: Point): Rect {
  return { x: Math.min(p.x, q.x) - 0.5, y: Math.min(p.y, q.y) - 0.5, width: Math.abs(p.x - q.x) + 1, height: Math.abs(p.y - q.y) + 1 };
}

/** Spots for a label along a route: on the first leg near the start, then the middle of each leg, both sides. */
function spots(points: readonly Point[], w: number, h: number): Rect[] {
  const out: Rect[] = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const horizontal = Math.abs(p.y - q.y) < 0.01;
    const length = Math.abs(horizontal ? q.x - p.x : q.y - p.y);
    const along = horizontal ? w : h;
    if (length < along + 8 && points.length > 2) continue;
    const sign = Math.sign(horizontal ? q.x - p.x : q.y - p.y) || 1;
    // Near the start of the first leg (labels read as the name of the exit), else in the middle of the leg.
    const shares = i === 1 ? [Math.min(0.5, (along / 2 + 10) / Math.max(length, 1)), 0.5] : [0.5];
    for (const share of shares) {
      const c = horizontal ? { x: p.x + sign * length * share, y: p.y } : { x: p.x, y: p.y + sign * length * share };
      if (horizontal) {
        out.push({ x: c.x - w / 2, y: c.y - h - GAP, width: w, height: h }, { x: c.x - w / 2, y: c.y + GAP, width: w, height: h });
      } else {
        out.push({ x: c.x + GAP, y: c.y - h / 2, width: w, height: h }, { x: c.x - w - GAP, y: c.y - h / 2, width: w, height: h });
      }
    }
  }
  return out;
}

/** A place beside its own line for every label, in the order given. */
export function placeLabels(routes: ReadonlyMap<string, readonly Point[]>, shapes: readonly Rect[], requests: readonly LabelRequest[], area: Rect | null): Map<string, Rect> {
  const lines = new RectGrid();
  for (const points of routes.values()) for (let i = 1; i < points.length; i++) lines.add(segmentRect(points[i - 1]!, points[i]!));
  const boxes = new RectGrid();
  for (const s of shapes) boxes.add({ x: s.x - GAP, y: s.y - GAP, width: s.width + 2 * GAP, height: s.height + 2 * GAP });
  const placed = new Map<string, Rect>();
  for (const r of requests) {
    const points = routes.get(r.flowId);
    if (!points || points.length < 2) continue;
    let bestSpot: Rect | null = null;
    let bestCost = Infinity;
    spots(points, r.width, r.height).forEach((spot, rank) => {
      if (bestCost === 0) return;
      const outside = area && !(spot.x >= area.x && spot.y >= area.y && spot.x + spot.width <= area.x + area.width && spot.y + spot.height <= area.y + area.height) ? 1 : 0;
      const cost = lines.count(spot) * 100 + boxes.count(spot) * 200 + outside * 50 + rank * 0.01;
      if (cost < bestCost) {
        bestCost = cost < 1 ? 0 : cost;
        bestSpot = spot;
      }
    });
    if (bestSpot) {
      placed.set(r.flowId, bestSpot);
      boxes.add(bestSpot);
    }
  }
  return placed;
}
