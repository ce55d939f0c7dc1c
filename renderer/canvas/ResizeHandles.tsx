import { useReactFlow } from '@xyflow/react';
import { type PointerEvent } from 'react';
import { snap } from '../../shared/diagram/geometry';
import { stepRect } from '../../shared/diagram/step-text';
import type { Step } from '../../shared/model/entities';
import { useCanvasActions } from './actions/actions-context';
import { useCanvasUi } from './canvas-ui-store';
import { useNodeTexts } from './node-texts';

/** Handles by which side or corner they move: -1 the left/top edge, 1 the right/bottom one, 0 neither. */
const HANDLES: ReadonlyArray<{ name: string; dx: -1 | 0 | 1; dy: -1 | 0 | 1 }> = [
  { name: 'nw', dx: -1, dy: -1 },
  { name: 'n', dx: 0, dy: -1 },
  { name: 'ne', dx: 1, dy: -1 },
  { name: 'e', dx: 1, dy: 0 },
  { name: 'se', dx: 1, dy: 1 },
  { name: 's', dx: 0, dy: 1 },
  { name: 'sw', dx: -1, dy: 1 },
  { name: 'w', dx: -1, dy: 0 },
];

const MIN = 24;

/**
 * The eight handles of the selected step: drag a side or a corner to resize it (on the grid when
 * snapping is on). A shape never ends smaller than its name needs: it grows back to hold it.
 */
export function ResizeHandles({ step }: { step: Step }) {
  const rf = useReactFlow();
  const texts = useNodeTexts();
  const { services } = useCanvasActions();
  const preview = useCanvasUi((s) => (s.resizing?.stepId === step.id ? s.resizing.rect : null));

  function start(e: PointerEvent<HTMLSpanElement>, dx: -1 | 0 | 1, dy: -1 | 0 | 1): void {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const from = stepRect(step);
    const origin = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    let rect = from;
    const move = (ev: globalThis.PointerEvent) => {
      const p = rf.screenToFlowPosition({ x: ev.clientX, y: ev.clientY });
      const fit = useCanvasUi.getState().snapToGrid ? snap : (v: number) => v;
      const left = dx < 0 ? Math.min(fit(from.x + p.x - origin.x), from.x + from.width - MIN) : from.x;
      const top = dy < 0 ? Math.min(fit(from.y + p.y - origin.y), from.y + from.height - MIN) : from.y;
      const right = dx > 0 ? Math.max(fit(from.x + from.width + p.x - origin.x), left + MIN) : from.x + from.width;
      const bottom = dy > 0 ? Math.max(fit(from.y + from.height + p.y - origin.y), top + MIN) : from.y + from.height;
      rect = { x: left, y: top, width: right - left, height: bottom - top };
      useCanvasUi.getState().setResizing({ stepId: step.id, rect });
    };
    const end = (ev: globalThis.PointerEvent) => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', end);
      el.removeEventListener('pointercancel', end);
      useCanvasUi.getState().setResizing(null);
      if (ev.type === 'pointerup' && (rect.width !== from.width || rect.height !== from.height)) services.resize(step.id, rect);
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', end);
    el.addEventListener('pointercancel', end);
  }

  return (
    <>
      {preview && (
        <span
          className="resize-preview"
          style={{ left: preview.x - step.x, top: preview.y - step.y, width: preview.width, height: preview.height }}
          aria-hidden="true"
        />
      )}
      {HANDLES.map((h) => (
        <span key={h.name} className={`resize-handle handle-${h.name} nodrag nopan`} title={texts.resize} aria-hidden="true" onPointerDown={(e) => start(e, h.dx, h.dy)} />
      ))}
    </>
  );
}

