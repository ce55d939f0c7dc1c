import type { Span } from './diagram-window';

/** How far a part may stray from an even split, as a share of the even length, to cut in a gap. */
const SHORTER = 0.4;
const LONGER = 0.2;

/** The free stretches around and between the occupied ones. */
function gaps(occupied: readonly Span[]): Span[] {
  const sorted = [...occupied].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  let free = -Infinity;
  for (const [from, to] of sorted) {
    if (from > free) out.push([free, from]);
    free = Math.max(free, to);
  }
  out.push([free, Infinity]);
  return out;
}

/**
 * Where a long diagram is split along the flow so that no part is longer than `maxLength`. The
 * parts come out about even (no stub of a last part); each cut falls in the middle of the gap
 * between steps (`occupied`) nearest the even split, and only a stretch with no gap near it is
 * cut through a step.
 */
export function diagramParts(start: number, end: number, occupied: readonly Span[], maxLength: number): Span[] {
  if (!(maxLength > 0)) throw new Error('maxLength must be positive');
  const free = gaps(occupied);
  const parts: Span[] = [];
  let from = start;
  while (end - from > maxLength) {
    const even = (end - from) / Math.ceil((end - from) / maxLength);
    const goal = from + even;
    const lowest = from + (1 - SHORTER) * even;
    const highest = from + Math.min(maxLength, (1 + LONGER) * even);
    let cut = goal;
    for (const [gapStart, gapEnd] of free) {
      const low = Math.max(gapStart, lowest);
      const high = Math.min(gapEnd, highest);
      if (low >= high) continue;
      // Before the first step or past the last one, the free stretch has no middle: aim at the even split.
      const centre = Number.isFinite(gapStart) && Number.isFinite(gapEnd) ? (gapStart + gapEnd) / 2 : goal;
      const middle = Math.min(Math.max(centre, low), high);
      if (cut === goal || Math.abs(middle - goal) < Math.abs(cut - goal)) cut = middle;
    }
    parts.push([from, cut]);
    from = cut;
  }
  parts.push([from, end]);
  return parts;
}
