import { describe, expect, it } from 'vitest';
import type { StepKind } from '../model/entities';
import { routeFlow, type NodeBox, type Point } from './flow-routes';
import { NODE_SIZE } from './geometry';

function node(kind: StepKind, cx: number, cy: number): NodeBox {
  const size = NODE_SIZE[kind];
  return { kind, rect: { x: cx - size.width / 2, y: cy - size.height / 2, ...size } };
}

/** True when the point lies on the outline of the node's shape (within half a pixel). */
function onBorder(p: Point, n: NodeBox): boolean {
  const r = n.rect;
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const dx = Math.abs(p.x - cx) / (r.width / 2);
  const dy = Math.abs(p.y - cy) / (r.height / 2);
  if (n.kind === 'decision') return Math.abs(dx + dy - 1) < 0.01;
  if (n.kind === 'start' || n.kind === 'end') return Math.abs(Math.hypot(dx, dy) - 1) < 0.01;
  const inside = dx <= 1.001 && dy <= 1.001;
  return inside && (Math.abs(dx - 1) < 0.01 || Math.abs(dy - 1) < 0.01);
}

function segments(points: readonly Point[]): Array<[Point, Point]> {
  return points.slice(1).map((p, i) => [points[i]!, p]);
}

/** Orthogonal segments touching or overlapping anywhere. */
function meet([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean {
  const [ax1, ax2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [ay1, ay2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  const [cx1, cx2] = [Math.min(c.x, d.x), Math.max(c.x, d.x)];
  const [cy1, cy2] = [Math.min(c.y, d.y), Math.max(c.y, d.y)];
  return ax1 <= cx2 && cx1 <= ax2 && ay1 <= cy2 && cy1 <= ay2;
}

function orthogonal(points: readonly Point[]): boolean {
  return segments(points).every(([a, b]) => Math.abs(a.x - b.x) < 1e-9 || Math.abs(a.y - b.y) < 1e-9);
}

describe('routeFlow', () => {
  const kinds: StepKind[] = ['start', 'end', 'task', 'decision', 'approval'];

  it.each(kinds)('runs straight between facing steps and ends on the borders (%s)', (kind) => {
    const from = node(kind, 200, 100);
    const to = node('task', 500, 100);
    const points = routeFlow(from, to, 'horizontal');
    expect(points).toHaveLength(2);
    expect(onBorder(points[0]!, from)).toBe(true);
    expect(onBorder(points[1]!, to)).toBe(true);
  });

  it('stays straight when two steps in a row differ a little in height', () => {
    // Same top, different heights: centres 8 px apart, still one line into the task's side.
    const from = { kind: 'task' as const, rect: { x: 100, y: 100, width: 160, height: 64 } };
    const to = { kind: 'decision' as const, rect: { x: 400, y: 92, width: 120, height: 80 } };
    const points = routeFlow(from, to, 'horizontal');
    expect(points).toHaveLength(2);
    expect(points[0]!.y).toBe(points[1]!.y);
    expect(onBorder(points[1]!, to)).toBe(true);
  });

  it.each(['horizontal', 'vertical'] as const)('bends at right angles into another lane and touches both borders (%s)', (orientation) => {
    const [a, b] = orientation === 'horizontal' ? [node('decision', 200, 100), node('task', 500, 260)] : [node('decision', 100, 200), node('task', 260, 500)];
    const points = routeFlow(a, b, orientation);
    expect(orthogonal(points)).toBe(true);
    expect(points.length).toBeGreaterThan(2);
    expect(onBorder(points[0]!, a)).toBe(true);
    expect(onBorder(points[points.length - 1]!, b)).toBe(true);
  });

  it('keeps a rejection loop clear of the forward arrow between the same two steps', () => {
    const start = node('start', 180, 112);
    const review = node('decision', 320, 272);
    const forward = routeFlow(start, review, 'horizontal', { paired: true });
    const back = routeFlow(review, start, 'horizontal', { paired: true });
    for (const s of segments(forward)) for (const t of segments(back)) expect(meet(s, t)).toBe(false);
    expect(onBorder(back[0]!, review)).toBe(true);
    expect(onBorder(back[back.length - 1]!, start)).toBe(true);
  });

  it('loops a step back to an earlier one in the same lane over the top, off the centre line', () => {
    const earlier = node('task', 200, 100);
    const later = node('task', 500, 100);
    const forward = routeFlow(earlier, later, 'horizontal');
    const back = routeFlow(later, earlier, 'horizontal');
    expect(Math.min(...back.map((p) => p.y))).toBeLessThan(earlier.rect.y);
    for (const s of segments(forward)) for (const t of segments(back)) expect(meet(s, t)).toBe(false);
  });

  it('ends an arrow from below on the wave of a delivery point', () => {
    const delivery = node('delivery', 200, 300);
    const above = node('task', 200, 100);
    const points = routeFlow(above, delivery, 'horizontal');
    const back = routeFlow(delivery, above, 'horizontal');
    expect(points[points.length - 1]!.y).toBe(delivery.rect.y);
    // The foot is a curve above the box's bottom edge.
    expect(routeFlow(delivery, node('task', 200, 500), 'horizontal')[0]!.y).toBeLessThan(delivery.rect.y + delivery.rect.height);
    expect(back[0]!.y).toBe(delivery.rect.y);
  });

  it('draws a self-loop that leaves and returns to the same step', () => {
    const step = node('task', 200, 100);
    const points = routeFlow(step, step, 'horizontal', { selfLoop: true });
    expect(orthogonal(points)).toBe(true);
    expect(onBorder(points[0]!, step)).toBe(true);
    expect(onBorder(points[points.length - 1]!, step)).toBe(true);
    expect(points[0]).not.toEqual(points[points.length - 1]);
  });
});
