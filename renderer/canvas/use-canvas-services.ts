import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { autoLayoutCommand } from '../../shared/diagram/auto-layout';
import type { Flow, Lane, Phase, Step } from '../../shared/model/entities';
import { snap, type ProcessLayout, type Rect } from '../../shared/diagram/geometry';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import type { CanvasServices } from './actions/action-types';
import { align, distribute } from './arrange';
import type { Point } from './canvas-layout';
import { useCanvasUi } from './canvas-ui-store';
import { quickAddCommand } from './quick-add';
import { revealStep } from './reveal-step';
import { copySteps, countPaste, heldClip, holdClip, pasteCommand } from './step-clipboard';
import { addFlowCommand, deleteSelectionCommand, moveStepsCommand } from './step-commands';
import type { StepFlowNode } from './step-nodes';
import { useMetricsUi } from '../metrics/metrics-ui-store';

/** What the services read when they run: always the latest rows and selection, so the services never change. */
export interface CanvasNow {
  processId: string;
  /** Where steps may be placed (`canvasLayout`). */
  layout: ProcessLayout;
  /** The drawn diagram's extent. */
  bounds: Rect;
  stepsById: ReadonlyMap<string, Step>;
  steps: readonly Step[];
  flows: readonly Flow[];
  lanes: readonly Lane[];
  phases: readonly Phase[];
  stepIds: readonly string[];
  flowIds: ReadonlySet<string>;
}

interface Wiring {
  now: RefObject<CanvasNow>;
  /** Steps to select as soon as they are in the store (after an add or a paste). */
  pending: RefObject<Set<string> | null>;
  setNodes(update: (nodes: StepFlowNode[]) => StepFlowNode[]): void;
  selectSteps(ids: ReadonlySet<string>): void;
  openPalette(): void;
  /** The whole process in view. */
  fit(): void;
}

const ZOOM_MIN = 0.05;
const NOTE_WIDTH = 200;
const NOTE_HEIGHT = 80;
const ZOOM_MAX = 2.5;

/**
 * The canvas's verbs as functions the actions call: each reads the latest rows, builds one command
 * (one undo step) and says in the status line what it did or why it did not.
 */
export function useCanvasServices({ now, pending, setNodes, selectSteps, openPalette, fit }: Wiring): CanvasServices & { commitPositions(positions: ReadonlyMap<string, Point>): Promise<void> } {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const execute = useProjectStore((s) => s.execute);
  const undo = useProjectStore((s) => s.undo);
  const redo = useProjectStore((s) => s.redo);

  return useMemo(() => {
    const ui = () => useCanvasUi.getState();
    const say = (text: string) => ui().say(text);
    const selected = () => {
      const { stepIds, stepsById } = now.current;
      return stepIds.map((id) => stepsById.get(id)).filter((s): s is Step => s !== undefined);
    };
    const revert = (ids: Iterable<string>) => {
      const { stepsById } = now.current;
      const set = new Set(ids);
      setNodes((nds) => nds.map((n) => (set.has(n.id) && stepsById.get(n.id) ? { ...n, position: { x: stepsById.get(n.id)!.x, y: stepsById.get(n.id)!.y } } : n)));
    };
    /** Runs a command that adds steps and selects them once the store has them. */
    const addAndSelect = async (command: Parameters<typeof execute>[0], ids: readonly string[]) => {
      pending.current = new Set(ids);
      const done = await execute(command);
      pending.current = null;
      return done;
    };

    /** Saves finished moves (drag stop, arrow keys, align…) as one command; places outside every lane are refused. */
    async function commitPositions(positions: ReadonlyMap<string, Point>): Promise<void> {
      const { layout, stepsById } = now.current;
      const { command, refused } = moveStepsCommand(layout, stepsById, positions);
      if (refused.length > 0) {
        revert(refused);
        say(t('canvas.status.moveRefused', { count: refused.length }));
      }
      // The moved steps stay where they were dropped, flows following, until the saved steps catch up.
      ui().setMoving(command ? new Map([...positions].filter(([id]) => !refused.includes(id))) : null);
      const done = command ? await execute(command) : true;
      ui().setMoving(null);
      if (!done) revert(positions.keys());
    }

    async function copy(): Promise<boolean> {
      const { processId, layout, flows } = now.current;
      const clip = copySteps(processId, layout, selected(), flows);
      if (!clip) return false;
      holdClip(clip);
      say(t('canvas.status.copied', { count: clip.steps.length }));
      return true;
    }

    function deleteSelection(): void {
      const { stepIds, flowIds, flows } = now.current;
      const command = deleteSelectionCommand(
        stepIds,
        flows.filter((f) => flowIds.has(f.id)),
      );
      if (command) void execute(command);
      ui().selectFlows(new Set());
    }

    return {
      commitPositions,
      undo: () => void undo(),
      redo: () => void redo(),
      zoomBy: (factor) => void rf.zoomTo(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, rf.getZoom() * factor)), { duration: 0 }),
      zoomTo: (zoom) => void rf.zoomTo(zoom, { duration: 0 }),
      fit,
      toggleSnap: () => ui().toggleSnap(),
      togglePanel: (panel) => ui().togglePanel(panel),
      toggleCriticalPath: () => useMetricsUi.getState().setShowCriticalPath(!useMetricsUi.getState().showCriticalPath),
      openCommandPalette: openPalette,
      quickAdd(direction, fromStepId) {
        const { layout, stepsById, steps } = now.current;
        const from = stepsById.get(fromStepId ?? now.current.stepIds[0] ?? '');
        if (!from) return;
        const ids = { step: newId('s_'), flow: newId('f_') };
        const command = quickAddCommand(layout, from, direction, steps, ids);
        if (!command) return;
        void addAndSelect(command, [ids.step]).then((done) => {
          const added = done ? useProjectStore.getState().project?.state.tables.steps[ids.step] : undefined;
          if (!added) return;
          revealStep(rf, flowStore.getState(), added);
          ui().editStep(ids.step);
        });
      },
      connect(from, to) {
        const { processId, flows } = now.current;
        const command = addFlowCommand(flows, processId, newId('f_'), from, to);
        if (command) void execute(command);
        else say(t('canvas.status.duplicateFlow'));
      },
      resize(stepId, rect) {
        const step = now.current.stepsById.get(stepId);
        if (!step) return;
        void execute({ type: 'update', table: 'steps', id: stepId, patch: { x: rect.x, y: rect.y, width: Math.round(rect.width), height: Math.round(rect.height) } });
      },
      reshape(flowId, bends) {
        void execute({ type: 'update', table: 'flows', id: flowId, patch: { bends: bends.map((p) => ({ x: Math.round(p.x * 2) / 2, y: Math.round(p.y * 2) / 2 })) } });
      },
      addNote() {
        const { width, height, transform } = flowStore.getState();
        const [tx, ty, zoom] = transform;
        const id = newId('n_');
        // The middle of what is in view, snapped to the grid like the steps.
        const x = snap((width / 2 - tx) / zoom - NOTE_WIDTH / 2);
        const y = snap((height / 2 - ty) / zoom - NOTE_HEIGHT / 2);
        void execute({ type: 'add', table: 'annotations', row: { id, processId: now.current.processId, x, y, width: NOTE_WIDTH, height: NOTE_HEIGHT, text: '' } }).then((done) => {
          if (!done) return;
          ui().editNote(id);
          say(t('canvas.notes.added'));
        });
      },
      rename() {
        const { stepIds, flowIds } = now.current;
        if (stepIds.length === 1) ui().editStep(stepIds[0]!);
        else if (flowIds.size === 1) ui().editFlow([...flowIds][0]!);
      },
      resetRoute() {
        const [flowId] = now.current.flowIds;
        if (flowId) void execute({ type: 'update', table: 'flows', id: flowId, patch: { bends: [] } });
      },
      align(how) {
        const chosen = selected();
        if (chosen.length < 2) say(t('canvas.status.selectMore', { count: 2 }));
        else void commitPositions(align(chosen, how));
      },
      distribute(how) {
        const chosen = selected();
        if (chosen.length < 3) say(t('canvas.status.selectMore', { count: 3 }));
        else void commitPositions(distribute(chosen, how));
      },
      autoLayout() {
        const { layout, lanes, phases, steps, flows } = now.current;
        const command = autoLayoutCommand({ orientation: layout.orientation, lanes, phases, steps, flows });
        if (command) void execute(command).then((done) => done && say(t('canvas.status.laidOut')));
      },
      copy: () => void copy(),
      cut: () => void copy().then((done) => done && deleteSelection()),
      async paste() {
        const clip = heldClip();
        if (!clip) {
          say(t('canvas.status.nothingToPaste'));
          return;
        }
        const { processId, layout, lanes } = now.current;
        const times = clip.processId === processId ? countPaste() : 0;
        const result = pasteCommand(clip, { processId, layout, lanes }, times, newId);
        if (!result.ok) {
          const deps = useProjectStore.getState().project?.state.tables.departments ?? {};
          say(t('canvas.status.pasteNeedsLanes', { departments: result.missingDepartmentIds.map((d) => deps[d]?.name ?? d).join(', ') }));
          return;
        }
        if (await addAndSelect(result.command, result.stepIds)) say(t('canvas.status.pasted', { count: result.stepIds.length }));
      },
      deleteSelection,
      selectAll: () => selectSteps(new Set(now.current.steps.map((s) => s.id))),
      deselect() {
        selectSteps(new Set());
        ui().selectFlows(new Set());
      },
    };
  }, [execute, undo, redo, rf, flowStore, t, now, pending, setNodes, selectSteps, openPalette, fit]);
}
