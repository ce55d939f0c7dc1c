import type { Segment, Subpath } from './svg-path-data';

type Point = readonly [number, number];

/** Pieces a dashed curve is measured along: plenty for the short rounded corners of flows. */
const CURVE_PIECES = 12;

function polyline(s: Subpath): Point[] {
  const out: Point[] = [s.start];
  let at = s.start;
  const add = (g: Segment) => {
    if (g.kind === 'line') out.push(g.to);
    else
      for (let i = 1; i <= CURVE_PIECES; i++) {
        const t = i / CURVE_PIECES;
        const u = 1 - t;
        out.push([u * u * u * at[0] + 3 * u * u * t * g.c1[0] + 3 * u * t * t * g.c2[0] + t * t * t * g.to[0], u * u * u * at[1] + 3 * u * u * t * g.c1[1] + 3 * u * t * t * g.c2[1] + t * t * t * g.to[1]]);
      }
    at = g.to;
  };
  s.segments.forEach(add);
  if (s.closed) out.push(s.start);
  return out;
}

/**
 * A dashed stroke as the open pieces that are drawn: metafile pens' own dash styles are drawn
 * differently by Word, WPS and LibreOffice (LibreOffice draws user dashes solid), pieces alike by all.
 */
export function dashed(subpaths: readonly Subpath[], pattern: readonly number[]): Subpath[] {
  const dashes = pattern.length % 2 === 1 ? [...pattern, ...pattern] : pattern;
  const out: Subpath[] = [];
  for (const s of subpaths) {
    const pts = polyline(s);
    let k = 0;
    let left = dashes[0]!;
    let on = true;
    let piece: Point[] | null = [pts[0]!];
    for (let i = 1; i < pts.length; i++) {
      let [x0, y0] = pts[i - 1]!;
      const [x1, y1] = pts[i]!;
      let length = Math.hypot(x1 - x0, y1 - y0);
      while (length > 0) {
        const take = Math.min(left, length);
        const t = take / length;
        x0 += (x1 - x0) * t;
        y0 += (y1 - y0) * t;
        length -= take;
        left -= take;
        if (on) piece!.push([x0, y0]);
        if (left <= 1e-9) {
          if (on && piece!.length > 1) out.push({ start: piece![0]!, closed: false, segments: piece!.slice(1).map((to) => ({ kind: 'line', to })) });
          on = !on;
          k = (k + 1) % dashes.length;
          left = dashes[k]!;
          piece = on ? [[x0, y0]] : null;
        }
      }
    }
    if (on && piece && piece.length > 1) out.push({ start: piece[0]!, closed: false, segments: piece.slice(1).map((to) => ({ kind: 'line', to })) });
  }
  return out;
}
