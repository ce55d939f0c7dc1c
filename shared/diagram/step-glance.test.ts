import { describe, expect, it } from 'vitest';
import type { Step } from '../model/entities';
import { stepGlance } from './step-glance';

const task = { id: 's1', kind: 'task', code: 'N01', name: 'Record the complaint', color: null } as unknown as Step;
const box = { x: 0, y: 0, width: 160, height: 64 };
const lines = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);

describe('stepGlance', () => {
  it('draws the name at the size asked for, as many lines as the shape holds', () => {
    const svg = stepGlance(task, box, 20);
    expect(svg).toContain('font-size="20"');
    expect(lines(svg)).toEqual(['Record the', 'complaint']);
  });

  it('still draws one line of the name when the readable size is taller than the shape', () => {
    // 60 units is 9 px on screen at 15 % zoom; a line of it (69 units) is taller than the task's 58 units of room.
    const svg = stepGlance(task, box, 60);
    expect(svg).toContain('font-size="60"');
    expect(lines(svg)).toHaveLength(1);
    expect(lines(svg)[0]).toMatch(/^R.*…$/);
  });
});
