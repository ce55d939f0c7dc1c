import { describe, expect, it } from 'vitest';
import { align, distribute } from './arrange';
import { rowsOf, testProject } from './canvas-test-project';

const steps = () =>
  rowsOf(
    testProject(2, [
      { id: 'a', lane: 0, x: 160 },
      { id: 'b', lane: 1, x: 300, kind: 'decision' },
      { id: 'c', lane: 0, x: 900, kind: 'start' },
    ]),
  ).steps;

describe('align', () => {
  it('lines steps up on the left edge, the centre line or the right edge of their box', () => {
    const s = steps();
    expect([...align(s, 'left').values()].map((p) => p.x)).toEqual([160, 160, 160]);
    // Right edge: 900 + 56 = 956 for all.
    expect([...align(s, 'right').entries()].map(([id, p]) => p.x + (id === 'a' ? 160 : id === 'b' ? 120 : 56))).toEqual([956, 956, 956]);
    expect([...align(s, 'centre').entries()].map(([id, p]) => p.x + (id === 'a' ? 80 : id === 'b' ? 60 : 28))).toEqual([558, 558, 558]);
  });

  it('lines steps up across: top, middle, bottom; the other coordinate stays', () => {
    const s = steps();
    const top = align(s, 'top');
    expect(new Set([...top.values()].map((p) => p.y)).size).toBe(1);
    expect([...top.values()].map((p) => p.x)).toEqual([160, 300, 900]);
    const middle = align(s, 'middle');
    expect(new Set([...middle.entries()].map(([id, p]) => p.y + (id === 'a' ? 32 : id === 'b' ? 40 : 28))).size).toBe(1);
  });

  it('needs two steps', () => {
    expect(align(steps().slice(0, 1), 'left').size).toBe(0);
  });
});

describe('distribute', () => {
  it('leaves equal gaps between neighbours, keeping the outer two', () => {
    const s = steps();
    const at = distribute(s, 'horizontal');
    const a = at.get('a')!;
    const b = at.get('b')!;
    const c = at.get('c')!;
    expect(a.x).toBe(160);
    expect(c.x).toBe(900);
    // Gaps: b.x - (160 + 160) and 900 - (b.x + 120) are equal (to the grid).
    expect(Math.abs(b.x - 320 - (900 - (b.x + 120)))).toBeLessThanOrEqual(8);
    expect(b.y).toBe(s.find((x) => x.id === 'b')!.y);
  });

  it('needs three steps', () => {
    expect(distribute(steps().slice(0, 2), 'vertical').size).toBe(0);
  });
});
