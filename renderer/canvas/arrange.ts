import type { Step } from '../../shared/model/entities';
import { snap } from '../../shared/diagram/geometry';
import { stepSize } from '../../shared/diagram/step-text';
import type { Point } from './canvas-layout';

export const ALIGNMENTS = ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];
export const DISTRIBUTIONS = ['horizontal', 'vertical'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const boxOf = (s: Step): Box => ({ id: s.id, x: s.x, y: s.y, w: stepSize(s).width, h: stepSize(s).height });

/** New top-left corners that line the steps up on one edge or centre line of their bounding box. */
export function align(steps: readonly Step[], how: Alignment): Map<string, Point> {
  const boxes = steps.map(boxOf);
  const result = new Map<string, Point>();
  if (boxes.length < 2) return result;
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  for (const b of boxes) {
    let { x, y } = b;
    if (how === 'left') x = left;
    else if (how === 'right') x = right - b.w;
    else if (how === 'centre') x = (left + right) / 2 - b.w / 2;
    else if (how === 'top') y = top;
    else if (how === 'bottom') y = bottom - b.h;
    else y = (top + bottom) / 2 - b.h / 2;
    result.set(b.id, { x: snapUnlessEdge(x, b.x), y: snapUnlessEdge(y, b.y) });
  }
  return result;
}

/** Centred positions may fall between grid lines; keep them exact so shapes really line up. */
function snapUnlessEdge(value: number, was: number): number {
  return value === was ? was : Math.round(value * 2) / 2;
}

/** Equal gaps between neighbours; the first and last steps stay where they are. */
export function distribute(steps: readonly Step[], how: Distribution): Map<string, Point> {
  const boxes = steps.map(boxOf);
  const result = new Map<string, Point>();
  if (boxes.length < 3) return result;
  const horizontal = how === 'horizontal';
  const start = (b: Box) => (horizontal ? b.x : b.y);
  const size = (b: Box) => (horizontal ? b.w : b.h);
  const sorted = [...boxes].sort((a, b) => start(a) + size(a) / 2 - (start(b) + size(b) / 2));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = start(last) + size(last) - start(first);
  const gap = (span - sorted.reduce((sum, b) => sum + size(b), 0)) / (sorted.length - 1);
  let at = start(first);
  for (const b of sorted) {
    const value = b === first || b === last ? start(b) : snap(at);
    result.set(b.id, horizontal ? { x: value, y: b.y } : { x: b.x, y: value });
    at += size(b) + gap;
  }
  return result;
}
