import { describe, expect, it } from 'vitest';
import { fitViewport } from './fit-viewport';

const stage = { width: 520, height: 480 };
// A mini map of 130 × 60 in the bottom-right corner, 10 px in.
const map = { x: 380, y: 410, width: 130, height: 60 };

describe('fitViewport', () => {
  it('fits a wide diagram to the width, centred, when nothing lies over it', () => {
    const v = fitViewport({ x: 0, y: 0, width: 2000, height: 500 }, stage, [map], 0.05, 2.5);
    // 520 / (2000 × 1.04) = 0.25: 500 × 125 px, centred: 10 from the left, 177.5 from the top.
    expect(v.zoom).toBeCloseTo(0.25, 5);
    expect(v.x).toBeCloseTo(10, 5);
    expect(v.y).toBeCloseTo(177.5, 5);
  });

  it('puts a tall diagram beside the mini map rather than under it', () => {
    // Alone it would be 0.44 zoom, 462 px high and 440 px wide, reaching under the map.
    const v = fitViewport({ x: 0, y: 0, width: 1000, height: 1050 }, stage, [map], 0.05, 2.5);
    // Above the map: 410 px high, 410 / (1050 × 1.04) = 0.375, at least 85 % of 0.44.
    expect(v.zoom).toBeCloseTo(410 / 1092, 5);
    const bottom = v.y + 1050 * v.zoom;
    expect(bottom).toBeLessThanOrEqual(map.y);
  });

  it('keeps the full size when going round the mini map would cost too much zoom', () => {
    // A square diagram fills the stage; beside or above the map it would lose more than 15 %.
    const v = fitViewport({ x: 0, y: 0, width: 1000, height: 1000 }, { width: 500, height: 500 }, [{ x: 300, y: 300, width: 190, height: 190 }], 0.05, 2.5);
    expect(v.zoom).toBeCloseTo(500 / 1040, 5);
  });
});
