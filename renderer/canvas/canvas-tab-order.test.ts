import { describe, expect, it } from 'vitest';
import type { Flow, Step } from '../../shared/model/entities';
import { canvasTabOrder, nextTabStop } from './canvas-tab-order';

const step = (id: string, code: string, x = 0): Step => ({ id, code, x, y: 0 }) as Step;
const flow = (id: string, fromStepId: string, toStepId: string): Flow => ({ id, fromStepId, toStepId }) as Flow;

describe('canvasTabOrder', () => {
  const steps = [step('s10', 'N10'), step('s2', 'N02'), step('s1', 'N01'), step('u', '', 300), step('v', '', 100)];
  const flows = [flow('f3', 's10', 's2'), flow('f1', 's1', 's2'), flow('f2', 's2', 's10'), flow('f0', 's1', 's10')];
  const order = canvasTabOrder(steps, flows, 2);

  it('walks every step by number (N2 before N10), then flows by the steps they join, then the headers', () => {
    expect(order).toEqual([
      { kind: 'step', id: 'v' },
      { kind: 'step', id: 'u' },
      { kind: 'step', id: 's1' },
      { kind: 'step', id: 's2' },
      { kind: 'step', id: 's10' },
      { kind: 'flow', id: 'f1' },
      { kind: 'flow', id: 'f0' },
      { kind: 'flow', id: 'f2' },
      { kind: 'flow', id: 'f3' },
      { kind: 'header', index: 0 },
      { kind: 'header', index: 1 },
    ]);
  });

  it('Tab goes to the next stop and leaves after the last; Shift+Tab leaves before the first', () => {
    expect(nextTabStop(order, { kind: 'step', id: 's10' }, false)).toEqual({ kind: 'flow', id: 'f1' });
    expect(nextTabStop(order, { kind: 'flow', id: 'f1' }, true)).toEqual({ kind: 'step', id: 's10' });
    expect(nextTabStop(order, { kind: 'header', index: 1 }, false)).toBeNull();
    expect(nextTabStop(order, { kind: 'step', id: 'v' }, true)).toBeNull();
  });

  it('coming from outside the diagram, Tab lands on the first step and Shift+Tab on the last stop', () => {
    expect(nextTabStop(order, null, false)).toEqual({ kind: 'step', id: 'v' });
    expect(nextTabStop(order, null, true)).toEqual({ kind: 'header', index: 1 });
    expect(nextTabStop([], null, false)).toBeNull();
  });
});
