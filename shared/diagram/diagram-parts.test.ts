import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagramParts } from './diagram-parts';
import type { Span } from './diagram-window';

describe('diagramParts', () => {
  it('keeps a diagram that fits in one part', () => {
    expect(diagramParts(120, 900, [[200, 360]], 1000)).toEqual([[120, 900]]);
  });

  it('cuts in the middle of the gap between steps nearest an even split', () => {
    const steps: Span[] = [
      [200, 360],
      [400, 560],
      [700, 860],
      [1000, 1160],
      [1300, 1460],
    ];
    // An even split of 120–1500 is at 810: the gap 860–1000 (middle 930) is nearer than 560–700 (630).
    expect(diagramParts(120, 1500, steps, 1000)).toEqual([
      [120, 930],
      [930, 1500],
    ]);
  });

  it('cuts through a step only where there is no gap, into even parts', () => {
    const parts = diagramParts(0, 2400, [[100, 2300]], 1000);
    expect(parts).toEqual([
      [0, 800],
      [800, 1600],
      [1600, 2400],
    ]);
  });

  it('leaves no stub: a little too long for one part makes two even ones', () => {
    const parts = diagramParts(0, 2200, [], 1800);
    expect(parts).toEqual([
      [0, 1100],
      [1100, 2200],
    ]);
  });

  it('does not cut in a gap far from an even split', () => {
    // The only gap is at 50–100; the cut goes through the long step at the even split instead.
    expect(diagramParts(0, 1600, [[0, 50], [100, 1500]], 1000)[0]).toEqual([0, 800]);
  });

  it('always covers the whole stretch with contiguous parts no longer than asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 40, max: 400 })), { maxLength: 80 }),
        fc.integer({ min: 200, max: 5000 }),
        (steps, maxLength) => {
          const occupied: Span[] = steps.map(([at, size]) => [at, at + size]);
          const end = 20500;
          const parts = diagramParts(0, end, occupied, maxLength);
          expect(parts[0]![0]).toBe(0);
          expect(parts[parts.length - 1]![1]).toBe(end);
          parts.forEach(([from, to], i) => {
            // Sums of floats: a part may come out a hair longer than asked.
            expect(to - from).toBeLessThanOrEqual(maxLength + 1e-6);
            expect(to).toBeGreaterThan(from);
            if (i > 0) expect(from).toBe(parts[i - 1]![1]);
          });
        },
      ),
    );
  });
});
