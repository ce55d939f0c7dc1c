import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Flow, Step } from '../../shared/model/entities';
import { centreOf } from './canvas-layout';
import { canvasTabOrder, nextTabStop, type TabStop } from './canvas-tab-order';
import type { StepFlowNode } from './step-nodes';
import { detailLevel, OVERVIEW_BELOW } from './zoom-levels';

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]';
const TEXT_ENTRY = 'input, textarea, select, [contenteditable="true"]';
/** Lane and phase headers and their grips, in page order. */
const HEADERS = '.lane-grid .lane-header-handle, .lane-grid .phase-header-handle, .lane-grid .resize-grip';
/** Room kept between a focused element and the edge of the visible canvas. */
const MARGIN = 24;
/** Frames to wait for a step or flow brought into view to be drawn (the canvas draws only what is in view). */
const FRAMES = 30;

const isTabbable = (el: HTMLElement) => el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[inert]') && el.getClientRects().length > 0;

function headersIn(stage: HTMLElement): HTMLElement[] {
  return [...stage.querySelectorAll<HTMLElement>(HEADERS)].filter(isTabbable);
}

/** The first Tab stop of the page after the diagram, or the last one before it. */
function outsideNeighbour(stage: HTMLElement, backwards: boolean): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => !stage.contains(el) && isTabbable(el));
  const after = (el: HTMLElement) => (stage.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return backwards ? (all.filter((el) => !after(el)).at(-1) ?? null) : (all.find(after) ?? null);
}

function cssId(id: string): string {
  return CSS.escape(id);
}

/**
 * Tab through the diagram in a sensible order (every step by number, then the flows, then the lane
 * and phase headers and grips), bringing each into the visible canvas, drawn or not at this zoom;
 * Tab from the last stop and Shift+Tab from the first leave the diagram. Returns a way to put the
 * focus on a step (after adding one).
 */
export function useCanvasTabOrder(stage: RefObject<HTMLElement | null>, steps: readonly Step[], flows: readonly Flow[], rf: ReactFlowInstance<StepFlowNode>): (stepId: string) => void {
  const latest = useRef({ steps, flows });
  latest.current = { steps, flows };
  const tabbing = useRef<{ shift: boolean } | null>(null);

  /** Pans the canvas just enough to show the element (its start, for a grip as long as the diagram). */
  const reveal = useCallback(
    (el: Element) => {
      const view = stage.current?.querySelector('.react-flow')?.getBoundingClientRect();
      if (!view) return;
      const r = el.getBoundingClientRect();
      const width = Math.min(r.width, view.width - 2 * MARGIN);
      const height = Math.min(r.height, view.height - 2 * MARGIN);
      const shift = (start: number, size: number, from: number, to: number) => (start < from + MARGIN ? from + MARGIN - start : start + size > to - MARGIN ? to - MARGIN - start - size : 0);
      const dx = shift(r.left, width, view.left, view.right);
      const dy = shift(r.top, height, view.top, view.bottom);
      if (dx === 0 && dy === 0) return;
      const vp = rf.getViewport();
      void rf.setViewport({ x: vp.x + dx, y: vp.y + dy, zoom: vp.zoom }, { duration: 0 });
    },
    [rf, stage],
  );

  const elementOf = useCallback(
    (stop: TabStop): HTMLElement | null => {
      const root = stage.current;
      if (!root) return null;
      switch (stop.kind) {
        case 'step':
          return root.querySelector<HTMLElement>(`.react-flow__node[data-id="${cssId(stop.id)}"]`);
        case 'flow':
          return root.querySelector<HTMLElement>(`[data-flow-id="${cssId(stop.id)}"]`);
        case 'header':
          return headersIn(root)[stop.index] ?? null;
      }
    },
    [stage],
  );

  /** Where in the diagram a stop is, to centre the canvas on it when it is not drawn. */
  const centreOfStop = useCallback((stop: TabStop) => {
    const byId = (id: string) => latest.current.steps.find((s) => s.id === id);
    if (stop.kind === 'step') {
      const step = byId(stop.id);
      return step ? centreOf(step) : null;
    }
    if (stop.kind === 'flow') {
      const flow = latest.current.flows.find((f) => f.id === stop.id);
      const from = flow && byId(flow.fromStepId);
      const to = flow && byId(flow.toStepId);
      if (!from || !to) return null;
      const a = centreOf(from);
      const b = centreOf(to);
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
    return null;
  }, []);

  /** Whether a point of the diagram is inside the visible canvas (with a margin). */
  const inView = useCallback(
    (p: { x: number; y: number }) => {
      const view = stage.current?.querySelector('.react-flow')?.getBoundingClientRect();
      if (!view) return true;
      const { x, y, zoom } = rf.getViewport();
      const sx = p.x * zoom + x;
      const sy = p.y * zoom + y;
      return sx >= MARGIN && sx <= view.width - MARGIN && sy >= MARGIN && sy <= view.height - MARGIN;
    },
    [rf, stage],
  );

  const focusStop = useCallback(
    (stop: TabStop) => {
      // A step just added is in the rows a render later; a step or flow out of view is drawn once it is brought in.
      let frames = 0;
      let placed = stop.kind === 'header';
      const attempt = () => {
        if (!placed) {
          const centre = centreOfStop(stop);
          if (centre) {
            placed = true;
            // Far out steps and flows are one drawn picture, not elements: the canvas comes close enough to draw them.
            const zoom = detailLevel(rf.getZoom(), latest.current.steps.length) === 'overview' ? OVERVIEW_BELOW : rf.getZoom();
            if (!inView(centre) || zoom !== rf.getZoom()) void rf.setCenter(centre.x, centre.y, { zoom, duration: 0 });
          }
        }
        const el = placed ? elementOf(stop) : null;
        // The browser would scroll the canvas's own box (React Flow snaps it back): panning is done here.
        el?.focus({ preventScroll: true });
        if (el && document.activeElement === el) {
          reveal(el);
          return;
        }
        if (++frames < FRAMES) requestAnimationFrame(attempt);
      };
      attempt();
    },
    [centreOfStop, elementOf, inView, reveal, rf],
  );

  useEffect(() => {
    const root = stage.current;
    if (!root) return;
    const order = () => canvasTabOrder(latest.current.steps, latest.current.flows, headersIn(root).length);
    const stopOf = (el: Element): TabStop | null => {
      const node = el.closest<HTMLElement>('.react-flow__node');
      if (node?.dataset.id) return { kind: 'step', id: node.dataset.id };
      const flow = el.closest<HTMLElement>('[data-flow-id]');
      if (flow?.dataset.flowId) return { kind: 'flow', id: flow.dataset.flowId };
      const index = headersIn(root).indexOf(el as HTMLElement);
      return index >= 0 ? { kind: 'header', index } : null;
    };

    const onWindowKey = (e: KeyboardEvent) => {
      tabbing.current = e.key === 'Tab' ? { shift: e.shiftKey } : null;
    };
    const onPointer = () => (tabbing.current = null);

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || !(e.target instanceof Element) || e.target.matches(TEXT_ENTRY)) return;
      const current = stopOf(e.target);
      if (!current) return;
      e.preventDefault();
      tabbing.current = null;
      const next = nextTabStop(order(), current, e.shiftKey);
      if (next) focusStop(next);
      else outsideNeighbour(root, e.shiftKey)?.focus();
    };

    const onFocusIn = (e: FocusEvent) => {
      // Flows are SVG elements.
      const target = e.target instanceof Element ? e.target : null;
      if (!target) return;
      const from = e.relatedTarget instanceof Node ? e.relatedTarget : null;
      const entering = !from || !root.contains(from);
      if (entering && tabbing.current && !target.matches(TEXT_ENTRY)) {
        // Tab from the palette reaches the first flow in page order; the order says the first step.
        const wanted = nextTabStop(order(), null, tabbing.current.shift);
        tabbing.current = null;
        if (wanted && elementOf(wanted) !== target) {
          focusStop(wanted);
          return;
        }
      }
      if (target !== root) reveal(target);
    };

    window.addEventListener('keydown', onWindowKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onWindowKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, [elementOf, focusStop, reveal, stage]);

  return useCallback((stepId: string) => focusStop({ kind: 'step', id: stepId }), [focusStop]);
}
