import type { CommandInput } from '../../shared/commands/command-schema';
import { laneAt, NODE_SIZE, type ProcessLayout } from '../../shared/diagram/geometry';
import type { Step, StepKind } from '../../shared/model/entities';
import { centreOf, phaseAt, topLeftFor, type Point } from './canvas-layout';

/** A new step of a kind centred where it was dropped, or null when the point is outside every lane. */
export function addStepCommand(layout: ProcessLayout, processId: string, id: string, kind: StepKind, drop: Point): CommandInput | null {
  const lane = laneAt(layout, drop.x, drop.y);
  if (!lane) return null;
  const at = topLeftFor(kind, drop);
  const phase = phaseAt(layout, drop);
  return { type: 'add', table: 'steps', row: { id, processId, laneId: lane.id, phaseId: phase?.id ?? null, kind, x: at.x, y: at.y } };
}

export interface MoveResult {
  command: CommandInput | null;
  /** Steps left where they were because their new place is outside every lane. */
  refused: string[];
}

/**
 * Moves steps to new top-left corners in one command. Each step joins the lane (and phase) under its
 * new centre; a step whose centre would leave every lane stays put.
 */
export function moveStepsCommand(layout: ProcessLayout, steps: ReadonlyMap<string, Step>, positions: ReadonlyMap<string, Point>): MoveResult {
  const commands: CommandInput[] = [];
  const refused: string[] = [];
  for (const [id, p] of positions) {
    const step = steps.get(id);
    if (!step || (step.x === p.x && step.y === p.y)) continue;
    const centre = centreOf({ kind: step.kind, x: p.x, y: p.y });
    const lane = laneAt(layout, centre.x, centre.y);
    if (!lane) {
      refused.push(id);
      continue;
    }
    const phaseId = phaseAt(layout, centre)?.id ?? null;
    commands.push({ type: 'update', table: 'steps', id, patch: { x: p.x, y: p.y, laneId: lane.id, phaseId } });
  }
  const command = commands.length === 0 ? null : commands.length === 1 ? commands[0]! : { type: 'batch' as const, label: 'Move steps', commands };
  return { command, refused };
}

/** Deletes steps and flows in one command; flows of deleted steps go with them, so they are not named twice. */
export function deleteSelectionCommand(stepIds: readonly string[], flows: ReadonlyArray<{ id: string; fromStepId: string; toStepId: string }>): CommandInput | null {
  const doomed = new Set(stepIds);
  const commands: CommandInput[] = stepIds.map((id) => ({ type: 'delete', table: 'steps', id }));
  for (const f of flows) if (!doomed.has(f.fromStepId) && !doomed.has(f.toStepId)) commands.push({ type: 'delete', table: 'flows', id: f.id });
  if (commands.length === 0) return null;
  return commands.length === 1 ? commands[0]! : { type: 'batch', label: 'Delete', commands };
}

/** Where a step added without a drop goes: centred across its lane, after the lane's last step along the flow. */
export function nextFreeCentre(layout: ProcessLayout, laneId: string, steps: readonly Step[], kind: StepKind): Point | null {
  const band = layout.lanes.find((b) => b.lane.id === laneId);
  if (!band) return null;
  const o = layout.orientation;
  const r = band.rect;
  let end = (o === 'horizontal' ? r.x : r.y) + 8;
  for (const s of steps) {
    if (s.laneId !== laneId) continue;
    const size = NODE_SIZE[s.kind];
    end = Math.max(end, o === 'horizontal' ? s.x + size.width : s.y + size.height);
  }
  const half = (o === 'horizontal' ? NODE_SIZE[kind].width : NODE_SIZE[kind].height) / 2;
  const alongCentre = end + 40 + half;
  return o === 'horizontal' ? { x: alongCentre, y: r.y + r.height / 2 } : { x: r.x + r.width / 2, y: alongCentre };
}

/** A step moved into another lane: same place along the flow, centred across the new lane. */
export function moveToLaneCommand(layout: ProcessLayout, step: Step, laneId: string): CommandInput | null {
  const band = layout.lanes.find((b) => b.lane.id === laneId);
  if (!band || step.laneId === laneId) return null;
  const size = NODE_SIZE[step.kind];
  const r = band.rect;
  const at = layout.orientation === 'horizontal' ? topLeftFor(step.kind, { x: step.x + size.width / 2, y: r.y + r.height / 2 }) : topLeftFor(step.kind, { x: r.x + r.width / 2, y: step.y + size.height / 2 });
  return { type: 'update', table: 'steps', id: step.id, patch: { laneId, x: at.x, y: at.y } };
}

/** A new flow, unless the two steps are the same or already connected that way. */
export function addFlowCommand(flows: ReadonlyArray<{ fromStepId: string; toStepId: string }>, processId: string, id: string, from: string, to: string): CommandInput | null {
  if (from === to || flows.some((f) => f.fromStepId === from && f.toStepId === to)) return null;
  return { type: 'add', table: 'flows', row: { id, processId, fromStepId: from, toStepId: to } };
}
