import type { CommandInput } from '../../shared/commands/command-schema';
import { layoutProcess, MIN_LENGTH, type Rect } from '../../shared/diagram/geometry';
import { stepSize } from '../../shared/diagram/step-text';
import type { Orientation, Step } from '../../shared/model/entities';
import { rowsOf, type ProjectState } from '../../shared/model/project-state';

function acrossStart(o: Orientation, r: Rect): number {
  return o === 'horizontal' ? r.y : r.x;
}

/**
 * Step updates for lanes leaving a process. Steps store absolute positions, so the steps of every
 * lane below (or right of) a removed lane move up with their lane; steps of a lane that joins
 * another lane move into it, keeping their place along the flow and, as far as it fits, across it.
 * `joins` maps a removed lane to the lane that takes its steps; removed lanes not in it lose theirs.
 */
export function laneRemovalUpdates(state: ProjectState, processId: string, removed: ReadonlySet<string>, joins: ReadonlyMap<string, string>): CommandInput[] {
  const process = state.tables.processes[processId];
  if (!process) return [];
  const o = process.orientation;
  const lanes = rowsOf(state, 'lanes').filter((l) => l.processId === processId);
  const phases = rowsOf(state, 'phases').filter((p) => p.processId === processId);
  // Lanes do not change the length along the flow, so any length gives the same bands across it.
  const before = layoutProcess(o, lanes, phases, MIN_LENGTH);
  const after = layoutProcess(
    o,
    lanes.filter((l) => !removed.has(l.id)),
    phases,
    MIN_LENGTH,
  );
  const bandBefore = new Map(before.lanes.map((b) => [b.lane.id, b.rect]));
  const bandAfter = new Map(after.lanes.map((b) => [b.lane.id, b.rect]));

  const commands: CommandInput[] = [];
  for (const step of rowsOf(state, 'steps').filter((s) => s.processId === processId)) {
    const target = removed.has(step.laneId) ? joins.get(step.laneId) : step.laneId;
    const from = bandBefore.get(step.laneId);
    const to = target ? bandAfter.get(target) : undefined;
    if (!target || !from || !to) continue;
    const across = o === 'horizontal' ? step.y : step.x;
    const nodeAcross = o === 'horizontal' ? stepSize(step).height : stepSize(step).width;
    const room = Math.max(0, (o === 'horizontal' ? to.height : to.width) - nodeAcross);
    const offset = Math.min(Math.max(across - acrossStart(o, from), 0), room);
    const moved = acrossStart(o, to) + (target === step.laneId ? across - acrossStart(o, from) : offset);
    const patch: Partial<Pick<Step, 'laneId' | 'x' | 'y'>> = {};
    if (target !== step.laneId) patch.laneId = target;
    if (moved !== across) patch[o === 'horizontal' ? 'y' : 'x'] = moved;
    if (Object.keys(patch).length > 0) commands.push({ type: 'update', table: 'steps', id: step.id, patch });
  }
  return commands;
}
