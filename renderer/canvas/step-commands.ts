import type { CommandInput } from '../../shared/commands/command-schema';
import { laneAt, NODE_SIZE, type LaneBand, type PhaseBand, type ProcessLayout, type Rect } from '../../shared/diagram/geometry';
import { stepSize } from '../../shared/diagram/step-text';
import type { Phase, Step, StepKind } from '../../shared/model/entities';
import { along, centreOf, phaseAt, topLeftFor, type Point } from './canvas-layout';
import { clampPhaseSize } from './lane-commands';

/** Room kept between a step and the borders of its lane and phase. */
const INSET = 4;

function clamp(value: number, low: number, high: number): number {
  return high < low ? low : Math.min(high, Math.max(low, value));
}

/**
 * A top-left corner moved just enough for the shape to lie inside its lane (across) and its phase
 * (along the flow); a step straddling a border snaps into the band that holds its centre.
 */
function insideBands(layout: ProcessLayout, at: Point, size: { width: number; height: number }, lane: LaneBand, phase: PhaseBand | null): Point {
  const within = (r: Rect, p: Point): Point => ({
    x: clamp(p.x, r.x + INSET, r.x + r.width - INSET - size.width),
    y: clamp(p.y, r.y + INSET, r.y + r.height - INSET - size.height),
  });
  const horizontal = layout.orientation === 'horizontal';
  const acrossOnly = horizontal ? { ...lane.rect, x: -1e9, width: 2e9 } : { ...lane.rect, y: -1e9, height: 2e9 };
  let p = within(acrossOnly, at);
  if (phase) p = within(horizontal ? { ...phase.rect, y: -1e9, height: 2e9 } : { ...phase.rect, x: -1e9, width: 2e9 }, p);
  return p;
}

/** When a step lands past the last phase, that phase grows to hold it: a process with phases has no step outside them. */
function lastPhaseFor(layout: ProcessLayout, centre: Point, size: { width: number; height: number }): { band: PhaseBand; grow: CommandInput | null } | null {
  const last = layout.phases[layout.phases.length - 1];
  if (!last) return null;
  const o = layout.orientation;
  const end = o === 'horizontal' ? last.rect.x + last.rect.width : last.rect.y + last.rect.height;
  if (along(o, centre) < end) return null;
  const reach = along(o, centre) + (o === 'horizontal' ? size.width : size.height) / 2 + 2 * INSET + 16;
  const phase: Phase = { ...last.phase, size: clampPhaseSize(Math.ceil((last.phase.size + reach - end) / 8) * 8) };
  const rect = o === 'horizontal' ? { ...last.rect, width: phase.size } : { ...last.rect, height: phase.size };
  return { band: { ...last, phase, rect }, grow: { type: 'update', table: 'phases', id: phase.id, patch: { size: phase.size } } };
}

function placeIn(layout: ProcessLayout, centre: Point, topLeft: Point, size: { width: number; height: number }): { laneId: string; phaseId: string | null; at: Point; grow: CommandInput | null } | null {
  const lane = laneAt(layout, centre.x, centre.y);
  if (!lane) return null;
  const laneBand = layout.lanes.find((b) => b.lane.id === lane.id)!;
  const beyond = lastPhaseFor(layout, centre, size);
  const phase = beyond?.band ?? layout.phases.find((b) => b.phase.id === phaseAt(layout, centre)?.id) ?? null;
  return { laneId: lane.id, phaseId: phase?.phase.id ?? null, at: insideBands(layout, topLeft, size, laneBand, phase), grow: beyond?.grow ?? null };
}

const batchOf = (label: string, commands: CommandInput[]): CommandInput | null =>
  commands.length === 0 ? null : commands.length === 1 ? commands[0]! : { type: 'batch', label, commands };

/** A new step of a kind centred where it was dropped, or null when the point is outside every lane. */
export function addStepCommand(layout: ProcessLayout, processId: string, id: string, kind: StepKind, drop: Point): CommandInput | null {
  const place = placeIn(layout, drop, topLeftFor(kind, drop), NODE_SIZE[kind]);
  if (!place) return null;
  const add: CommandInput = { type: 'add', table: 'steps', row: { id, processId, laneId: place.laneId, phaseId: place.phaseId, kind, x: place.at.x, y: place.at.y } };
  return batchOf('addStep', [...(place.grow ? [place.grow] : []), add]);
}

export interface MoveResult {
  command: CommandInput | null;
  /** Steps left where they were because their new place is outside every lane. */
  refused: string[];
}

/**
 * Moves steps to new top-left corners in one command. Each step joins the lane (and phase) under its
 * new centre and stays inside them; a step whose centre would leave every lane stays put.
 */
export function moveStepsCommand(layout: ProcessLayout, steps: ReadonlyMap<string, Step>, positions: ReadonlyMap<string, Point>): MoveResult {
  const commands: CommandInput[] = [];
  const refused: string[] = [];
  const grown = new Set<string>();
  for (const [id, p] of positions) {
    const step = steps.get(id);
    if (!step || (step.x === p.x && step.y === p.y)) continue;
    const size = stepSize(step);
    const place = placeIn(layout, centreOf({ ...step, x: p.x, y: p.y }), p, size);
    if (!place) {
      refused.push(id);
      continue;
    }
    if (place.grow && place.phaseId && !grown.has(place.phaseId)) {
      grown.add(place.phaseId);
      commands.push(place.grow);
    }
    commands.push({ type: 'update', table: 'steps', id, patch: { x: place.at.x, y: place.at.y, laneId: place.laneId, phaseId: place.phaseId } });
  }
  return { command: batchOf('moveSteps', commands), refused };
}

/** Deletes steps and flows in one command; flows of deleted steps go with them, so they are not named twice. */
export function deleteSelectionCommand(stepIds: readonly string[], flows: ReadonlyArray<{ id: string; fromStepId: string; toStepId: string }>): CommandInput | null {
  const doomed = new Set(stepIds);
  const commands: CommandInput[] = stepIds.map((id) => ({ type: 'delete', table: 'steps', id }));
  for (const f of flows) if (!doomed.has(f.fromStepId) && !doomed.has(f.toStepId)) commands.push({ type: 'delete', table: 'flows', id: f.id });
  return batchOf('delete', commands);
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
    const size = stepSize(s);
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
  const size = stepSize(step);
  const r = band.rect;
  const c = layout.orientation === 'horizontal' ? { x: step.x + size.width / 2, y: r.y + r.height / 2 } : { x: r.x + r.width / 2, y: step.y + size.height / 2 };
  return { type: 'update', table: 'steps', id: step.id, patch: { laneId, x: Math.round(c.x - size.width / 2), y: Math.round(c.y - size.height / 2) } };
}

/** A new flow, unless the two steps are the same or already connected that way. */
export function addFlowCommand(flows: ReadonlyArray<{ fromStepId: string; toStepId: string }>, processId: string, id: string, from: string, to: string): CommandInput | null {
  if (from === to || flows.some((f) => f.fromStepId === from && f.toStepId === to)) return null;
  return { type: 'add', table: 'flows', row: { id, processId, fromStepId: from, toStepId: to } };
}
