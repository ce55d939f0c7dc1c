import type { CommandInput } from '../commands/command-schema';
import type { Decision } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import type { Finding } from './finding';
import { partyName } from './raci-context';

export type FindingStatus = 'open' | 'accepted';

export function acceptedKeys(state: ProjectState): Set<string> {
  const keys = new Set<string>();
  for (const d of Object.values(state.tables.decisions)) if (d.kind === 'accepted') keys.add(d.findingKey);
  return keys;
}

export function findingStatus(finding: Finding, accepted: ReadonlySet<string>): FindingStatus {
  return accepted.has(finding.key) ? 'accepted' : 'open';
}

export interface DecisionInput {
  decisionId: string;
  decidedBy: string;
  reason: string;
  decidedAt: string;
}

function logEntry(finding: Finding, kind: Decision['kind'], accountableName: string, input: DecisionInput): CommandInput {
  return {
    type: 'add',
    table: 'decisions',
    row: {
      id: input.decisionId,
      processId: finding.processId,
      stepId: finding.stepId,
      findingKey: finding.key,
      ruleId: finding.ruleId,
      kind,
      accountableName,
      decidedBy: input.decidedBy,
      decidedAt: input.decidedAt,
      reason: input.reason,
    },
  };
}

/**
 * The leader's ruling on a step: the chosen party becomes its only Accountable, every other A is
 * withdrawn, and the ruling is logged — one undoable change.
 */
export function resolveAccountable(state: ProjectState, finding: Finding, partyId: string, input: DecisionInput): CommandInput {
  if (!finding.stepId) throw new Error('Only a finding about a step can be resolved by naming its Accountable party');
  const cells = state.raci[finding.stepId] ?? {};
  const commands: CommandInput[] = [];
  for (const [other, letters] of Object.entries(cells)) {
    if (other !== partyId && letters.includes('A')) commands.push({ type: 'setRaci', stepId: finding.stepId, partyId: other, letters: letters.replace('A', '') });
  }
  const mine = cells[partyId] ?? '';
  if (!mine.includes('A')) commands.push({ type: 'setRaci', stepId: finding.stepId, partyId, letters: mine + 'A' });
  commands.push(logEntry(finding, 'resolved', partyName(state, partyId), input));
  return { type: 'batch', label: 'resolve', commands };
}

/** Keeps a finding as a deliberate exception: it stays listed, marked accepted, with the reason. */
export function acceptFinding(finding: Finding, input: DecisionInput): CommandInput {
  return { type: 'batch', label: 'accept', commands: [logEntry(finding, 'accepted', '', input)] };
}
