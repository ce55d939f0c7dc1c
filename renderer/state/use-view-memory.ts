import { useEffect } from 'react';
import { useProjectStore } from './project-store';
import { rememberedView, rememberView } from './view-memory';
import { useViewStore } from './view-store';

/**
 * The open process and view of a project are remembered as the user moves, and brought back when
 * the page is reloaded on it (a project just opened shows its first process instead).
 */
export function useViewMemory(): void {
  const path = useProjectStore((s) => s.project?.path);
  useEffect(() => {
    if (!path) return;
    const views = useViewStore.getState();
    const saved = views.processId === null ? rememberedView(path) : null;
    if (saved) {
      const processes = useProjectStore.getState().project?.state.tables.processes ?? {};
      if (saved.processId && processes[saved.processId]) views.selectProcess(saved.processId);
      views.setView(saved.view);
    }
    return useViewStore.subscribe((s, before) => {
      if (s.processId !== before.processId || s.view !== before.view) rememberView(path, { processId: s.processId, view: s.view });
    });
  }, [path]);
}
