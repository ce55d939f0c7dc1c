import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import type { Lane, Process } from '../../shared/model/entities';
import { rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { laneRemovalUpdates } from './lane-removal';

export interface DeletePlan {
  command: CommandInput;
  lanes: number;
  steps: number;
  /** Steps that move into another lane instead of going. */
  movedSteps: number;
  positions: number;
  raciCells: number;
}

/** A lane that goes with its department and holds steps, and the lanes of its process that could take them. */
export interface LaneHeirChoice {
  process: Process;
  lane: Lane;
  steps: number;
  /** The other lanes of the process, in order; the first pick is the neighbour. */
  others: readonly Lane[];
  neighbour: Lane | undefined;
}

/** The lane next to `lane` (the one after it, or before it for the last), skipping lanes that go too. */
export function neighbourLane(lanes: readonly Lane[], laneId: string, going: ReadonlySet<string> = new Set([laneId])): Lane | undefined {
  const sorted = sortedByOrder(lanes);
  const index = sorted.findIndex((l) => l.id === laneId);
  if (index < 0) return undefined;
  const after = sorted.slice(index + 1).find((l) => !going.has(l.id));
  return after ?? [...sorted.slice(0, index)].reverse().find((l) => !going.has(l.id));
}

/** For each lane of the department that holds steps, where they could move. */
export function laneHeirChoices(state: ProjectState, departmentId: string): LaneHeirChoice[] {
  const lanes = rowsOf(state, 'lanes');
  const going = new Set(lanes.filter((l) => l.departmentId === departmentId).map((l) => l.id));
  const stepCount = new Map<string, number>();
  for (const step of rowsOf(state, 'steps')) if (going.has(step.laneId)) stepCount.set(step.laneId, (stepCount.get(step.laneId) ?? 0) + 1);
  const choices: LaneHeirChoice[] = [];
  for (const lane of sortedByOrder(lanes.filter((l) => going.has(l.id)))) {
    const process = state.tables.processes[lane.processId];
    const steps = stepCount.get(lane.id) ?? 0;
    if (!process || steps === 0) continue;
    const ofProcess = lanes.filter((l) => l.processId === lane.processId);
    choices.push({ process, lane, steps, others: sortedByOrder(ofProcess.filter((l) => !going.has(l.id))), neighbour: neighbourLane(ofProcess, lane.id, going) });
  }
  return choices.sort((a, b) => a.process.order - b.process.order);
}

/** The same choice for one lane deleted alone. */
export function singleLaneChoice(state: ProjectState, laneId: string): LaneHeirChoice | null {
  const lane = state.tables.lanes[laneId];
  const process = lane ? state.tables.processes[lane.processId] : undefined;
  if (!lane || !process) return null;
  const ofProcess = rowsOf(state, 'lanes').filter((l) => l.processId === lane.processId);
  const steps = rowsOf(state, 'steps').filter((s) => s.laneId === laneId).length;
  return { process, lane, steps, others: sortedByOrder(ofProcess.filter((l) => l.id !== laneId)), neighbour: neighbourLane(ofProcess, laneId) };
}

/** Every lane that holds steps moves them to its neighbour: what the dialog proposes first. */
export function defaultHeirs(choices: readonly LaneHeirChoice[]): Map<string, string> {
  return new Map(choices.flatMap((c) => (c.neighbour ? [[c.lane.id, c.neighbour.id] as const] : [])));
}

/**
 * Deleting a department and what goes with it. The counts come from running the command on a copy,
 * so the preview says exactly what the delete will do. `heirs` maps a doomed lane to the lane of its
 * process that takes its steps (with their flows and RACI rows); lanes not in it lose their steps.
 * Steps of lanes below the deleted ones move up with their lanes. One batch, so one undo.
 */
export function planDelete(state: ProjectState, departmentId: string, label = 'Delete department', heirs: ReadonlyMap<string, string> = new Map()): DeletePlan {
  const doomedLanes = rowsOf(state, 'lanes').filter((l) => l.departmentId === departmentId);
  const commands: CommandInput[] = [];
  let movedSteps = 0;
  for (const processId of new Set(doomedLanes.map((l) => l.processId))) {
    const removed = new Set(doomedLanes.filter((l) => l.processId === processId).map((l) => l.id));
    // Only a surviving lane of the same process can take the steps.
    const joins = new Map([...heirs].filter(([from, to]) => removed.has(from) && !removed.has(to) && state.tables.lanes[to]?.processId === processId));
    movedSteps += rowsOf(state, 'steps').filter((s) => joins.has(s.laneId)).length;
    commands.push(...laneRemovalUpdates(state, processId, removed, joins));
  }
  commands.push({ type: 'delete', table: 'departments', id: departmentId });
  const command: CommandInput = { type: 'batch', label, commands };
  const { ops } = execute(state, command);
  const deleted = (table: string) => ops.filter((op) => op.t === 'del' && op.table === table).length;
  return {
    command,
    lanes: deleted('lanes'),
    steps: deleted('steps'),
    movedSteps,
    positions: deleted('positions'),
    raciCells: ops.filter((op) => op.t === 'raci' && op.letters === '').length,
  };
}

/** Deletes one lane of a process; with an heir, its steps (and their flows) move into that lane first. */
export function removeLaneCommand(state: ProjectState, laneId: string, heirId: string | null, label = 'Delete lane'): CommandInput {
  const lane = state.tables.lanes[laneId];
  if (!lane) return { type: 'delete', table: 'lanes', id: laneId };
  const joins = heirId && heirId !== laneId && state.tables.lanes[heirId]?.processId === lane.processId ? new Map([[laneId, heirId]]) : new Map<string, string>();
  return { type: 'batch', label, commands: [...laneRemovalUpdates(state, lane.processId, new Set([laneId]), joins), { type: 'delete', table: 'lanes', id: laneId }] };
}
