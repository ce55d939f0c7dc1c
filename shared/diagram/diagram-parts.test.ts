import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagramParts } from './diagram-parts';
import type { Span } from './diagram-window';

describe('diagramParts', () => {
  it('keeps a diagram that fits in one part', () => {
    expect(diagramParts(120, 900, [[200, 360]], 1000)).toEqual([[120, 900]]);
  });

  it('cuts in the middle of the latest gap between steps that the length allows', () => {
    const steps: Span[] = [
      [200, 360],
      [400, 560],
      [700, 860],
      [1000, 1160],
      [1300, 1460],
    ];
    // From 120 a part may reach 1120: the gap 860–1000 is the latest one before it.
    expect(diagramParts(120, 1500, steps, 1000)).toEqual([
      [120, 930],
      [930, 1500],
    ]);
  });

  it('cuts through a step only where there is no gap', () => {
    expect(diagramParts(0, 2500, [[100, 2400]], 1000)).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 2500],
    ]);
  });

  it('does not cut so early that a part is mostly empty', () => {
    // The only early gap is at 50–100; the cut goes through the long step instead.
    expect(diagramParts(0, 1600, [[0, 50], [100, 1500]], 1000)[0]).toEqual([0, 1000]);
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
