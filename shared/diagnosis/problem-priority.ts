import type { DiagnosisSettings, Problem } from '../model/diagnosis-entities';
import type { ProjectState } from '../model/project-state';

export const PRIORITY_BANDS = ['high', 'medium', 'low'] as const;
export type PriorityBand = (typeof PRIORITY_BANDS)[number];

export type PriorityRule = Pick<DiagnosisSettings, 'impactWeight' | 'urgencyWeight' | 'highFrom' | 'mediumFrom'>;

/**
 * The priority score of a problem: the weighted mean of its impact and its frequency/urgency, so
 * it stays on the 1–5 scale whatever the weights. Both weights 0 counts them equally.
 */
export function priorityScore(problem: Pick<Problem, 'impact' | 'urgency'>, rule: PriorityRule): number {
  const { impact, urgency } = effectiveWeights(rule);
  return (impact * problem.impact + urgency * problem.urgency) / (impact + urgency);
}

/** The weights the score uses: the rule's, or 1 and 1 when both are 0. */
export function effectiveWeights(rule: PriorityRule): { impact: number; urgency: number } {
  return rule.impactWeight + rule.urgencyWeight > 0 ? { impact: rule.impactWeight, urgency: rule.urgencyWeight } : { impact: 1, urgency: 1 };
}

export function priorityBand(score: number, rule: PriorityRule): PriorityBand {
  // The higher threshold wins when the consultant sets medium above high.
  if (score >= rule.highFrom) return 'high';
  if (score >= Math.min(rule.mediumFrom, rule.highFrom)) return 'medium';
  return 'low';
}

export interface RankedProblem {
  readonly problem: Problem;
  /** 1 for the first to improve; equal scores share a rank. */
  readonly rank: number;
  readonly score: number;
  readonly band: PriorityBand;
}

/** Every problem, highest score first; ties go to the larger impact, then the title. */
export function rankProblems(state: ProjectState, rule: PriorityRule = state.meta.diagnosis): RankedProblem[] {
  const scored = Object.values(state.tables.problems).map((problem) => ({ problem, score: priorityScore(problem, rule) }));
  scored.sort((a, b) => b.score - a.score || b.problem.impact - a.problem.impact || a.problem.title.localeCompare(b.problem.title) || a.problem.id.localeCompare(b.problem.id));
  let rank = 0;
  return scored.map((s, i) => {
    if (i === 0 || s.score !== scored[i - 1]!.score) rank = i + 1;
    return { ...s, rank, band: priorityBand(s.score, rule) };
  });
}

/** A weight or score as the rule prints it: no trailing zeros. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
