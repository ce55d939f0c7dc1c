import type { Span } from './diagram-window';

/** A cut earlier than this share of the longest part is avoided: it would waste a page. */
const SHORTEST_PART = 0.4;

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
 * Where a long diagram is split along the flow so that no part is longer than `maxLength`. Cuts
 * fall in the gaps between steps (`occupied`), in the middle of the latest gap the length allows;
 * only a stretch with no gap at all is cut through a step.
 */
export function diagramParts(start: number, end: number, occupied: readonly Span[], maxLength: number): Span[] {
  if (!(maxLength > 0)) throw new Error('maxLength must be positive');
  const free = gaps(occupied);
  const parts: Span[] = [];
  let from = start;
  while (end - from > maxLength) {
    const lowest = from + SHORTEST_PART * maxLength;
    const highest = from + maxLength;
    let best = -Infinity;
    for (const [gapStart, gapEnd] of free) {
      const low = Math.max(gapStart, lowest);
      const high = Math.min(gapEnd, highest);
      if (low >= high) continue;
      best = Math.max(best, Math.min(Math.max((gapStart + gapEnd) / 2, low), high));
    }
    const cut = best > -Infinity ? best : highest;
    parts.push([from, cut]);
    from = cut;
  }
  parts.push([from, end]);
  return parts;
}
