import type { CommandInput } from '../../shared/commands/command-schema';
import type { Orientation, Step } from '../../shared/model/entities';
import type { ProcessLayout, Rect } from '../../shared/diagram/geometry';
import { stepSize } from '../../shared/diagram/step-text';
import { along, centreOf } from './canvas-layout';

function acrossStart(orientation: Orientation, r: Rect): number {
  return orientation === 'horizontal' ? r.y : r.x;
}

function alongStart(orientation: Orientation, r: Rect): number {
  return orientation === 'horizontal' ? r.x : r.y;
}

function alongEnd(orientation: Orientation, r: Rect): number {
  return orientation === 'horizontal' ? r.x + r.width : r.y + r.height;
}

/** How far the phase band holding a step's centre moved along the flow; steps past the last phase follow its end. */
function alongShift(step: Step, before: ProcessLayout, after: ProcessLayout): number {
  const o = before.orientation;
  const c = along(o, centreOf(step));
  for (const band of before.phases) {
    if (c < alongStart(o, band.rect) || c >= alongEnd(o, band.rect)) continue;
    const moved = after.phases.find((b) => b.phase.id === band.phase.id);
    return moved ? alongStart(o, moved.rect) - alongStart(o, band.rect) : 0;
  }
  const oldLast = before.phases[before.phases.length - 1];
  const newLast = after.phases[after.phases.length - 1];
  if (oldLast && newLast && c >= alongEnd(o, oldLast.rect)) return alongEnd(o, newLast.rect) - alongEnd(o, oldLast.rect);
  return 0;
}

/**
 * Updates that keep every step in its lane and phase when lanes or phases are resized, reordered or
 * removed: each step moves with its lane band across the flow and with its phase band along it.
 * Steps of lanes that no longer exist are left out (deleting the lane deletes them).
 */
export function followLayout(steps: readonly Step[], before: ProcessLayout, after: ProcessLayout): CommandInput[] {
  const o = before.orientation;
  const commands: CommandInput[] = [];
  for (const step of steps) {
    const oldLane = before.lanes.find((b) => b.lane.id === step.laneId);
    const newLane = after.lanes.find((b) => b.lane.id === step.laneId);
    if (!oldLane || !newLane) continue;
    const dAcross = acrossStart(o, newLane.rect) - acrossStart(o, oldLane.rect);
    const dAlong = alongShift(step, before, after);
    if (dAcross === 0 && dAlong === 0) continue;
    const x = step.x + (o === 'horizontal' ? dAlong : dAcross);
    const y = step.y + (o === 'horizontal' ? dAcross : dAlong);
    commands.push({ type: 'update', table: 'steps', id: step.id, patch: { x, y } });
  }
  return commands;
}

/**
 * Where a step goes when lanes turn from rows into columns or back. Lanes start at the same offset
 * across the flow and the flow starts at the same offset along it in both orientations, so swapping
 * the centre's coordinates keeps each step in its lane, its phase and its place along the flow.
 */
export function transposed(step: Step): { x: number; y: number } {
  const c = centreOf(step);
  const size = stepSize(step);
  // Not snapped, so switching back and forth never drifts.
  return { x: c.y - size.width / 2, y: c.x - size.height / 2 };
}

/** One batch: the new orientation and every step of the process moved to match. */
export function orientationCommand(processId: string, orientation: Orientation, steps: readonly Step[]): CommandInput {
  return {
    type: 'batch',
    label: 'orientation',
    commands: [
      { type: 'update', table: 'processes', id: processId, patch: { orientation } },
      ...steps.map((s): CommandInput => ({ type: 'update', table: 'steps', id: s.id, patch: transposed(s) })),
    ],
  };
}

