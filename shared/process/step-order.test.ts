import { describe, expect, it } from 'vitest';
import type { Flow, Step } from '../model/entities';
import { orderSteps } from './step-order';

function step(id: string, x: number, kind: Step['kind'] = 'task', y = 0): Step {
  return { id, processId: 'p', laneId: 'l', phaseId: null, code: id, name: id, kind, x, y, input: '', output: '', ownerPositionId: null, durationValue: null, durationUnit: 'hours', notes: '', subProcess: false, width: null, height: null, color: null };
}
const flow = (from: string, to: string): Flow => ({ id: `${from}-${to}`, processId: 'p', fromStepId: from, toStepId: to, label: '', bends: [] });

describe('orderSteps', () => {
  it('follows the flows from the start step, not the drawing position', () => {
    const steps = [step('c', 10), step('a', 300, 'start'), step('b', 50)];
    expect(orderSteps(steps, [flow('a', 'b'), flow('b', 'c')], 'horizontal').map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts a step after every step that leads to it, ties by position', () => {
    const steps = [step('s', 0, 'start'), step('up', 100, 'task', 0), step('down', 100, 'task', 200), step('join', 200)];
    const flows = [flow('s', 'down'), flow('s', 'up'), flow('up', 'join'), flow('down', 'join')];
    expect(orderSteps(steps, flows, 'horizontal').map((s) => s.id)).toEqual(['s', 'up', 'down', 'join']);
  });

  it('survives loops (a rejected review going back) and unconnected steps', () => {
    const steps = [step('s', 0, 'start'), step('review', 100), step('fix', 200), step('alone', 50)];
    const flows = [flow('s', 'review'), flow('review', 'fix'), flow('fix', 'review')];
    const order = orderSteps(steps, flows, 'horizontal').map((s) => s.id);
    expect(order).toHaveLength(4);
    expect(order.indexOf('s')).toBeLessThan(order.indexOf('review'));
    expect(order.indexOf('review')).toBeLessThan(order.indexOf('fix'));
  });

  it('orders by y first when lanes are columns', () => {
    const steps = [step('low', 0, 'task', 300), step('high', 100, 'task', 10)];
    expect(orderSteps(steps, [], 'vertical').map((s) => s.id)).toEqual(['high', 'low']);
  });
});
