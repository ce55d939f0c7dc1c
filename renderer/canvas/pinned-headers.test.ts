import { describe, expect, it } from 'vitest';
import { layoutProcess } from '../../shared/diagram/geometry';
import type { Lane, Phase } from '../../shared/model/entities';
import { fitViewport } from './fit-viewport';
import { fitPinned, pinnedNames } from './pinned-headers';

const lane = (id: string, order: number, size = 160) => ({ id, processId: 'p', departmentId: `d-${id}`, order, size }) as unknown as Lane;
const phase = (id: string, order: number, size = 600) => ({ id, processId: 'p', name: `Phase ${id}`, order, size }) as unknown as Phase;
const names: Record<string, string> = { 'd-a': '市场部', 'd-b': '研发部', 'd-c': '生产部' };
const nameOf = (departmentId: string) => names[departmentId] ?? '';
const rows = layoutProcess('horizontal', [lane('a', 0), lane('b', 1), lane('c', 2)], [phase('p1', 0), phase('p2', 1)], 1200);

describe('pinned lane and phase names', () => {
  it('fitted far out, sit in the room the fit keeps beside the diagram, one to a lane, at 12 px', () => {
    const stage = { width: 600, height: 400 };
    const v = fitPinned(rows, nameOf, stage, (frame) => fitViewport(frame.bounds, stage, [], 0.05, 2.5, frame.margin));
    // 1,200 units of lanes in 600 px, less the names' room: far out.
    expect(v.zoom).toBeLessThan(0.5);
    const pinned = pinnedNames(rows, { tx: v.x, ty: v.y, zoom: v.zoom, width: stage.width, height: stage.height }, nameOf);
    const contentLeft = v.x + 120 * v.zoom;
    const contentTop = v.y + 32 * v.zoom;
    expect(pinned.lanes.map((p) => p.name)).toEqual(['市场部', '研发部', '生产部']);
    for (const [i, p] of pinned.lanes.entries()) {
      expect(p.fontSize).toBe(12);
      expect(p.text).toBe(p.name);
      // Up to where the steps' lane begins, never over it, and inside the stage.
      expect(p.box.x + p.box.width).toBeCloseTo(contentLeft, 5);
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      // Across exactly its lane's rows.
      expect(p.box.y).toBeCloseTo(v.y + (32 + i * 160) * v.zoom, 5);
      expect(p.box.height).toBeCloseTo(160 * v.zoom, 5);
    }
    expect(pinned.phases.map((p) => p.name)).toEqual(['Phase p1', 'Phase p2']);
    for (const p of pinned.phases) expect(p.box.y + p.box.height).toBeCloseTo(contentTop, 5);
    expect(pinned.phases[0]!.box.x).toBeCloseTo(contentLeft, 5);
  });

  it('show none near the diagram’s own size while its headers are in view, and stay at the edge once they have scrolled out', () => {
    const stage = { width: 800, height: 600 };
    expect(pinnedNames(rows, { tx: 20, ty: 20, zoom: 1, ...stage }, nameOf)).toMatchObject({ lanes: [], phases: [], corner: null });
    const scrolled = pinnedNames(rows, { tx: -400, ty: -100, zoom: 1, ...stage }, nameOf);
    expect(scrolled.lanes.map((p) => p.box.x)).toEqual([0, 0, 0]);
    expect(scrolled.phases.every((p) => p.box.y === 0)).toBe(true);
    expect(scrolled.corner).not.toBeNull();
  });

  it('of a lane partly in view, take the part in view, below the pinned phases', () => {
    // Lane a runs from 32 - 100 = -68 to 92 on screen; the phase names take the top 24 px.
    const pinned = pinnedNames(rows, { tx: -400, ty: -100, zoom: 1, width: 800, height: 600 }, nameOf);
    expect(pinned.lanes[0]!.box.y).toBe(24);
    expect(pinned.lanes[0]!.box.height).toBe(92 - 24);
  });

  it('of a thin lane, get smaller down to 9 px, and only then are abbreviated, keeping the whole name', () => {
    const long = 'Customer service and after-sales support';
    const thin = layoutProcess('horizontal', [lane('a', 0, 140), lane('b', 1, 40)], [], 1200);
    const pinned = pinnedNames(thin, { tx: 0, ty: 0, zoom: 0.5, width: 800, height: 600 }, () => long);
    const [roomy, squeezed] = pinned.lanes;
    // 70 px: the name wraps, at a smaller size, and is written whole.
    expect(roomy!.text).toBe(long);
    expect(roomy!.fontSize).toBeGreaterThanOrEqual(9);
    expect(roomy!.fontSize).toBeLessThan(12);
    // 20 px: one line at 9 px, cut with an ellipsis; the whole name stays its name.
    expect(squeezed!.fontSize).toBe(9);
    expect(squeezed!.text.endsWith('…')).toBe(true);
    expect(squeezed!.name).toBe(long);
  });
});

describe('fit to window with room for pinned names', () => {
  it('keeps the room on the left and top, and centres the diagram and its room together', () => {
    const v = fitViewport({ x: 120, y: 32, width: 1000, height: 480 }, { width: 600, height: 400 }, [], 0.05, 2.5, { left: 100, top: 24 });
    // (600 − 100) / (1000 × 1.04) across, (400 − 24) / (480 × 1.04) down: the first is smaller.
    expect(v.zoom).toBeCloseTo(500 / 1040, 5);
    const left = v.x + 120 * v.zoom;
    const width = 1000 * v.zoom;
    // Room and diagram together centred: as much stage left of the room as right of the diagram.
    expect(left - 100).toBeCloseTo(600 - (left + width), 5);
    expect(left).toBeGreaterThanOrEqual(100);
  });
});

describe('pinned names above column lanes, fitted to the window', () => {
  const english: Record<string, string> = { 'd-a': 'Customer Service', 'd-b': 'Sales', 'd-c': 'Product', 'd-d': 'Engineering', 'd-e': 'Legal' };
  const chinese: Record<string, string> = { 'd-a': '总经办', 'd-b': '运营部', 'd-c': '信息技术部', 'd-d': '人力资源部', 'd-e': '财务部' };
  // A template turned to columns: five lanes of 160 and a flow 2,400 long, in the stage a 1280 × 720 window leaves.
  const columns = layoutProcess('vertical', ['a', 'b', 'c', 'd', 'e'].map((id, i) => lane(id, i)), [phase('p1', 0, 1200), phase('p2', 1, 1200)], 2400);
  const stage = { width: 520, height: 480 };

  it.each([
    ['English', english],
    ['Chinese', chinese],
  ])('write every %s name whole at 9 px or more, in a band the fit keeps clear of the steps', (_, names) => {
    const nameOfColumn = (id: string) => names[id] ?? '';
    const v = fitPinned(columns, nameOfColumn, stage, (frame) => fitViewport(frame.bounds, stage, [], 0.05, 2.5, frame.margin));
    // Far out: a column is about 30 px across, narrower than "Customer" or "Engineering" at 9 px.
    expect(160 * v.zoom).toBeLessThan(34);
    const pinned = pinnedNames(columns, { tx: v.x, ty: v.y, zoom: v.zoom, ...stage }, nameOfColumn);
    const stepsTop = v.y + 120 * v.zoom;
    expect(pinned.lanes.map((p) => p.name)).toEqual(Object.values(names));
    for (const p of pinned.lanes) {
      expect(p.text, `${p.name} is written whole`).toBe(p.name);
      expect(p.fontSize).toBeGreaterThanOrEqual(9);
      // The band ends where the steps' part of the diagram begins, inside the stage.
      expect(p.box.y).toBeGreaterThanOrEqual(0);
      expect(p.box.y + p.box.height).toBeCloseTo(stepsTop, 5);
    }
  });

  it('write names across their columns when every word fits, and down them only when one does not', () => {
    const nameOfColumn = (id: string) => chinese[id] ?? '';
    const v = fitPinned(columns, nameOfColumn, stage, (frame) => fitViewport(frame.bounds, stage, [], 0.05, 2.5, frame.margin));
    expect(pinnedNames(columns, { tx: v.x, ty: v.y, zoom: v.zoom, ...stage }, nameOfColumn).lanes.every((p) => !p.down)).toBe(true);
    const inEnglish = (id: string) => english[id] ?? '';
    const w = fitPinned(columns, inEnglish, stage, (frame) => fitViewport(frame.bounds, stage, [], 0.05, 2.5, frame.margin));
    expect(pinnedNames(columns, { tx: w.x, ty: w.y, zoom: w.zoom, ...stage }, inEnglish).lanes.every((p) => p.down)).toBe(true);
  });
});
