import type { ProblemSource, ProblemStatus } from '../../shared/model/diagnosis-entities';
import type { RegisterEntry } from '../../shared/diagnosis/problem-register';
import { normaliseName } from '../../shared/diagnosis/name-matching';

export const PROBLEM_SORTS = ['priority', 'impact', 'urgency', 'title', 'newest'] as const;
export type ProblemSort = (typeof PROBLEM_SORTS)[number];

export interface ProblemFilter {
  readonly status: ProblemStatus | '';
  readonly source: ProblemSource | '';
  /** A process the problem is linked to, directly or through a step. */
  readonly processId: string;
  readonly text: string;
  readonly sort: ProblemSort;
}

export const NO_FILTER: ProblemFilter = { status: '', source: '', processId: '', text: '', sort: 'priority' };

const COMPARE: Record<ProblemSort, (a: RegisterEntry, b: RegisterEntry) => number> = {
  priority: (a, b) => a.rank - b.rank,
  impact: (a, b) => b.problem.impact - a.problem.impact || a.rank - b.rank,
  urgency: (a, b) => b.problem.urgency - a.problem.urgency || a.rank - b.rank,
  title: (a, b) => a.problem.title.localeCompare(b.problem.title),
  newest: (a, b) => b.problem.createdAt.localeCompare(a.problem.createdAt) || a.rank - b.rank,
};

/** The register as the consultant filtered and sorted it; `processesOf` gives a problem's processes. */
export function filterProblems(entries: readonly RegisterEntry[], filter: ProblemFilter, processesOf: (problemId: string) => ReadonlySet<string>): RegisterEntry[] {
  const text = normaliseName(filter.text);
  return entries
    .filter((e) => !filter.status || e.problem.status === filter.status)
    .filter((e) => !filter.source || e.problem.source === filter.source)
    .filter((e) => !filter.processId || processesOf(e.problem.id).has(filter.processId))
    .filter((e) => !text || normaliseName(`${e.problem.title} ${e.problem.description} ${e.problem.evidence}`).includes(text))
    .sort(COMPARE[filter.sort]);
}
