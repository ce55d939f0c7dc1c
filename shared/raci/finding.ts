import type { Language } from '../model/entities';

export type Severity = 'error' | 'warning' | 'info';

export const RULE_IDS = [
  'raci.unassigned',
  'raci.no-accountable',
  'raci.multiple-accountable',
  'raci.no-responsible',
  'raci.lane-mismatch',
  'raci.too-many-consulted',
  'raci.too-many-informed',
  'raci.redundant-ci',
  'raci.idle-party',
  'raci.overload',
  'step.no-duration',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Localised = Record<Language, string>;

export interface Finding {
  /** Stable across re-checks: rule + subject; the resolution log refers to it. */
  readonly key: string;
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly processId: string;
  readonly stepId: string | null;
  readonly partyIds: readonly string[];
  readonly message: Localised;
  readonly fix: Localised;
}

export function findingKey(ruleId: RuleId, subject: string): string {
  return `${ruleId}|${subject}`;
}
