import type { Problem } from '../model/diagnosis-entities';
import type { ProjectState } from '../model/project-state';

export interface ProblemLinks {
  readonly processIds: readonly string[];
  readonly stepIds: readonly string[];
  readonly departmentIds: readonly string[];
}

/** The processes, steps and departments each problem is linked to, by problem id. */
export function problemLinks(state: ProjectState): Map<string, ProblemLinks> {
  const links = new Map<string, { processIds: string[]; stepIds: string[]; departmentIds: string[] }>();
  const of = (problemId: string) => {
    let l = links.get(problemId);
    if (!l) links.set(problemId, (l = { processIds: [], stepIds: [], departmentIds: [] }));
    return l;
  };
  for (const p of Object.keys(state.tables.problems)) of(p);
  for (const r of Object.values(state.tables.problemProcesses)) of(r.problemId).processIds.push(r.processId);
  for (const r of Object.values(state.tables.problemSteps)) of(r.problemId).stepIds.push(r.stepId);
  for (const r of Object.values(state.tables.problemDepartments)) of(r.problemId).departmentIds.push(r.departmentId);
  return links;
}

export interface ProblemIndex {
  /** Problems linked to each step. */
  readonly byStep: ReadonlyMap<string, readonly Problem[]>;
  /** Problems of each process: linked to it, or to one of its steps. */
  readonly byProcess: ReadonlyMap<string, readonly Problem[]>;
}

/** Which steps and processes carry problems still open, for their badges. */
export function openProblemIndex(state: ProjectState): ProblemIndex {
  const byStep = new Map<string, Problem[]>();
  const byProcess = new Map<string, Set<Problem>>();
  const add = <K>(map: Map<K, Problem[]>, key: K, p: Problem) => map.set(key, [...(map.get(key) ?? []), p]);
  const addProcess = (processId: string, p: Problem) => {
    const set = byProcess.get(processId) ?? new Set<Problem>();
    set.add(p);
    byProcess.set(processId, set);
  };
  const open = (id: string) => {
    const p = state.tables.problems[id];
    return p && p.status === 'open' ? p : undefined;
  };
  for (const r of Object.values(state.tables.problemSteps)) {
    const p = open(r.problemId);
    const step = state.tables.steps[r.stepId];
    if (!p || !step) continue;
    add(byStep, r.stepId, p);
    addProcess(step.processId, p);
  }
  for (const r of Object.values(state.tables.problemProcesses)) {
    const p = open(r.problemId);
    if (p) addProcess(r.processId, p);
  }
  return { byStep, byProcess: new Map([...byProcess].map(([k, s]) => [k, [...s]])) };
}

/** A problem's title from a passage: its first sentence, cut to a readable length. */
export function titleFromPassage(passage: string, max = 60): string {
  const text = passage.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[。！？!?；;]|.+?\.(?=\s|$))/u.exec(text)?.[1] ?? text;
  const chars = [...sentence.replace(/[。！？!?；;.]$/u, '')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
