import type { CommandInput } from '../commands/command-schema';
import type { ProjectState } from '../model/project-state';

/**
 * One party becomes the only Accountable (A) of a step: it gains the A (keeping its other letters)
 * and every other A on the step is withdrawn. Null when it already is the only A.
 */
export function makeAccountableCommand(state: ProjectState, stepId: string, partyId: string): CommandInput | null {
  const cells = state.raci[stepId] ?? {};
  const commands: CommandInput[] = [];
  for (const [other, letters] of Object.entries(cells)) {
    if (other !== partyId && letters.includes('A')) commands.push({ type: 'setRaci', stepId, partyId: other, letters: letters.replace('A', '') });
  }
  const mine = cells[partyId] ?? '';
  if (!mine.includes('A')) commands.push({ type: 'setRaci', stepId, partyId, letters: mine + 'A' });
  if (commands.length === 0) return null;
  return { type: 'batch', label: 'raci', commands };
}

/** The parties holding an A on a step. */
export function accountableOf(state: ProjectState, stepId: string): string[] {
  return Object.entries(state.raci[stepId] ?? {})
    .filter(([, letters]) => letters.includes('A'))
    .map(([party]) => party);
}
