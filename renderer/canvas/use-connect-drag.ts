import { useReactFlow } from '@xyflow/react';
import { useRef, type PointerEvent } from 'react';
import type { Step } from '../../shared/model/entities';
import { useCanvasActions } from './actions/actions-context';
import { stepAt, useCanvasScene } from './canvas-scene';
import { useCanvasUi } from './canvas-ui-store';

/**
 * Drawing a flow with the mouse: press on a step's edge or one of its connection points, drag, and
 * let go anywhere on another step (its body, not only a handle) to connect the two. The step under the
 * pointer is highlighted while dragging.
 */
export function useConnectDrag(step: Step): (e: PointerEvent<HTMLElement>) => void {
  const rf = useReactFlow();
  const scene = useCanvasScene();
  const { services } = useCanvasActions();
  const latest = useRef({ scene, services });
  latest.current = { scene, services };

  return (e) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const ui = useCanvasUi.getState();
    const at = (ev: { clientX: number; clientY: number }) => rf.screenToFlowPosition({ x: ev.clientX, y: ev.clientY });
    ui.setConnecting({ fromId: step.id, at: at(e), targetId: null });
    const move = (ev: globalThis.PointerEvent) => {
      const p = at(ev);
      useCanvasUi.getState().setConnecting({ fromId: step.id, at: p, targetId: stepAt(latest.current.scene, p, step.id)?.id ?? null });
    };
    const end = (ev: globalThis.PointerEvent) => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', end);
      el.removeEventListener('pointercancel', end);
      const target = ev.type === 'pointerup' ? stepAt(latest.current.scene, at(ev), step.id) : null;
      useCanvasUi.getState().setConnecting(null);
      if (target) latest.current.services.connect(step.id, target.id);
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', end);
    el.addEventListener('pointercancel', end);
  };
}
