import { describe, expect, it } from 'vitest';
import { parsePathData } from './svg-path-data';

const ends = (d: string) => parsePathData(d).map((s) => [s.start, ...s.segments.map((g) => g.to)]);

describe('SVG path data read as absolute lines and curves', () => {
  it('reads absolute and relative lines, horizontal and vertical moves, and closes', () => {
    const [a, b] = parsePathData('M10,20 L30,20 h5 v-10 H0 V2 Z m1 1 l2 0');
    expect(a!.start).toEqual([10, 20]);
    expect(a!.segments.map((g) => g.to)).toEqual([[30, 20], [35, 20], [35, 10], [0, 10], [0, 2]]);
    expect(a!.closed).toBe(true);
    // After Z the pen is back at the subpath's start, so the relative move starts from (10, 20).
    expect(b!.start).toEqual([11, 21]);
    expect(b!.segments.map((g) => g.to)).toEqual([[13, 21]]);
  });

  it('treats pairs after a moveto as lines, and numbers written without separators', () => {
    expect(ends('M0 0 10 0 10-10')).toEqual([[[0, 0], [10, 0], [10, -10]]]);
    expect(ends('M.5.5l1e1-2')).toEqual([[[0.5, 0.5], [10.5, -1.5]]]);
  });

  it('turns a quadratic curve into the cubic that draws it', () => {
    const [s] = parsePathData('M0 0 Q30 30 60 0');
    expect(s!.segments).toEqual([{ kind: 'cubic', c1: [20, 20], c2: [40, 20], to: [60, 0] }]);
  });

  it('mirrors the last control point for S and T', () => {
    const [s] = parsePathData('M0 0 C0 10 10 10 10 0 S20 -10 20 0');
    expect(s!.segments[1]).toEqual({ kind: 'cubic', c1: [10, -10], c2: [20, -10], to: [20, 0] });
    const [t] = parsePathData('M0 0 Q10 10 20 0 T40 0');
    // The reflected control point is (30, -10): the cubic's controls lie two thirds of the way to it.
    const g = t!.segments[1]!;
    if (g.kind !== 'cubic') throw new Error('expected a curve');
    [...g.c1, ...g.c2, ...g.to].forEach((v, i) => expect(v).toBeCloseTo([80 / 3, -20 / 3, 100 / 3, -20 / 3, 40, 0][i]!, 9));
  });

  it('draws an arc as quarter-turn curves that pass through the arc', () => {
    const [s] = parsePathData('M10 0 A10 10 0 0 1 -10 0');
    expect(s!.segments).toHaveLength(2);
    const mid = s!.segments[0]!.to;
    // A half turn clockwise on screen from (10, 0) to (-10, 0) around the origin passes (0, 10).
    expect(mid[0]).toBeCloseTo(0, 6);
    expect(mid[1]).toBeCloseTo(10, 6);
    expect(s!.segments[1]!.to).toEqual([-10, 0]);
  });

  it('refuses data it cannot read', () => {
    expect(() => parsePathData('M0 0 L10')).toThrow(/unreadable path data/);
    expect(() => parsePathData('10 10')).toThrow(/unreadable path data/);
  });
});
