import type { Lane, Orientation, Phase, Step } from '../model/entities';
import { LANE_HEADER, layoutProcess, type ProcessLayout, type Rect } from './geometry';
import { stepRect } from './step-text';

/** Room kept after the last step before the lanes end. */
export const TAIL = 48;

/**
 * The lanes and phases of the drawn diagram, on the canvas and in every export: lanes end where the
 * last phase ends (a step beyond it stretches the last phase to hold it); without phases they end a
 * little after the last step.
 */
export function diagramLayout(orientation: Orientation, lanes: readonly Lane[], phases: readonly Phase[], steps: readonly Step[]): ProcessLayout {
  const horizontal = orientation === 'horizontal';
  const reach = steps.reduce((max, s) => {
    const r = stepRect(s);
    return Math.max(max, horizontal ? r.x + r.width : r.y + r.height);
  }, 0);
  if (phases.length === 0) return layoutProcess(orientation, lanes, phases, reach - LANE_HEADER + TAIL);
  const layout = layoutProcess(orientation, lanes, phases, 0);
  const end = LANE_HEADER + phases.reduce((sum, p) => sum + p.size, 0);
  return reach + TAIL / 2 > end ? stretchLastPhase(layout, reach + TAIL / 2 - end) : layout;
}

/** The layout with its last phase (and the lanes) longer by `extra` along the flow. */
function stretchLastPhase(layout: ProcessLayout, extra: number): ProcessLayout {
  const horizontal = layout.orientation === 'horizontal';
  const longer = (r: Rect): Rect => (horizontal ? { ...r, width: r.width + extra } : { ...r, height: r.height + extra });
  return {
    ...layout,
    lanes: layout.lanes.map((b) => ({ ...b, rect: longer(b.rect) })),
    phases: layout.phases.map((b, i) => (i === layout.phases.length - 1 ? { ...b, rect: longer(b.rect), header: longer(b.header) } : b)),
    bounds: longer(layout.bounds),
  };
}
