import type { EditSummary } from '../../../shared/commands/edit-summary';
import type { Alignment, Distribution } from '../arrange';
import type { Panels } from '../canvas-ui-store';
import type { QuickDirection } from '../quick-add';
import type { ActionId } from './action-ids';

/** What the canvas is showing and has selected, as far as the actions need to know to be enabled. */
export interface ActionState {
  selectedSteps: number;
  selectedFlows: number;
  hasSteps: boolean;
  hasLanes: boolean;
  /** The one selected flow was shaped by hand. */
  flowHasBends: boolean;
  canUndo: boolean;
  canRedo: boolean;
  undoEdit: EditSummary | null;
  redoEdit: EditSummary | null;
  snap: boolean;
  /** The critical path is highlighted. */
  criticalPath: boolean;
  panels: Panels;
  /** The lane before and after the one selected step (quick-add arrows point there); null at the edges. */
  laneBefore: string | null;
  laneAfter: string | null;
}

/** What the actions do; the canvas provides these. */
export interface CanvasServices {
  undo(): void;
  redo(): void;
  zoomBy(factor: number): void;
  zoomTo(zoom: number): void;
  fit(): void;
  toggleSnap(): void;
  togglePanel(panel: keyof Panels): void;
  toggleCriticalPath(): void;
  openCommandPalette(): void;
  quickAdd(direction: QuickDirection, fromStepId?: string): void;
  /** A new flow between two steps (drawn with the mouse). */
  connect(fromStepId: string, toStepId: string): void;
  /** A step's own size and place, from its resize handles. */
  resize(stepId: string, rect: { x: number; y: number; width: number; height: number }): void;
  /** A flow's corners, from dragging one of its segments. */
  reshape(flowId: string, bends: ReadonlyArray<{ x: number; y: number }>): void;
  /** A new empty note in the middle of the view, its text ready for typing. */
  addNote(): void;
  rename(): void;
  resetRoute(): void;
  align(how: Alignment): void;
  distribute(how: Distribution): void;
  autoLayout(): void;
  copy(): void;
  cut(): void;
  paste(): void;
  deleteSelection(): void;
  selectAll(): void;
  deselect(): void;
}

/** Where the context menu was opened: on a step, on a flow, or on the empty canvas. */
export type MenuTarget = 'step' | 'flow' | 'pane';

export type ActionGroup = 'history' | 'view' | 'panels' | 'add' | 'arrange' | 'edit';

/** One verb of the canvas: shown by the toolbar, the context menu and the command palette, run by its shortcut. */
export interface CanvasAction {
  id: ActionId;
  group: ActionGroup;
  /** The context menu offers it for these targets. */
  menu: readonly MenuTarget[];
  /** Has a toolbar button. */
  toolbar: boolean;
  enabled(s: ActionState): boolean;
  /** For toggles: whether it is on now. */
  pressed?(s: ActionState): boolean;
  run(services: CanvasServices): void;
}
