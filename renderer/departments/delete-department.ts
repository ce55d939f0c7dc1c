import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { rowsOf, type ProjectState } from '../../shared/model/project-state';
import { laneRemovalUpdates } from './lane-removal';

export interface DeletePlan {
  command: CommandInput;
  lanes: number;
  steps: number;
  positions: number;
  raciCells: number;
}

/**
 * Deleting a department and what goes with it. The counts come from running the command on a copy,
 * so the preview says exactly what the delete will do. Steps of lanes below the deleted ones move
 * up with their lanes.
 */
export function planDelete(state: ProjectState, departmentId: string, label = 'Delete department'): DeletePlan {
  const doomedLanes = rowsOf(state, 'lanes').filter((l) => l.departmentId === departmentId);
  const commands: CommandInput[] = [];
  for (const processId of new Set(doomedLanes.map((l) => l.processId))) {
    const removed = new Set(doomedLanes.filter((l) => l.processId === processId).map((l) => l.id));
    commands.push(...laneRemovalUpdates(state, processId, removed, new Map()));
  }
  commands.push({ type: 'delete', table: 'departments', id: departmentId });
  const command: CommandInput = { type: 'batch', label, commands };
  const { ops } = execute(state, command);
  const deleted = (table: string) => ops.filter((op) => op.t === 'del' && op.table === table).length;
  return {
    command,
    lanes: deleted('lanes'),
    steps: deleted('steps'),
    positions: deleted('positions'),
    raciCells: ops.filter((op) => op.t === 'raci' && op.letters === '').length,
  };
}
