import { describe, expect, it } from 'vitest';
import { dashed } from './stroke-dashes';
import type { Subpath } from './svg-path-data';

const line = (x1: number, y1: number, ...to: Array<[number, number]>): Subpath => ({ start: [x1, y1], closed: false, segments: to.map((t) => ({ kind: 'line', to: t })) });
const spans = (pieces: Subpath[]) => pieces.map((p) => [p.start[0], p.segments[p.segments.length - 1]!.to[0]]);

describe('a dashed stroke as the pieces drawn', () => {
  it('cuts a straight line into dashes and gaps of the pattern', () => {
    expect(spans(dashed([line(0, 0, [22, 0])], [6, 4]))).toEqual([[0, 6], [10, 16], [20, 22]]);
  });

  it('repeats a pattern of odd length twice, as SVG does', () => {
    // "5" means 5 on, 5 off.
    expect(spans(dashed([line(0, 0, [20, 0])], [5]))).toEqual([[0, 5], [10, 15]]);
  });

  it('carries the pattern round corners, a dash bending with the line', () => {
    const [first, second] = dashed([line(0, 0, [4, 0], [4, 10])], [6, 2]);
    expect(first!.start).toEqual([0, 0]);
    expect(first!.segments.map((g) => g.to)).toEqual([[4, 0], [4, 2]]);
    expect(second!.start).toEqual([4, 4]);
    expect(second!.segments.map((g) => g.to)).toEqual([[4, 10]]);
  });
});
