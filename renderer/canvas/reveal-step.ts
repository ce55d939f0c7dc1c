import type { ReactFlowInstance, ReactFlowState } from '@xyflow/react';
import { stepRect } from '../../shared/diagram/step-text';
import type { Step } from '../../shared/model/entities';

/** Room kept round a step brought into view, in screen pixels: its quick-add arrows stand outside it. */
const MARGIN = 48;

/**
 * Centres the canvas, at the same zoom, on a step not wholly in view: the canvas draws only what is
 * in view, so a step added off screen would have no name field to type into.
 */
export function revealStep(rf: Pick<ReactFlowInstance, 'setCenter'>, view: Pick<ReactFlowState, 'width' | 'height' | 'transform'>, step: Step): void {
  const [x, y, zoom] = view.transform;
  const r = stepRect(step);
  const left = r.x * zoom + x;
  const top = r.y * zoom + y;
  const inView = left >= MARGIN && top >= MARGIN && left + r.width * zoom <= view.width - MARGIN && top + r.height * zoom <= view.height - MARGIN;
  if (!inView) void rf.setCenter(r.x + r.width / 2, r.y + r.height / 2, { zoom, duration: 0 });
}
