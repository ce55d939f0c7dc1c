/** Items [first, end) to render along one axis. */
export interface Span {
  first: number;
  end: number;
}

/**
 * The items of fixed size that overlap the viewport, plus `overscan` on each side so a quick scroll
 * shows rendered cells before React catches up.
 */
export function visibleSpan(offset: number, viewport: number, itemSize: number, count: number, overscan: number): Span {
  if (count === 0 || viewport <= 0) return { first: 0, end: Math.min(count, overscan) };
  const first = Math.max(0, Math.floor(Math.max(0, offset) / itemSize) - overscan);
  const end = Math.min(count, Math.ceil((Math.max(0, offset) + viewport) / itemSize) + overscan);
  return { first, end: Math.max(first, end) };
}

export const sameSpan = (a: Span, b: Span) => a.first === b.first && a.end === b.end;

/**
 * The scroll offset that brings an item fully into a viewport of which `hidden` pixels at the start
 * are covered by sticky headers; unchanged if it is already visible.
 */
export function scrollToShow(offset: number, viewport: number, hidden: number, itemStart: number, itemSize: number): number {
  const top = itemStart - hidden;
  const bottom = itemStart + itemSize - viewport;
  if (top < offset) return Math.max(0, top);
  if (bottom > offset) return bottom;
  return offset;
}
