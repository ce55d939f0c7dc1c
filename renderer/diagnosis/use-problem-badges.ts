import { openProblemIndex, type ProblemIndex } from '../../shared/diagnosis/problem-links';
import type { ProjectState } from '../../shared/model/project-state';
import { useProjectStore } from '../state/project-store';

let cached: { key: readonly unknown[]; index: ProblemIndex } | null = null;

/** The index of open problems, worked out once per change of the tables it reads, however many badges ask. */
function indexOf(state: ProjectState): ProblemIndex {
  const t = state.tables;
  const key = [t.problems, t.problemSteps, t.problemProcesses, t.steps];
  if (!cached || cached.key.some((k, i) => k !== key[i])) cached = { key, index: openProblemIndex(state) };
  return cached.index;
}

/** How many open problems sit on a step; a badge re-renders only when its own count changes. */
export function useStepProblemCount(stepId: string): number {
  return useProjectStore((s) => (s.project ? (indexOf(s.project.state).byStep.get(stepId)?.length ?? 0) : 0));
}

/** How many open problems a process carries, on itself or on its steps. */
export function useProcessProblemCount(processId: string): number {
  return useProjectStore((s) => (s.project ? (indexOf(s.project.state).byProcess.get(processId)?.length ?? 0) : 0));
}
