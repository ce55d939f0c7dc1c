import { decisionLabel, stepLabel } from '../diagnosis/problem-register';
import { rankProblems } from '../diagnosis/problem-priority';
import type { Problem } from '../model/diagnosis-entities';
import type { ProjectState } from '../model/project-state';
import type { StepField, VersionComparison } from './version-compare';

/** What the comparison did to the step that addresses a problem; 'elsewhere' when neither version holds it. */
export type AddressingChange = 'added' | 'removed' | 'changed' | 'unchanged' | 'elsewhere';

export interface AddressingStep {
  /** "code name" as the versions (or, failing them, the project or the problem) know it. */
  readonly label: string;
  readonly change: AddressingChange;
  readonly fields: readonly StepField[];
}

/** A problem of the register the redesign answers, and what answers it. */
export interface AddressedProblem {
  readonly problem: Problem;
  readonly step: AddressingStep | null;
  /** The RACI ruling of the resolution log, by its label. */
  readonly decision: string | null;
  readonly note: string;
}

const codeName = (s: { code: string; name: string }) => [s.code, s.name].filter(Boolean).join(' ');

function addressingStep(state: ProjectState, p: Problem, c: VersionComparison): AddressingStep | null {
  // The live link first; the kept copy when the step has been deleted since.
  const ref = p.addressedByStepId ?? p.addressedStepRef;
  if (ref === null) return null;
  const diff = c.steps.find((d) => d.after?.id === ref || d.before?.id === ref);
  if (diff) return { label: codeName((diff.after ?? diff.before)!), change: diff.change, fields: diff.fields };
  const kept = c.to.snapshot.steps.find((s) => s.id === ref) ?? c.from.snapshot.steps.find((s) => s.id === ref);
  if (kept) return { label: codeName(kept), change: 'unchanged', fields: [] };
  return { label: stepLabel(state, ref) ?? p.addressedStepLabel, change: 'elsewhere', fields: [] };
}

/**
 * The problems marked addressed that concern the compared process — linked to it or to one of its
 * steps, or addressed by one of its steps or rulings — in priority order, each with what addresses
 * it: a step (and whether the redesign added, changed or removed it), a ruling, words.
 */
export function addressedProblems(state: ProjectState, processId: string, c: VersionComparison): AddressedProblem[] {
  const stepIds = new Set([...c.from.snapshot.steps, ...c.to.snapshot.steps].map((s) => s.id));
  for (const s of Object.values(state.tables.steps)) if (s.processId === processId) stepIds.add(s.id);
  const concerned = new Set<string>();
  for (const l of Object.values(state.tables.problemProcesses)) if (l.processId === processId) concerned.add(l.problemId);
  for (const l of Object.values(state.tables.problemSteps)) if (stepIds.has(l.stepId)) concerned.add(l.problemId);
  for (const p of Object.values(state.tables.problems)) {
    const ref = p.addressedByStepId ?? p.addressedStepRef;
    const decision = p.addressedByDecisionId ? state.tables.decisions[p.addressedByDecisionId] : undefined;
    if ((ref !== null && stepIds.has(ref)) || decision?.processId === processId) concerned.add(p.id);
  }
  return rankProblems(state)
    .map((r) => r.problem)
    .filter((p) => p.status === 'addressed' && concerned.has(p.id))
    .map((p) => ({
      problem: p,
      step: addressingStep(state, p, c),
      decision: p.addressedByDecisionId ? (decisionLabel(state, p.addressedByDecisionId) ?? null) : null,
      note: p.addressedNote.trim(),
    }));
}
