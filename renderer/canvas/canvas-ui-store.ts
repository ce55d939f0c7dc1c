import { create } from 'zustand';

interface CanvasUi {
  /** The step whose name is being edited in place on the canvas. */
  editingStepId: string | null;
  /** The flow whose label is being edited in place. */
  editingFlowId: string | null;
  /** The last message for the status line; `seq` tells repeated identical messages apart. */
  status: { text: string; seq: number } | null;
  snapToGrid: boolean;
  editStep(id: string | null): void;
  editFlow(id: string | null): void;
  say(text: string): void;
  clearStatus(): void;
  toggleSnap(): void;
}

/** Canvas state that nodes, edges and panels share without going through the project. */
export const useCanvasUi = create<CanvasUi>()((set, get) => ({
  editingStepId: null,
  editingFlowId: null,
  status: null,
  snapToGrid: true,
  editStep: (id) => set({ editingStepId: id }),
  editFlow: (id) => set({ editingFlowId: id }),
  say: (text) => set({ status: { text, seq: (get().status?.seq ?? 0) + 1 } }),
  clearStatus: () => set({ status: null }),
  toggleSnap: () => set({ snapToGrid: !get().snapToGrid }),
}));
