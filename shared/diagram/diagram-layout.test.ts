import { describe, expect, it } from 'vitest';
import type { Lane, Phase, Step } from '../model/entities';
import { diagramLayout } from './diagram-layout';

const lanes: Lane[] = [0, 1].map((order) => ({ id: `l${order}`, processId: 'p', departmentId: `d${order}`, order, size: 160 }));
const phase = (order: number, size: number): Phase => ({ id: `ph${order}`, processId: 'p', name: `Phase ${order}`, order, size });
const task = (x: number): Step => ({
  id: `s${x}`, processId: 'p', laneId: 'l0', phaseId: null, code: 'N01', name: 'Check', kind: 'task', x, y: 80, input: '', output: '',
  ownerPositionId: null, durationValue: null, durationUnit: 'hours', notes: '', subProcess: false, width: null, height: null, color: null,
});
// A horizontal diagram's lanes start after the 120-unit lane names.
const laneEnds = (layout: ReturnType<typeof diagramLayout>) => layout.lanes.map((b) => b.rect.x + b.rect.width);

describe('diagramLayout', () => {
  it('ends the lanes where the last phase ends, leaving no unlabelled strip after it', () => {
    const layout = diagramLayout('horizontal', lanes, [phase(0, 400), phase(1, 600)], [task(200), task(700)]);
    expect(laneEnds(layout)).toEqual([1120, 1120]);
    expect(layout.phases.map((b) => b.rect.x + b.rect.width)).toEqual([520, 1120]);
    expect(layout.bounds.width).toBe(1120);
  });

  it('stretches the last phase, and the lanes with it, to hold a step placed past its end', () => {
    // The task ends at 1260; 24 units are kept after it.
    const layout = diagramLayout('horizontal', lanes, [phase(0, 400), phase(1, 600)], [task(1100)]);
    expect(laneEnds(layout)).toEqual([1284, 1284]);
    expect(layout.phases[1]!.rect.x + layout.phases[1]!.rect.width).toBe(1284);
    expect(layout.phases[1]!.header.width).toBe(764);
  });

  it('ends the lanes of a process without phases a little after its last step', () => {
    const layout = diagramLayout('horizontal', lanes, [], [task(1500)]);
    // 1500 + 160 wide + 48.
    expect(laneEnds(layout)).toEqual([1708, 1708]);
  });
});
