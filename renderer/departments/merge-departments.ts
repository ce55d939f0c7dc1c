import type { CommandInput } from '../../shared/commands/command-schema';
import type { Lane } from '../../shared/model/entities';
import { rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { normaliseLetters } from '../../shared/model/raci-letters';
import { laneRemovalUpdates } from './lane-removal';

export interface MergePlan {
  /** One batch: undo takes the whole merge back. */
  command: CommandInput;
  /** Lanes that simply change department. */
  lanesMoved: number;
  /** Lanes in processes that also have a lane of the kept department: their steps move there and they go. */
  lanesJoined: number;
  stepsMoved: number;
  positionsMoved: number;
  raciCells: number;
}

/**
 * Merges department `mergedId` into `keptId`: its lanes, positions and RACI cells move to the kept
 * department (letters on the same step combine), then it is deleted. A process with lanes of both
 * (a department has at most one lane per process) keeps the kept department's lane, and the merged
 * lane's steps move into it.
 */
export function planMerge(state: ProjectState, mergedId: string, keptId: string, label = 'Merge departments'): MergePlan {
  const commands: CommandInput[] = [];
  let lanesMoved = 0;
  let lanesJoined = 0;
  let stepsMoved = 0;

  const lanesByProcess = new Map<string, Lane[]>();
  for (const lane of rowsOf(state, 'lanes')) {
    if (lane.departmentId !== mergedId && lane.departmentId !== keptId) continue;
    lanesByProcess.set(lane.processId, [...(lanesByProcess.get(lane.processId) ?? []), lane]);
  }
  for (const [processId, lanes] of lanesByProcess) {
    const sorted = sortedByOrder(lanes);
    const merged = sorted.filter((l) => l.departmentId === mergedId);
    if (merged.length === 0) continue;
    const target = sorted.find((l) => l.departmentId === keptId) ?? merged[0]!;
    if (target.departmentId === mergedId) {
      commands.push({ type: 'update', table: 'lanes', id: target.id, patch: { departmentId: keptId } });
      lanesMoved++;
    }
    const joining = merged.filter((l) => l.id !== target.id);
    if (joining.length === 0) continue;
    const joins = new Map(joining.map((l) => [l.id, target.id]));
    stepsMoved += rowsOf(state, 'steps').filter((s) => joins.has(s.laneId)).length;
    // Steps move first, so deleting the emptied lanes deletes no step.
    commands.push(...laneRemovalUpdates(state, processId, new Set(joins.keys()), joins));
    for (const lane of joining) commands.push({ type: 'delete', table: 'lanes', id: lane.id });
    lanesJoined += joining.length;
  }

  const keptPositions = rowsOf(state, 'positions').filter((p) => p.departmentId === keptId);
  let order = keptPositions.reduce((max, p) => Math.max(max, p.order + 1), 0);
  const moving = sortedByOrder(rowsOf(state, 'positions').filter((p) => p.departmentId === mergedId));
  for (const position of moving) commands.push({ type: 'update', table: 'positions', id: position.id, patch: { departmentId: keptId, order: order++ } });

  let raciCells = 0;
  for (const [stepId, row] of Object.entries(state.raci)) {
    const letters = row[mergedId];
    if (!letters) continue;
    raciCells++;
    commands.push({ type: 'setRaci', stepId, partyId: keptId, letters: normaliseLetters((row[keptId] ?? '') + letters) });
    commands.push({ type: 'setRaci', stepId, partyId: mergedId, letters: '' });
  }

  commands.push({ type: 'delete', table: 'departments', id: mergedId });
  return { command: { type: 'batch', label, commands }, lanesMoved, lanesJoined, stepsMoved, positionsMoved: moving.length, raciCells };
}
