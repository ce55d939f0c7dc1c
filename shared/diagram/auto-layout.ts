import type { CommandInput } from '../commands/command-schema';
import type { Flow, Lane, Orientation, Phase, Step } from '../model/entities';
import { orderSteps } from '../process/step-order';
import { LANE_HEADER, PHASE_HEADER, snap } from './geometry';
import { stepSize } from './step-text';

/**
 * Auto-layout: every step keeps its lane and its phase and goes into a column along the flow —
 * after the steps that lead to it (the longest chain of flows before it, loops cut where the flow
 * order enters them). Steps of one lane in one column stand side by side across the lane when they
 * fit, else in extra columns. Columns never overlap along the flow and steps in a column never
 * overlap across it, so the result has no overlapping shapes by construction; lanes and phases grow
 * where their steps need more room (they never shrink).
 */

export interface AutoLayoutInput {
  orientation: Orientation;
  lanes: readonly Lane[];
  phases: readonly Phase[];
  steps: readonly Step[];
  flows: readonly Flow[];
}

/** Space between a phase's start (or the lane names) and its first column, and after its last. */
const MARGIN = 40;
/** Space between columns along the flow, and between steps sharing a column across a lane. */
const GAP = 40;
const ACROSS_GAP = 12;
/** Room kept between a step and its lane's borders. */
const LANE_MARGIN = 12;
/** Phases and lanes sizes are stored in whole units within these bounds. */
const MAX_PHASE = 20_000;
const MAX_LANE = 5000;

interface Sized {
  step: Step;
  along: number;
  across: number;
}

/** Column of each step within its group: the longest chain of forward flows inside the group before it. */
function columnsOf(group: readonly Sized[], order: ReadonlyMap<string, number>, flows: readonly Flow[]): Map<string, number> {
  const inGroup = new Set(group.map((g) => g.step.id));
  const preds = new Map<string, string[]>();
  for (const f of flows) {
    if (!inGroup.has(f.fromStepId) || !inGroup.has(f.toStepId) || f.fromStepId === f.toStepId) continue;
    if ((order.get(f.fromStepId) ?? 0) >= (order.get(f.toStepId) ?? 0)) continue;
    (preds.get(f.toStepId) ?? preds.set(f.toStepId, []).get(f.toStepId)!).push(f.fromStepId);
  }
  const column = new Map<string, number>();
  const sorted = [...group].sort((a, b) => order.get(a.step.id)! - order.get(b.step.id)!);
  for (const g of sorted) column.set(g.step.id, Math.max(0, ...(preds.get(g.step.id) ?? []).map((p) => (column.get(p) ?? 0) + 1)));
  return column;
}

/** The phase each step is laid out in: its own, or for a step outside every phase, the phase of the step before it in the flow. */
function phaseOfEach(steps: readonly Step[], phases: readonly Phase[]): Map<string, string | null> {
  const ids = new Set(phases.map((p) => p.id));
  const result = new Map<string, string | null>();
  let last: string | null = phases[0]?.id ?? null;
  for (const s of steps) {
    const own = s.phaseId && ids.has(s.phaseId) ? s.phaseId : null;
    if (own) last = own;
    result.set(s.id, own ?? last);
  }
  return result;
}

/** One batch laying the process out; null when nothing would move. */
export function autoLayoutCommand(input: AutoLayoutInput): CommandInput | null {
  const o = input.orientation;
  if (input.steps.length === 0) return null;
  const horizontal = o === 'horizontal';
  const ordered = orderSteps(input.steps, input.flows, o);
  const order = new Map(ordered.map((s, i) => [s.id, i]));
  const phases = [...input.phases].sort((a, b) => a.order - b.order);
  const lanes = [...input.lanes].sort((a, b) => a.order - b.order);
  const laneIds = new Set(lanes.map((l) => l.id));
  const phaseOf = phaseOfEach(ordered, phases);
  const sized = new Map<string, Sized>();
  for (const step of ordered) {
    if (!laneIds.has(step.laneId)) continue;
    const size = stepSize(step);
    sized.set(step.id, { step, along: horizontal ? size.width : size.height, across: horizontal ? size.height : size.width });
  }

  const commands: CommandInput[] = [];
  // Lanes grow to hold their widest step with room to spare.
  const laneSize = new Map<string, number>();
  for (const lane of lanes) {
    const widest = Math.max(0, ...[...sized.values()].filter((s) => s.step.laneId === lane.id).map((s) => s.across));
    const size = Math.min(MAX_LANE, Math.max(lane.size, snap(widest + 2 * LANE_MARGIN + 4)));
    laneSize.set(lane.id, size);
    if (size !== lane.size) commands.push({ type: 'update', table: 'lanes', id: lane.id, patch: { size } });
  }
  const laneStart = new Map<string, number>();
  let acrossAt = PHASE_HEADER;
  for (const lane of lanes) {
    laneStart.set(lane.id, acrossAt);
    acrossAt += laneSize.get(lane.id)!;
  }

  // Groups along the flow: each phase in order, or the whole process when it has none.
  const groups: Array<{ phase: Phase | null; members: Sized[] }> = phases.length > 0 ? phases.map((phase) => ({ phase, members: [] })) : [{ phase: null, members: [] }];
  for (const s of sized.values()) {
    const phaseId = phaseOf.get(s.step.id);
    const group = groups.find((g) => (g.phase?.id ?? null) === phaseId) ?? groups[0]!;
    group.members.push(s);
  }

  let cursor = LANE_HEADER;
  for (const group of groups) {
    const column = columnsOf(group.members, order, input.flows);
    const count = Math.max(0, ...column.values()) + 1;
    // Each column is split into as many sub-columns as its fullest lane needs.
    const cells = new Map<string, Sized[]>();
    for (const m of group.members) {
      const key = `${column.get(m.step.id)}|${m.step.laneId}`;
      (cells.get(key) ?? cells.set(key, []).get(key)!).push(m);
    }
    const placed: Array<{ member: Sized; column: number; sub: number; acrossCentre: number }> = [];
    const subColumns: number[] = Array.from({ length: count }, () => 1);
    const columnAlong: number[] = Array.from({ length: count }, () => 0);
    for (const [key, members] of cells) {
      const c = Number(key.split('|')[0]);
      const lane = members[0]!.step.laneId;
      const room = laneSize.get(lane)! - 2 * LANE_MARGIN;
      members.sort((a, b) => order.get(a.step.id)! - order.get(b.step.id)!);
      // Fill sub-columns across the lane: as many steps in each as fit side by side.
      const rows: Sized[][] = [[]];
      let used = 0;
      for (const m of members) {
        const need = m.across + (rows[rows.length - 1]!.length > 0 ? ACROSS_GAP : 0);
        if (rows[rows.length - 1]!.length > 0 && used + need > room) {
          rows.push([]);
          used = 0;
        }
        used += rows[rows.length - 1]!.length > 0 ? m.across + ACROSS_GAP : m.across;
        rows[rows.length - 1]!.push(m);
      }
      subColumns[c] = Math.max(subColumns[c]!, rows.length);
      rows.forEach((row, sub) => {
        const total = row.reduce((sum, m) => sum + m.across, 0) + ACROSS_GAP * (row.length - 1);
        let at = laneStart.get(lane)! + (laneSize.get(lane)! - total) / 2;
        for (const m of row) {
          placed.push({ member: m, column: c, sub, acrossCentre: at + m.across / 2 });
          at += m.across + ACROSS_GAP;
          columnAlong[c] = Math.max(columnAlong[c]!, m.along);
        }
      });
    }
    // Along the flow: columns one after another, each sub-column as wide as the column's widest step.
    const subStart: number[][] = [];
    let along = cursor + MARGIN;
    for (let c = 0; c < count; c++) {
      subStart.push([]);
      for (let sub = 0; sub < subColumns[c]!; sub++) {
        subStart[c]!.push(along);
        along += columnAlong[c]! + GAP;
      }
    }
    const needed = along - GAP + MARGIN - cursor;
    if (group.phase) {
      const size = Math.min(MAX_PHASE, Math.max(group.phase.size, Math.ceil(needed / 8) * 8));
      if (size !== group.phase.size) commands.push({ type: 'update', table: 'phases', id: group.phase.id, patch: { size } });
      cursor += size;
    }
    for (const p of placed) {
      const width = columnAlong[p.column]!;
      // Along the flow on the grid, centred in the sub-column; across exactly centred, so straight flows stay straight.
      const alongTop = snap(subStart[p.column]![p.sub]! + (width - p.member.along) / 2);
      const acrossTop = p.acrossCentre - p.member.across / 2;
      const x = horizontal ? alongTop : acrossTop;
      const y = horizontal ? acrossTop : alongTop;
      const step = p.member.step;
      const phaseId = group.phase?.id ?? null;
      const patch: { x?: number; y?: number; phaseId?: string | null } = {};
      if (x !== step.x) patch.x = x;
      if (y !== step.y) patch.y = y;
      if (phaseId !== step.phaseId) patch.phaseId = phaseId;
      if (Object.keys(patch).length > 0) commands.push({ type: 'update', table: 'steps', id: step.id, patch });
    }
  }
  if (commands.length === 0) return null;
  return { type: 'batch', label: 'autoLayout', commands };
}
