import { describe, expect, it } from 'vitest';
import { fitColumns, wordWidth } from './column-fit';

describe('fitColumns', () => {
  it('counts Latin words only: Chinese text can wrap anywhere', () => {
    expect(wordWidth('分管副总')).toBeCloseTo(0.35);
    expect(wordWidth('J. Wang (Vice President)')).toBeCloseTo(10 * 0.23 + 0.35); // "President)"
  });

  it('widens a column for its longest word within bounds, and gives the rest to the flexible column', () => {
    const bounds = [{ min: 1, max: 2 }, { min: 1, max: 5 }, { min: 2, max: 9 }];
    const widths = fitColumns(bounds, [['Step', 'Accountable', 'Reason'], ['N01', 'Manager', 'a long reason']], 2, 10);
    expect(widths[0]).toBeCloseTo(4 * 0.23 + 0.35); // "Step"
    expect(widths[1]).toBeCloseTo(11 * 0.23 + 0.35);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(10);
  });

  it('keeps the flexible column at its minimum when the page is full', () => {
    expect(fitColumns([{ min: 5, max: 5 }, { min: 3, max: 9 }], [['a', 'b']], 1, 6)).toEqual([5, 3]);
  });
});
