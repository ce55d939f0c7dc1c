import type { CommandInput } from '../../shared/commands/command-schema';
import { layoutProcess } from '../../shared/diagram/geometry';
import type { Lane, Phase, Process, Step } from '../../shared/model/entities';
import { followLayout } from './relayout';

/** The rows of one process the lane and phase commands need, lanes and phases in their order. */
export interface ProcessRows {
  process: Process;
  lanes: readonly Lane[];
  phases: readonly Phase[];
  steps: readonly Step[];
}

const MIN_LANE = 40;
const MAX_LANE = 5000;
const MIN_PHASE = 40;
const MAX_PHASE = 20000;

export const clampLaneSize = (size: number) => Math.round(Math.min(MAX_LANE, Math.max(MIN_LANE, size)));
export const clampPhaseSize = (size: number) => Math.round(Math.min(MAX_PHASE, Math.max(MIN_PHASE, size)));

function layoutOf(rows: ProcessRows, lanes: readonly Lane[], phases: readonly Phase[]) {
  // Band length does not matter for how far bands move, so any length serves.
  return layoutProcess(rows.process.orientation, lanes, phases, 0);
}

function batch(label: string, commands: CommandInput[]): CommandInput {
  return commands.length === 1 ? commands[0]! : { type: 'batch', label, commands };
}

function reordered<R extends { id: string; order: number }>(rows: readonly R[], id: string, toIndex: number): R[] {
  const moving = rows.find((r) => r.id === id);
  if (!moving) return [...rows];
  const rest = rows.filter((r) => r.id !== id);
  rest.splice(Math.min(toIndex, rest.length), 0, moving);
  return rest.map((r, order) => ({ ...r, order }));
}

/** Moves a lane to another place in the order; its steps go with it, and so do those of the lanes it passes. */
export function moveLaneCommand(rows: ProcessRows, laneId: string, toIndex: number): CommandInput {
  const before = layoutOf(rows, rows.lanes, rows.phases);
  const after = layoutOf(rows, reordered(rows.lanes, laneId, toIndex), rows.phases);
  return batch('Move lane', [{ type: 'move', table: 'lanes', id: laneId, toIndex }, ...followLayout(rows.steps, before, after)]);
}

/** Resizes a lane; the lanes after it shift and their steps with them. */
export function resizeLaneCommand(rows: ProcessRows, laneId: string, size: number): CommandInput {
  const clamped = clampLaneSize(size);
  const before = layoutOf(rows, rows.lanes, rows.phases);
  const after = layoutOf(rows, rows.lanes.map((l) => (l.id === laneId ? { ...l, size: clamped } : l)), rows.phases);
  return batch('Resize lane', [{ type: 'update', table: 'lanes', id: laneId, patch: { size: clamped } }, ...followLayout(rows.steps, before, after)]);
}

/** Deletes a lane (and its steps); the lanes after it close the gap, their steps with them. */
export function deleteLaneCommand(rows: ProcessRows, laneId: string): CommandInput {
  const before = layoutOf(rows, rows.lanes, rows.phases);
  const after = layoutOf(rows, rows.lanes.filter((l) => l.id !== laneId), rows.phases);
  const others = rows.steps.filter((s) => s.laneId !== laneId);
  return batch('Delete lane', [{ type: 'delete', table: 'lanes', id: laneId }, ...followLayout(others, before, after)]);
}

/** Moves a phase to another place in the order; its steps go with it along the flow, and so do those of the phases it passes. */
export function movePhaseCommand(rows: ProcessRows, phaseId: string, toIndex: number): CommandInput {
  const before = layoutOf(rows, rows.lanes, rows.phases);
  const after = layoutOf(rows, rows.lanes, reordered(rows.phases, phaseId, toIndex));
  return batch('Move phase', [{ type: 'move', table: 'phases', id: phaseId, toIndex }, ...followLayout(rows.steps, before, after)]);
}

/** Resizes a phase; the phases after it and their steps move along the flow. */
export function resizePhaseCommand(rows: ProcessRows, phaseId: string, size: number): CommandInput {
  const clamped = clampPhaseSize(size);
  const before = layoutOf(rows, rows.lanes, rows.phases);
  const after = layoutOf(rows, rows.lanes, rows.phases.map((p) => (p.id === phaseId ? { ...p, size: clamped } : p)));
  return batch('Resize phase', [{ type: 'update', table: 'phases', id: phaseId, patch: { size: clamped } }, ...followLayout(rows.steps, before, after)]);
}

/**
 * Deletes a phase without moving any step: the phase before it (or after it, for the first) takes
 * over its length and its steps, so every other separator stays where it was.
 */
export function deletePhaseCommand(rows: ProcessRows, phaseId: string): CommandInput {
  const index = rows.phases.findIndex((p) => p.id === phaseId);
  const phase = rows.phases[index];
  if (!phase) return { type: 'delete', table: 'phases', id: phaseId };
  const heir = rows.phases[index - 1] ?? rows.phases[index + 1];
  if (!heir) return { type: 'delete', table: 'phases', id: phaseId };
  return batch('Delete phase', [
    { type: 'update', table: 'phases', id: heir.id, patch: { size: clampPhaseSize(heir.size + phase.size) } },
    ...rows.steps.filter((s) => s.phaseId === phaseId).map((s): CommandInput => ({ type: 'update', table: 'steps', id: s.id, patch: { phaseId: heir.id } })),
    { type: 'delete', table: 'phases', id: phaseId },
  ]);
}
