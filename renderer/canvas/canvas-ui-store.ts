import { create } from 'zustand';
import type { Rect } from '../../shared/diagram/geometry';
import type { Point } from './canvas-layout';

/** Steps and flows to stand out (a critical path, a search result): the rest of the diagram is dimmed. */
export interface Highlight {
  stepIds: ReadonlySet<string>;
  flowIds: ReadonlySet<string>;
}

/** A flow being drawn with the mouse: from which step, where the pointer is, and the step it would end on. */
export interface Connecting {
  fromId: string;
  at: Point;
  targetId: string | null;
}

export interface Panels {
  palette: boolean;
  properties: boolean;
  minimap: boolean;
  /** The canvas takes the whole window: no project sidebar, tabs or side panels. */
  focus: boolean;
}

interface CanvasUi {
  /** The step whose name is being edited in place on the canvas. */
  editingStepId: string | null;
  /** What the name editor starts with when it was opened by typing (the first letter typed). */
  editingSeed: string | null;
  /** The flow whose label is being edited in place. */
  editingFlowId: string | null;
  /** A note just added, whose text takes the focus once it is drawn. */
  editingNoteId: string | null;
  /** The last message for the status line; `seq` tells repeated identical messages apart. */
  status: { text: string; seq: number } | null;
  snapToGrid: boolean;
  panels: Panels;
  /** Flows selected on the canvas (steps are selected through the diagram's nodes). */
  selectedFlowIds: ReadonlySet<string>;
  /** The step selected when it is the only thing selected (it gets resize handles). */
  soleStepId: string | null;
  /** Top-left corners of steps being dragged, until the saved steps catch up. */
  moving: ReadonlyMap<string, Point> | null;
  connecting: Connecting | null;
  /** A step being resized, and the box it has now. */
  resizing: { stepId: string; rect: Rect } | null;
  /** A flow whose segment is being dragged, and its route now. */
  reshaping: { flowId: string; points: readonly Point[] } | null;
  highlight: Highlight | null;
  editStep(id: string | null, seed?: string): void;
  editFlow(id: string | null): void;
  editNote(id: string | null): void;
  say(text: string): void;
  clearStatus(): void;
  toggleSnap(): void;
  togglePanel(panel: keyof Panels): void;
  selectFlows(ids: ReadonlySet<string>): void;
  setSoleStep(id: string | null): void;
  setMoving(moving: ReadonlyMap<string, Point> | null): void;
  setConnecting(connecting: Connecting | null): void;
  setResizing(resizing: { stepId: string; rect: Rect } | null): void;
  setReshaping(reshaping: { flowId: string; points: readonly Point[] } | null): void;
  /** Emphasises some steps and flows (null: all shown alike). */
  setHighlight(highlight: Highlight | null): void;
}

const PANELS_KEY = 'lanewise.canvas.panels';
const DEFAULT_PANELS: Panels = { palette: true, properties: true, minimap: true, focus: false };

function savedPanels(): Panels {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(PANELS_KEY) ?? 'null') as Partial<Panels> | null;
    if (!saved || typeof saved !== 'object') return DEFAULT_PANELS;
    // Focus mode is for the moment: it never comes back on by itself.
    return { palette: saved.palette !== false, properties: saved.properties !== false, minimap: saved.minimap !== false, focus: false };
  } catch {
    return DEFAULT_PANELS;
  }
}

function savePanels(panels: Panels): void {
  try {
    globalThis.localStorage?.setItem(PANELS_KEY, JSON.stringify(panels));
  } catch {
    // Panels simply open as before next time.
  }
}

const NO_FLOWS: ReadonlySet<string> = new Set();

/** Canvas state that nodes, flows and panels share without going through the project. */
export const useCanvasUi = create<CanvasUi>()((set, get) => ({
  editingStepId: null,
  editingNoteId: null,
  editingSeed: null,
  editingFlowId: null,
  status: null,
  snapToGrid: true,
  panels: savedPanels(),
  selectedFlowIds: NO_FLOWS,
  soleStepId: null,
  moving: null,
  connecting: null,
  resizing: null,
  reshaping: null,
  highlight: null,
  editStep: (id, seed) => set({ editingStepId: id, editingSeed: seed ?? null }),
  editNote: (id) => set({ editingNoteId: id }),
  editFlow: (id) => set({ editingFlowId: id }),
  say: (text) => set({ status: { text, seq: (get().status?.seq ?? 0) + 1 } }),
  clearStatus: () => set({ status: null }),
  toggleSnap: () => set({ snapToGrid: !get().snapToGrid }),
  togglePanel: (panel) => {
    const panels = { ...get().panels, [panel]: !get().panels[panel] };
    set({ panels });
    savePanels(panels);
  },
  selectFlows: (ids) => set({ selectedFlowIds: ids.size === 0 ? NO_FLOWS : ids }),
  setSoleStep: (id) => set({ soleStepId: id }),
  setMoving: (moving) => set({ moving }),
  setConnecting: (connecting) => set({ connecting }),
  setResizing: (resizing) => set({ resizing }),
  setReshaping: (reshaping) => set({ reshaping }),
  setHighlight: (highlight) => set({ highlight }),
}));
