import { sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { useProjectStore } from '../state/project-store';
import type { ProcessRows } from './lane-commands';

export function processRows(state: ProjectState, processId: string): ProcessRows | null {
  const process = state.tables.processes[processId];
  if (!process) return null;
  const t = state.tables;
  return {
    process,
    lanes: sortedByOrder(Object.values(t.lanes).filter((l) => l.processId === processId)),
    phases: sortedByOrder(Object.values(t.phases).filter((p) => p.processId === processId)),
    steps: Object.values(t.steps).filter((s) => s.processId === processId),
  };
}

/** The process's rows as they are now; read when the user acts so headers need not re-render on every step change. */
export function currentRows(processId: string): ProcessRows | null {
  const state = useProjectStore.getState().project?.state;
  return state ? processRows(state, processId) : null;
}
