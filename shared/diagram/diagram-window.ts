import type { Point } from './flow-routes';
import { LANE_HEADER, type ProcessLayout, type Rect } from './geometry';

/** A stretch along the flow, [from, to]. */
export type Span = readonly [from: number, to: number];

const alongOf = (horizontal: boolean, p: Point) => (horizontal ? p.x : p.y);

function withAlong(horizontal: boolean, r: Rect, start: number, length: number): Rect {
  return horizontal ? { ...r, x: start, width: length } : { ...r, y: start, height: length };
}

/**
 * The lanes and phases of one stretch of the flow, slid so the stretch starts right after the lane
 * names: lanes as long as the stretch, phases cut to it (those outside it left out).
 */
export function windowLayout(layout: ProcessLayout, [from, to]: Span): ProcessLayout {
  const horizontal = layout.orientation === 'horizontal';
  const length = to - from;
  const shift = LANE_HEADER - from;
  const phases = layout.phases.flatMap((band) => {
    const start = horizontal ? band.rect.x : band.rect.y;
    const end = start + (horizontal ? band.rect.width : band.rect.height);
    const cutStart = Math.max(start, from);
    const cutEnd = Math.min(end, to);
    if (cutEnd - cutStart < 1) return [];
    return [{ ...band, rect: withAlong(horizontal, band.rect, cutStart + shift, cutEnd - cutStart), header: withAlong(horizontal, band.header, cutStart + shift, cutEnd - cutStart) }];
  });
  return {
    orientation: layout.orientation,
    lanes: layout.lanes.map((band) => ({ ...band, rect: withAlong(horizontal, band.rect, LANE_HEADER, length) })),
    phases,
    bounds: withAlong(horizontal, layout.bounds, 0, LANE_HEADER + length),
  };
}

/** The point a fraction t of the way from a to b. */
const between = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/**
 * The pieces of a polyline that lie within [from, to] along the flow (a flow that leaves the
 * stretch and comes back gives several). `reachesEnd` says whether the last piece still ends where
 * the polyline does, so it keeps its arrowhead.
 */
export function clipPolyline(points: readonly Point[], horizontal: boolean, [from, to]: Span): { pieces: Point[][]; reachesEnd: boolean } {
  const pieces: Point[][] = [];
  let current: Point[] | null = null;
  let reachesEnd = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const va = alongOf(horizontal, a);
    const vb = alongOf(horizontal, b);
    let t0 = 0;
    let t1 = 1;
    if (va === vb) {
      if (va < from || va > to) t1 = -1;
    } else {
      const ta = (from - va) / (vb - va);
      const tb = (to - va) / (vb - va);
      t0 = Math.max(0, Math.min(ta, tb));
      t1 = Math.min(1, Math.max(ta, tb));
    }
    if (t1 < t0) {
      current = null;
      continue;
    }
    const start = t0 === 0 ? a : between(a, b, t0);
    const end = t1 === 1 ? b : between(a, b, t1);
    if (!current || t0 > 0) {
      current = [start];
      pieces.push(current);
    }
    current.push(end);
    reachesEnd = i + 2 === points.length && t1 === 1;
    if (t1 < 1) current = null;
  }
  return { pieces: pieces.filter((p) => p.length >= 2), reachesEnd };
}
