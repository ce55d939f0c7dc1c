import { useReactFlow } from '@xyflow/react';
import { useState, type PointerEvent } from 'react';
import type { Point } from './canvas-layout';

/** Pointer travel (in diagram units) before a press on a header counts as a drag. */
const DRAG_START = 4;

export interface HeaderDrag {
  /** Spread on the header button. */
  handlers: {
    onPointerDown(e: PointerEvent<HTMLButtonElement>): void;
    onPointerMove(e: PointerEvent<HTMLButtonElement>): void;
    onPointerUp(): void;
    onPointerCancel(): void;
  };
  /** Where the pointer is while a drag is under way, in diagram units; null before it travels far enough. */
  at: Point | null;
  /** How far the header has been dragged along its axis. */
  shift: number;
}

/**
 * Dragging a lane or phase header along one axis (given by `coordinate`) to a new place; `onDrop`
 * gets the point it was let go at. A press that barely moves stays a click.
 */
export function useHeaderDrag(coordinate: (p: Point) => number, onDrop: (at: Point) => void, disabled = false): HeaderDrag {
  const { screenToFlowPosition } = useReactFlow();
  const [drag, setDrag] = useState<{ from: Point; to: Point } | null>(null);
  const shift = drag ? coordinate(drag.to) - coordinate(drag.from) : 0;
  const dragging = drag !== null && Math.abs(shift) >= DRAG_START;
  return {
    handlers: {
      onPointerDown(e) {
        if (e.button !== 0 || disabled) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
        setDrag({ from: at, to: at });
      },
      onPointerMove(e) {
        if (drag) setDrag({ ...drag, to: screenToFlowPosition({ x: e.clientX, y: e.clientY }) });
      },
      onPointerUp() {
        if (!drag) return;
        setDrag(null);
        if (dragging) onDrop(drag.to);
      },
      onPointerCancel() {
        setDrag(null);
      },
    },
    at: dragging ? drag.to : null,
    shift: dragging ? shift : 0,
  };
}
