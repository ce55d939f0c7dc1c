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

  it('never splits a word to balance the lines', () => {
    const named = { ...task, name: 'Initiate R&D project' } as unknown as Step;
    // Room for "Initiate" (about 4 em) but not "Initiate R&D": three lines of whole words.
    const svg = stepGlance(named, box, 45, { x: -40, y: -80, width: 240, height: 224 });
    expect(lines(svg)).toEqual(['Initiate', 'R&amp;D', 'project']);
  });

  describe('a Chinese name far out', () => {
    const chinese = (kind: string, name: string) => ({ ...task, kind, name }) as unknown as Step;
    // 36 units: a CJK character is 1 em, so four of them (144) fill the 150 units inside the task.
    const font = 36;

    it('spreads over the room beside the shape rather than stacking two or three characters a line', () => {
      // The room reaches 70 units past each side: seven characters fit on a line.
      const svg = stepGlance(chinese('task', '汇总与平衡'), box, font, { x: -70, y: -60, width: 300, height: 184 });
      expect(lines(svg)).toEqual(['汇总与平衡']);
    });

    it('balances the lines when it must wrap', () => {
      // Room no wider than the shape: two lines, as even as they can be, not four characters and a stub.
      const svg = stepGlance(chinese('task', '汇总与平衡'), box, font, { x: 0, y: -60, width: 160, height: 184 });
      expect(lines(svg)).toEqual(['汇总与', '平衡']);
    });

    it('balances the lines of a start event written below its circle', () => {
      const circle = { x: 0, y: 0, width: 40, height: 40 };
      // 182 units wide (four characters after the margins), 200 below the circle.
      const room = { x: -71, y: -230, width: 182, height: 500 };
      const svg = stepGlance(chinese('start', '预算编制启动'), circle, font, room, { lane: room, area: null, obstacles: [] });
      expect(lines(svg)).toEqual(['预算编', '制启动']);
    });
  });
});
