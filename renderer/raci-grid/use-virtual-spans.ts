import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { COLUMN_OVERSCAN, COLUMN_WIDTH, ROW_HEIGHT, ROW_OVERSCAN, STEP_COLUMN_WIDTH, columnLeft, headerHeight, rowTop } from './grid-geometry';
import type { GridLayout } from './grid-layout';
import { sameSpan, scrollToShow, visibleSpan, type Span } from './virtual-window';

export interface Spans {
  rows: Span;
  cols: Span;
  /** Step rows that fit on a screen, for Page Up / Page Down. */
  pageRows: number;
}

/**
 * The display rows and columns to render for the scroller's position and size. State changes only when
 * a row or column enters or leaves the window, so most scroll events render nothing.
 */
export function useVirtualSpans(scroller: RefObject<HTMLDivElement | null>, layout: GridLayout): { spans: Spans; reveal(displayRow: number, col: number): void } {
  const [spans, setSpans] = useState<Spans>({ rows: { first: 0, end: Math.min(layout.rows.length, 40) }, cols: { first: 0, end: Math.min(layout.columns.length, 16) }, pageRows: 10 });

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const head = headerHeight(layout);
    const rows = visibleSpan(el.scrollTop, el.clientHeight - head, ROW_HEIGHT, layout.rows.length, ROW_OVERSCAN);
    const cols = visibleSpan(el.scrollLeft, el.clientWidth - STEP_COLUMN_WIDTH, COLUMN_WIDTH, layout.columns.length, COLUMN_OVERSCAN);
    const pageRows = Math.max(1, Math.floor((el.clientHeight - head) / ROW_HEIGHT) - 1);
    setSpans((prev) => (sameSpan(prev.rows, rows) && sameSpan(prev.cols, cols) && prev.pageRows === pageRows ? prev : { rows, cols, pageRows }));
  }, [scroller, layout]);

  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el) return;
    el.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [scroller, measure]);

  /** Scrolls just enough to show the cell clear of the sticky headers, and renders its window now. */
  const reveal = useCallback(
    (displayRow: number, col: number) => {
      const el = scroller.current;
      if (!el) return;
      const head = headerHeight(layout);
      const top = scrollToShow(el.scrollTop, el.clientHeight, head, rowTop(layout, displayRow), ROW_HEIGHT);
      const left = col < 0 ? el.scrollLeft : scrollToShow(el.scrollLeft, el.clientWidth, STEP_COLUMN_WIDTH, columnLeft(col), COLUMN_WIDTH);
      if (top !== el.scrollTop) el.scrollTop = top;
      if (left !== el.scrollLeft) el.scrollLeft = left;
      measure();
    },
    [scroller, layout, measure],
  );

  // Until the next measure, a window from an older layout may run past the end of this one.
  const clamp = (span: Span, count: number): Span => (span.end <= count ? span : { first: Math.min(span.first, count), end: count });
  const rows = clamp(spans.rows, layout.rows.length);
  const cols = clamp(spans.cols, layout.columns.length);
  return { spans: rows === spans.rows && cols === spans.cols ? spans : { rows, cols, pageRows: spans.pageRows }, reveal };
}
