import { describe, expect, it } from 'vitest';
import type { Step } from '../model/entities';
import { eventLabel } from './event-label';
import { stepGlance } from './step-glance';
import { stepNode } from './step-node';

const start = (name: string) => ({ id: 's', kind: 'start', code: 'N01', name, color: null }) as unknown as Step;
const lines = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
const clear = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

// A template's first column: the lane starts 100 units left of the circle's centre, the next task 100 past the circle.
const lane = { x: 120, y: 32, width: 2000, height: 160 };
const circle = { x: 192, y: 84, width: 56, height: 56 };
const task = { x: 340, y: 80, width: 160, height: 64 };

describe('a start’s name in the export', () => {
  it('takes one line below its circle when the room before the next step holds it, clear of that step', () => {
    // "Market opportunity spotted" at 11 units is about 150 wide: more than the 120 it used to wrap at.
    const drawn = stepNode(start('Market opportunity spotted'), circle, 'horizontal', new Set(['right']), { lane, area: lane, obstacles: [task] });
    expect(lines(drawn.svg)).toEqual(['N01', 'Market opportunity spotted']);
    expect(clear(drawn.bounds, task)).toBe(true);
  });

  it('slides along to keep inside the lane, its circle still above it', () => {
    const near = { ...circle, x: 124 };
    const label = eventLabel('Market opportunity spotted', near, 'below', { fontSize: 11, lineHeight: 14, gap: 5, pad: 3, maxWidth: 240 }, { lane, area: lane, obstacles: [task] });
    expect(label?.lines).toEqual(['Market opportunity spotted']);
    expect(label!.box.x).toBeGreaterThanOrEqual(lane.x);
    expect(label!.box.x).toBeLessThanOrEqual(near.x + near.width / 2);
    expect(label!.box.x + label!.box.width).toBeGreaterThanOrEqual(near.x + near.width / 2);
  });
});

describe('a start’s name far out on the canvas', () => {
  // 45 units: 9 px on screen at 20 %. The task's own name, two lines, spills below it to 52 past its middle, 20 past the circle.
  const font = 45;
  const taskName = { x: 289, y: 60, width: 262, height: 104 };

  it('goes on fewer lines than half the gap to the next step allowed, over no shape and no name', () => {
    const svg = stepGlance(start('Budget cycle opens'), circle, font, { x: 148, y: 32, width: 144, height: 160 }, { lane, area: lane, obstacles: [task, taskName] });
    // Half the gap gave "Budget" / "cycle" / "opens"; stepping below the task's name, the lane is free to the right.
    expect(lines(svg)).toEqual(['Budget cycle opens']);
    const y = Number(/<text[^>]* y="([\d.]+)"/.exec(svg)![1]);
    expect(y - font * 0.8).toBeGreaterThanOrEqual(taskName.y + taskName.height);
  });

  it('never writes over a neighbour’s shape when nothing holds it whole beside it: it keeps to half the gap', () => {
    const wall = { x: 160, y: 140, width: 120, height: 400 };
    const svg = stepGlance(start('Budget cycle opens'), circle, font, { x: 148, y: 32, width: 144, height: 160 }, { lane, area: lane, obstacles: [wall] });
    expect(lines(svg)).toEqual(['Budget', 'cycle', 'opens']);
  });
});
