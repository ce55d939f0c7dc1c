import type { CommandInput } from '../../shared/commands/command-schema';
import { NODE_SIZE, type ProcessLayout, type Rect } from '../../shared/diagram/geometry';
import { stepRect } from '../../shared/diagram/step-text';
import type { Step, StepKind } from '../../shared/model/entities';
import { across, along, centreOf, fromAxes } from './canvas-layout';
import { addFlowCommand, addStepCommand } from './step-commands';

/** Where the quick-add arrows put the next step: on along the flow in the same lane, or on in the lane before or after. */
export const QUICK_DIRECTIONS = ['next', 'laneBefore', 'laneAfter'] as const;
export type QuickDirection = (typeof QUICK_DIRECTIONS)[number];

/** Distance along the flow between a step and the one quick-add puts after it, as templates space them. */
const STRIDE = 200;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The lane a quick-add arrow points at, or null when there is none that way. */
export function laneToward(layout: ProcessLayout, from: Step, direction: QuickDirection): string | null {
  const index = layout.lanes.findIndex((b) => b.lane.id === from.laneId);
  if (index < 0) return null;
  const target = direction === 'next' ? index : direction === 'laneBefore' ? index - 1 : index + 1;
  return layout.lanes[target]?.lane.id ?? null;
}

/**
 * A new task after a step, already connected to it: on along the flow, in the lane the arrow points
 * at, at the first free place; one undo step. Null when the arrow points past the last lane.
 */
export function quickAddCommand(layout: ProcessLayout, from: Step, direction: QuickDirection, steps: readonly Step[], ids: { step: string; flow: string }): CommandInput | null {
  const laneId = laneToward(layout, from, direction);
  const band = layout.lanes.find((b) => b.lane.id === laneId);
  if (!laneId || !band) return null;
  const o = layout.orientation;
  const c = centreOf(from);
  const laneMiddle = across(o, { x: band.rect.x + band.rect.width / 2, y: band.rect.y + band.rect.height / 2 });
  const kind: StepKind = 'task';
  const others = steps.filter((s) => s.laneId === laneId).map(stepRect);
  let at = along(o, c) + STRIDE;
  let command: CommandInput | null = null;
  for (let tries = 0; tries < 200 && !command; tries++, at += STRIDE / 2) {
    const centre = fromAxes(o, at, laneMiddle);
    const candidate = addStepCommand(layout, from.processId, ids.step, kind, centre);
    const row = candidate && findStepRow(candidate);
    if (row && !others.some((r) => overlaps(r, { x: row.x, y: row.y, ...NODE_SIZE[kind] }))) command = candidate;
  }
  if (!command) return null;
  const flow = addFlowCommand([], from.processId, ids.flow, from.id, ids.step)!;
  return { type: 'batch', label: 'quickAdd', commands: [command, flow] };
}

function findStepRow(command: CommandInput): { x: number; y: number } | null {
  if (command.type === 'add' && command.table === 'steps') return { x: command.row.x ?? 0, y: command.row.y ?? 0 };
  if (command.type === 'batch') for (const c of command.commands) {
    const found = findStepRow(c);
    if (found) return found;
  }
  return null;
}
