import { useReactFlow } from '@xyflow/react';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Point } from './canvas-layout';

interface ResizeGripProps {
  label: string;
  /** Direction of the edge line: a horizontal edge resizes up and down. */
  orientation: 'horizontal' | 'vertical';
  /** Where the edge line starts, in diagram units. */
  edge: Point;
  length: number;
  size: number;
  min: number;
  max: number;
  step: number;
  onResize: (size: number) => void;
}

/**
 * The draggable edge of a lane or phase. A separator with a value, so keyboard users resize it with
 * the arrow keys (Shift for bigger steps); the mouse drags it, saving once on release.
 */
export function ResizeGrip({ label, orientation, edge, length, size, min, max, step, onResize }: ResizeGripProps) {
  const { screenToFlowPosition } = useReactFlow();
  const [drag, setDrag] = useState<{ from: number; delta: number } | null>(null);
  // Keys pressed faster than the saves come back build on the size asked for, not the one shown.
  const asked = useRef<number | null>(null);
  if (asked.current === size) asked.current = null;
  const horizontal = orientation === 'horizontal';
  const coordinate = (e: PointerEvent) => {
    const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
    return horizontal ? p.y : p.x;
  };
  const clamp = (value: number) => Math.min(max, Math.max(min, value));
  const delta = drag ? clamp(size + drag.delta) - size : 0;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const grow = horizontal ? 'ArrowDown' : 'ArrowRight';
    const shrink = horizontal ? 'ArrowUp' : 'ArrowLeft';
    if (e.key !== grow && e.key !== shrink) return;
    e.preventDefault();
    e.stopPropagation();
    const amount = (e.shiftKey ? 5 : 1) * step * (e.key === grow ? 1 : -1);
    const next = clamp((asked.current ?? size) + amount);
    asked.current = next;
    onResize(next);
  }

  return (
    <div
      className={`resize-grip ${orientation} nodrag nopan${drag ? ' is-dragging' : ''}`}
      style={{
        left: edge.x,
        top: edge.y,
        width: horizontal ? length : undefined,
        height: horizontal ? undefined : length,
        transform: horizontal ? `translateY(${delta}px)` : `translateX(${delta}px)`,
      }}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      title={label}
      aria-valuenow={Math.round(size + delta)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.stopPropagation();
        e.currentTarget.setPointerCapture(e.pointerId);
        setDrag({ from: coordinate(e), delta: 0 });
      }}
      onPointerMove={(e) => {
        if (drag) setDrag({ ...drag, delta: coordinate(e) - drag.from });
      }}
      onPointerUp={() => {
        if (!drag) return;
        setDrag(null);
        if (delta !== 0) onResize(size + delta);
      }}
      onPointerCancel={() => setDrag(null)}
    >
      {drag && <span className="resize-size">{Math.round(size + delta)}</span>}
    </div>
  );
}
