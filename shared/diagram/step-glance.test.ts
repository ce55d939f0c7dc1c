import { describe, expect, it } from 'vitest';
import type { Step } from '../model/entities';
import { stepGlance } from './step-glance';

const task = { id: 's1', kind: 'task', code: 'N01', name: 'Record the complaint', color: null } as unknown as Step;
const box = { x: 0, y: 0, width: 160, height: 64 };
const lines = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);

describe('stepGlance', () => {
  it('draws the name at the size asked for, inside the shape when it fits there', () => {
    const svg = stepGlance(task, box, 20);
    expect(svg).toContain('font-size="20"');
    expect(lines(svg)).toEqual(['Record the', 'complaint']);
  });

  it('draws the whole name, never cut, when the readable size is larger than the shape', () => {
    // 45 units is 9 px on screen at 20 % zoom; a line of it (52 units) nearly fills the task's 58 units of room.
    const svg = stepGlance(task, box, 45, { x: -50, y: -48, width: 260, height: 160 });
    expect(svg).toContain('font-size="45"');
    expect(svg).not.toContain('…');
    // "complaint" is about 5 em (225 units) wide, more than the shape: the name takes the room around it.
    expect(lines(svg)).toEqual(['Record', 'the', 'complaint']);
  });

  it('keeps words whole, however little room there is', () => {
    const svg = stepGlance(task, box, 60);
    expect(lines(svg).join(' ')).toBe('Record the complaint');
  });
});
