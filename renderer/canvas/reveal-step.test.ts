import { describe, expect, it, vi } from 'vitest';
import type { Step } from '../../shared/model/entities';
import { revealStep } from './reveal-step';

const task = (x: number, y: number) => ({ id: 's', kind: 'task', name: 'Send invoice', code: 'N05', x, y, width: null, height: null }) as unknown as Step;
const view = { width: 800, height: 600, transform: [0, 0, 1] as [number, number, number] };

describe('revealStep', () => {
  it('leaves the canvas alone when the step is in view', () => {
    const setCenter = vi.fn();
    revealStep({ setCenter }, view, task(200, 200));
    expect(setCenter).not.toHaveBeenCalled();
  });

  it('centres a step past the right edge, at the same zoom', () => {
    const setCenter = vi.fn();
    revealStep({ setCenter }, { ...view, transform: [-100, 20, 0.5] }, task(1600, 200));
    // A task is 160 × 64: its middle is 80 and 32 in from its corner.
    expect(setCenter).toHaveBeenCalledWith(1680, 232, { zoom: 0.5, duration: 0 });
  });

  it('centres a step that only touches the edge, where its arrows would be cut', () => {
    const setCenter = vi.fn();
    revealStep({ setCenter }, view, task(620, 200));
    expect(setCenter).toHaveBeenCalledOnce();
  });
});
