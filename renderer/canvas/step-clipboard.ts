import type { CommandInput } from '../../shared/commands/command-schema';
import type { ProcessLayout } from '../../shared/diagram/geometry';
import { stepSize } from '../../shared/diagram/step-text';
import type { Flow, Lane, Step } from '../../shared/model/entities';
import { across, along, centreOf, fromAxes, phaseAt } from './canvas-layout';

interface CopiedStep {
  step: Step;
  departmentId: string;
  /** Top-left corner's distance from the lane's edge, across the flow. */
  inLane: number;
}

/** Copied steps and the flows between them, held in memory so they can be pasted into any process of the project. */
export interface StepClip {
  processId: string;
  steps: CopiedStep[];
  flows: Flow[];
  /** Along-the-flow extent of the copied steps. */
  span: number;
}

function laneEdge(layout: ProcessLayout, laneId: string): number | null {
  const band = layout.lanes.find((b) => b.lane.id === laneId);
  if (!band) return null;
  return layout.orientation === 'horizontal' ? band.rect.y : band.rect.x;
}

export function copySteps(processId: string, layout: ProcessLayout, steps: readonly Step[], flows: readonly Flow[]): StepClip | null {
  const o = layout.orientation;
  const copied: CopiedStep[] = [];
  for (const step of steps) {
    const band = layout.lanes.find((b) => b.lane.id === step.laneId);
    const edge = laneEdge(layout, step.laneId);
    if (!band || edge === null) continue;
    copied.push({ step, departmentId: band.lane.departmentId, inLane: across(o, step) - edge });
  }
  if (copied.length === 0) return null;
  const ids = new Set(copied.map((c) => c.step.id));
  const starts = copied.map((c) => along(o, c.step));
  const ends = copied.map((c) => along(o, c.step) + (o === 'horizontal' ? stepSize(c.step).width : stepSize(c.step).height));
  return {
    processId,
    steps: copied,
    flows: flows.filter((f) => ids.has(f.fromStepId) && ids.has(f.toStepId)),
    span: Math.max(...ends) - Math.min(...starts),
  };
}

export type PasteResult = { ok: true; command: CommandInput; stepIds: string[] } | { ok: false; missingDepartmentIds: string[] };

export interface PasteTarget {
  processId: string;
  layout: ProcessLayout;
  lanes: readonly Lane[];
}

/**
 * Commands that paste a clip into a process: each step into the lane of its department, at the same
 * place in the lane; into the process it came from, shifted along the flow past the originals.
 * Refused when the target process has no lane for one of the departments.
 */
export function pasteCommand(clip: StepClip, target: PasteTarget, times: number, newId: (prefix: string) => string): PasteResult {
  const laneByDepartment = new Map<string, Lane>();
  for (const lane of [...target.lanes].sort((a, b) => a.order - b.order)) if (!laneByDepartment.has(lane.departmentId)) laneByDepartment.set(lane.departmentId, lane);
  const missing = [...new Set(clip.steps.map((c) => c.departmentId).filter((d) => !laneByDepartment.has(d)))];
  if (missing.length > 0) return { ok: false, missingDepartmentIds: missing };

  const o = target.layout.orientation;
  const shift = clip.processId === target.processId ? (clip.span + 40) * times : 0;
  const ids = new Map<string, string>();
  const commands: CommandInput[] = [];
  for (const c of clip.steps) {
    const lane = laneByDepartment.get(c.departmentId)!;
    const edge = laneEdge(target.layout, lane.id)!;
    const depth = o === 'horizontal' ? stepSize(c.step).height : stepSize(c.step).width;
    const inLane = Math.max(0, Math.min(c.inLane, lane.size - depth));
    const at = fromAxes(o, along(o, c.step) + shift, edge + inLane);
    const id = newId('s_');
    ids.set(c.step.id, id);
    const { id: _old, code: _code, processId: _process, laneId: _lane, phaseId: _phase, x: _x, y: _y, ...fields } = c.step;
    const phase = phaseAt(target.layout, centreOf({ ...c.step, ...at }));
    commands.push({ type: 'add', table: 'steps', row: { ...fields, id, processId: target.processId, laneId: lane.id, phaseId: phase?.id ?? null, x: at.x, y: at.y } });
  }
  for (const f of clip.flows) {
    commands.push({ type: 'add', table: 'flows', row: { id: newId('f_'), processId: target.processId, fromStepId: ids.get(f.fromStepId)!, toStepId: ids.get(f.toStepId)!, label: f.label } });
  }
  return { ok: true, command: { type: 'batch', label: 'paste', commands }, stepIds: [...ids.values()] };
}

/** The canvas's clipboard: one clip for the whole project window, and how often it was pasted into its own process. */
let held: { clip: StepClip; pastes: number } | null = null;

export function holdClip(clip: StepClip): void {
  held = { clip, pastes: 0 };
}

export function heldClip(): StepClip | null {
  return held?.clip ?? null;
}

/** Counts a paste and tells how many this makes, so repeated pastes land side by side. */
export function countPaste(): number {
  if (!held) return 0;
  held.pastes += 1;
  return held.pastes;
}
