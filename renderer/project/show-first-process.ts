import { sortedByOrder } from '../../shared/model/project-state';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';

/** After the user opens or creates a project: show its first process's diagram, if it has one. */
export function showFirstProcess(): void {
  const processes = useProjectStore.getState().project?.state.tables.processes ?? {};
  const first = sortedByOrder(Object.values(processes))[0];
  useViewStore.getState().selectProcess(first?.id ?? null);
  useViewStore.getState().setView('diagram');
}
