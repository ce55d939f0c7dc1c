import type { Department, Process } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';

export interface ResearchScope {
  readonly processes: readonly Process[];
  readonly departments: readonly Department[];
}

/** The processes and departments in the research scope, in their own order, each once. */
export function researchScope(state: ProjectState): ResearchScope {
  const processIds = new Set(Object.values(state.tables.scopeProcesses).map((s) => s.processId));
  const departmentIds = new Set(Object.values(state.tables.scopeDepartments).map((s) => s.departmentId));
  return {
    processes: sortedByOrder(Object.values(state.tables.processes)).filter((p) => processIds.has(p.id)),
    departments: sortedByOrder(Object.values(state.tables.departments)).filter((d) => departmentIds.has(d.id)),
  };
}

/** The processes the status report shows: those in scope, or every process while no scope is set. */
export function reportedProcesses(state: ProjectState): readonly Process[] {
  const inScope = researchScope(state).processes;
  return inScope.length > 0 ? inScope : sortedByOrder(Object.values(state.tables.processes));
}
