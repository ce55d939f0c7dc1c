import type { CommandInput } from '../commands/command-schema';
import { rowsOf, type ProjectState } from '../model/project-state';
import { snapshotCommands, snapshotProcess } from './process-snapshot';

/** `wanted` when no process has that name yet, else `numbered(n)` for the first free n from 2. */
export function freeProcessName(state: ProjectState, wanted: string, numbered: (n: number) => string): string {
  const taken = new Set(rowsOf(state, 'processes').map((p) => p.name));
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(numbered(n))) n++;
  return numbered(n);
}

/**
 * One undoable batch copying a process with its lanes, phases, steps, flows and RACI cells.
 * The copy uses the same departments and positions; every row gets a fresh id.
 */
export function duplicateProcessCommand(state: ProjectState, processId: string, name: string, newId: () => string, label = 'Duplicate process'): CommandInput {
  return { type: 'batch', label, commands: snapshotCommands(snapshotProcess(state, processId), state, name, newId) };
}
