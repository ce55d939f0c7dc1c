import { create } from 'zustand';

export const VIEWS = ['diagram', 'keyNodes', 'raci', 'findings', 'metrics', 'policy', 'organisation', 'diagnosis'] as const;
export type View = (typeof VIEWS)[number];

interface ViewStore {
  view: View;
  /** The process the diagram, key-node table and RACI grid show. */
  processId: string | null;
  /** A step to bring into view and select (set by the findings list, cleared by the view that shows it). */
  focusStepId: string | null;
  setView(view: View): void;
  selectProcess(processId: string | null): void;
  focusStep(processId: string, stepId: string, view: View): void;
  clearFocus(): void;
}

export const useViewStore = create<ViewStore>()((set) => ({
  view: 'diagram',
  processId: null,
  focusStepId: null,
  setView: (view) => set({ view }),
  selectProcess: (processId) => set({ processId }),
  focusStep: (processId, stepId, view) => set({ processId, focusStepId: stepId, view }),
  clearFocus: () => set({ focusStepId: null }),
}));
