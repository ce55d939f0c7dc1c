import { describe, expect, it } from 'vitest';
import { scrollToShow, visibleSpan } from './virtual-window';

describe('visibleSpan', () => {
  it('covers the viewport plus overscan, within the list', () => {
    expect(visibleSpan(0, 100, 10, 1000, 2)).toEqual({ first: 0, end: 12 });
    expect(visibleSpan(505, 100, 10, 1000, 2)).toEqual({ first: 48, end: 63 });
    expect(visibleSpan(9950, 100, 10, 1000, 2)).toEqual({ first: 993, end: 1000 });
  });

  it('copes with no items and no size yet', () => {
    expect(visibleSpan(0, 100, 10, 0, 2)).toEqual({ first: 0, end: 0 });
    expect(visibleSpan(0, 0, 10, 50, 2)).toEqual({ first: 0, end: 2 });
  });
});

describe('scrollToShow', () => {
  // Viewport 100 high, of which the first 30 are under a sticky header.
  it('scrolls up so the item clears the sticky header', () => {
    expect(scrollToShow(200, 100, 30, 210, 10)).toBe(180);
  });

  it('scrolls down just enough to show the item at the bottom', () => {
    expect(scrollToShow(0, 100, 30, 150, 10)).toBe(60);
  });

  it('leaves a visible item alone', () => {
    expect(scrollToShow(100, 100, 30, 150, 10)).toBe(100);
  });
});
