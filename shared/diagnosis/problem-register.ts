import type { ProjectState } from '../model/project-state';
import { problemLinks } from './problem-links';
import { rankProblems, type RankedProblem } from './problem-priority';

/** A problem of the register with what it is linked to, by name. */
export interface RegisterEntry extends RankedProblem {
  readonly processes: readonly string[];
  readonly steps: readonly string[];
  readonly departments: readonly string[];
  /** The step, RACI ruling or words that address it. */
  readonly addressedBy: readonly string[];
}

export function stepLabel(state: ProjectState, stepId: string): string | undefined {
  const s = state.tables.steps[stepId];
  if (!s) return undefined;
  const process = state.tables.processes[s.processId]?.name;
  return [process, [s.code, s.name].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}

/** A ruling of the resolution log by its step and the party named accountable. */
export function decisionLabel(state: ProjectState, decisionId: string): string | undefined {
  const d = state.tables.decisions[decisionId];
  if (!d) return undefined;
  return [d.stepLabel || state.tables.processes[d.processId]?.name, d.accountableName, d.decidedAt.slice(0, 10)].filter(Boolean).join(' · ');
}

const known = (names: ReadonlyArray<string | undefined>) => names.filter((n): n is string => Boolean(n));

/** The register in priority order, links resolved to names. */
export function problemRegister(state: ProjectState): RegisterEntry[] {
  const links = problemLinks(state);
  return rankProblems(state).map((ranked) => {
    const l = links.get(ranked.problem.id)!;
    const p = ranked.problem;
    return {
      ...ranked,
      processes: known(l.processIds.map((id) => state.tables.processes[id]?.name)),
      steps: known(l.stepIds.map((id) => stepLabel(state, id))),
      departments: known(l.departmentIds.map((id) => state.tables.departments[id]?.name)),
      addressedBy: known([p.addressedByStepId ? stepLabel(state, p.addressedByStepId) : p.addressedStepLabel || undefined, p.addressedByDecisionId ? decisionLabel(state, p.addressedByDecisionId) : undefined, p.addressedNote.trim() || undefined]),
    };
  });
}
