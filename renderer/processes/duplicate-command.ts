import type { CommandInput } from '../../shared/commands/command-schema';
import type { ProjectState } from '../../shared/model/project-state';
import { sortedByOrder, rowsOf } from '../../shared/model/project-state';
import { duplicateProcessCommand } from '../../shared/process/duplicate-process';

/** The duplicate batch, with the copy placed right after the original; also returns the copy's id to select it. */
export function duplicateAfterOriginal(state: ProjectState, processId: string, name: string, newId: () => string, label: string): { command: CommandInput; copyId: string } {
  const batch = duplicateProcessCommand(state, processId, name, newId, label);
  const commands = batch.type === 'batch' ? batch.commands : [batch];
  const added = commands.find((c) => c.type === 'add' && c.table === 'processes');
  if (!added || added.type !== 'add') throw new Error('The duplicate adds no process');
  const copyId = added.row.id;
  const index = sortedByOrder(rowsOf(state, 'processes')).findIndex((p) => p.id === processId);
  return { command: { type: 'batch', label, commands: [...commands, { type: 'move', table: 'processes', id: copyId, toIndex: index + 1 }] }, copyId };
}
