import { describe, expect, it } from 'vitest';
import type { Lane, Phase } from '../model/entities';
import { clipPolyline, windowLayout } from './diagram-window';
import { LANE_HEADER, layoutProcess } from './geometry';

const lane = (id: string, order: number): Lane => ({ id, processId: 'p', departmentId: `d${order}`, order, size: 160 });
const phase = (id: string, order: number, size: number): Phase => ({ id, processId: 'p', name: id, order, size });

describe('windowLayout', () => {
  const full = layoutProcess('horizontal', [lane('a', 0), lane('b', 1)], [phase('one', 0, 600), phase('two', 1, 600), phase('three', 2, 600)], 1800);

  it('makes the lanes as long as the stretch, starting after the lane names', () => {
    const part = windowLayout(full, [900, 1500]);
    expect(part.lanes.map((b) => [b.rect.x, b.rect.width, b.rect.y])).toEqual([
      [LANE_HEADER, 600, full.lanes[0]!.rect.y],
      [LANE_HEADER, 600, full.lanes[1]!.rect.y],
    ]);
    expect(part.lanes[0]!.header).toEqual(full.lanes[0]!.header);
    expect(part.bounds).toEqual({ ...full.bounds, width: LANE_HEADER + 600 });
  });

  it('cuts the phases to the stretch and leaves out those outside it', () => {
    // Phases: one 120–720, two 720–1320, three 1320–1920.
    const part = windowLayout(full, [900, 1500]);
    expect(part.phases.map((b) => [b.phase.id, b.rect.x, b.rect.width, b.header.x, b.header.width])).toEqual([
      ['two', 120, 420, 120, 420],
      ['three', 540, 180, 540, 180],
    ]);
  });

  it('works along the columns of a vertical process', () => {
    const vertical = layoutProcess('vertical', [lane('a', 0)], [phase('one', 0, 600)], 1200);
    const part = windowLayout(vertical, [400, 1000]);
    expect(part.lanes[0]!.rect).toMatchObject({ y: LANE_HEADER, height: 600 });
    expect(part.phases[0]!.rect).toMatchObject({ y: LANE_HEADER, height: 320 });
  });
});

describe('clipPolyline', () => {
  it('keeps a line inside the stretch whole, arrowhead included', () => {
    const points = [{ x: 200, y: 50 }, { x: 300, y: 50 }, { x: 300, y: 200 }];
    expect(clipPolyline(points, true, [100, 400])).toEqual({ pieces: [points], reachesEnd: true });
  });

  it('cuts a line that leaves the stretch where it crosses the edge, without its arrowhead', () => {
    const { pieces, reachesEnd } = clipPolyline([{ x: 200, y: 50 }, { x: 600, y: 50 }, { x: 600, y: 200 }], true, [100, 400]);
    expect(pieces).toEqual([[{ x: 200, y: 50 }, { x: 400, y: 50 }]]);
    expect(reachesEnd).toBe(false);
  });

  it('picks up a line coming in from before the stretch, arrowhead kept', () => {
    const { pieces, reachesEnd } = clipPolyline([{ x: 50, y: 50 }, { x: 250, y: 50 }, { x: 250, y: 200 }], true, [100, 400]);
    expect(pieces).toEqual([[{ x: 100, y: 50 }, { x: 250, y: 50 }, { x: 250, y: 200 }]]);
    expect(reachesEnd).toBe(true);
  });

  it('gives one piece per visit of a line that goes out and comes back', () => {
    const { pieces } = clipPolyline([{ x: 300, y: 0 }, { x: 500, y: 0 }, { x: 500, y: 100 }, { x: 200, y: 100 }], true, [100, 400]);
    expect(pieces).toEqual([
      [{ x: 300, y: 0 }, { x: 400, y: 0 }],
      [{ x: 400, y: 100 }, { x: 200, y: 100 }],
    ]);
  });

  it('drops a line wholly outside the stretch, along the rows or down the columns', () => {
    expect(clipPolyline([{ x: 500, y: 0 }, { x: 600, y: 0 }], true, [100, 400]).pieces).toEqual([]);
    expect(clipPolyline([{ x: 0, y: 500 }, { x: 0, y: 600 }], false, [100, 400]).pieces).toEqual([]);
  });
});
