import type { Orientation, StepKind } from '../model/entities';
import type { Rect } from './geometry';
import { borderDistance, documentFootY, straightTolerance, type Axis } from './step-shapes';

export interface Point {
  x: number;
  y: number;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

/** The side of a shape's box a border point lies on. */
export function sideOf(p: Point, r: Rect): Side {
  const distances: Array<[Side, number]> = [
    ['top', Math.abs(p.y - r.y)],
    ['bottom', Math.abs(p.y - (r.y + r.height))],
    ['left', Math.abs(p.x - r.x)],
    ['right', Math.abs(p.x - (r.x + r.width))],
  ];
  return distances.reduce((best, d) => (d[1] < best[1] ? d : best))[0];
}

export interface NodeBox {
  kind: StepKind;
  rect: Rect;
}

/** Room kept between a node and a bend, and how far loops stand off the nodes they join. */
const GAP = 12;
const LOOP = 28;

/**
 * A shape in flow space: "along" is x and "across" is y. Vertical processes are transposed in and
 * out, so one set of rules serves both orientations (here and in the router of a whole process).
 */
export interface FlowBox {
  kind: StepKind;
  x: number;
  y: number;
  w: number;
  h: number;
  cx: number;
  cy: number;
  /** Real rect, for border maths in page space. */
  page: Rect;
}

export function flowBox(node: NodeBox, vertical: boolean): FlowBox {
  const r = node.rect;
  const [x, y, w, h] = vertical ? [r.y, r.x, r.height, r.width] : [r.x, r.y, r.width, r.height];
  return { kind: node.kind, x, y, w, h, cx: x + w / 2, cy: y + h / 2, page: r };
}

/** Border distance measured in flow space. */
function border(b: FlowBox, flowAxis: Axis, offset: number, vertical: boolean): number {
  const pageAxis: Axis = vertical ? (flowAxis === 'x' ? 'y' : 'x') : flowAxis;
  return borderDistance(b.kind, b.page, pageAxis, offset);
}

function tolerance(b: FlowBox, flowAxis: Axis, vertical: boolean): number {
  const pageAxis: Axis = vertical ? (flowAxis === 'x' ? 'y' : 'x') : flowAxis;
  return straightTolerance(b.kind, b.page, pageAxis);
}

/** A shared line for a straight arrow between two facing sides, preferring the target's centre. */
function sharedLine(a: FlowBox, b: FlowBox, axis: Axis, vertical: boolean): number | null {
  const [ac, bc] = axis === 'x' ? [a.cy, b.cy] : [a.cx, b.cx];
  if (Math.abs(ac - bc) < 0.5) return bc;
  if (Math.abs(bc - ac) <= tolerance(a, axis, vertical)) return bc;
  if (Math.abs(ac - bc) <= tolerance(b, axis, vertical)) return ac;
  return null;
}

function acrossApart(a: FlowBox, b: FlowBox): boolean {
  return b.y + b.h + GAP <= a.y || b.y >= a.y + a.h + GAP;
}

function forward(a: FlowBox, b: FlowBox, vertical: boolean, paired: boolean): Point[] {
  const line = sharedLine(a, b, 'x', vertical);
  if (line !== null) return [{ x: a.cx + border(a, 'x', line - a.cy, vertical), y: line }, { x: b.cx - border(b, 'x', line - b.cy, vertical), y: line }];
  if (paired && acrossApart(a, b)) {
    // Out across the lanes, then in from behind; the way back (see backward) mirrors it, so the two never cross.
    const aEdge = b.y > a.y ? a.y + a.h : a.y;
    return [
      { x: a.cx, y: aEdge },
      { x: a.cx, y: b.cy },
      { x: b.x, y: b.cy },
    ];
  }
  const mid = (a.x + a.w + b.x) / 2;
  return [
    { x: a.x + a.w, y: a.cy },
    { x: mid, y: a.cy },
    { x: mid, y: b.cy },
    { x: b.x, y: b.cy },
  ];
}

/** Target stacked above or below the source (same place along the flow). */
function stacked(a: FlowBox, b: FlowBox, vertical: boolean): Point[] {
  const down = b.y > a.y;
  const aEdge = down ? a.y + a.h : a.y;
  const bEdge = down ? b.y : b.y + b.h;
  const line = sharedLine(a, b, 'y', vertical);
  if (line !== null) {
    const sign = down ? 1 : -1;
    return [{ x: line, y: a.cy + sign * border(a, 'y', line - a.cx, vertical) }, { x: line, y: b.cy - sign * border(b, 'y', line - b.cx, vertical) }];
  }
  const mid = (aEdge + bEdge) / 2;
  return [
    { x: a.cx, y: aEdge },
    { x: a.cx, y: mid },
    { x: b.cx, y: mid },
    { x: b.cx, y: bEdge },
  ];
}

/**
 * Back to an earlier step: leave through the side facing across the lanes, so the loop never runs
 * on top of the forward arrow between the same two steps.
 */
function backward(a: FlowBox, b: FlowBox, paired: boolean, vertical: boolean): Point[] {
  if (acrossApart(a, b)) {
    const up = b.y < a.y;
    if (paired) {
      return [
        { x: a.cx, y: up ? a.y : a.y + a.h },
        { x: a.cx, y: b.cy },
        { x: b.x + b.w, y: b.cy },
      ];
    }
    const aEdge = up ? a.y : a.y + a.h;
    const bEdge = up ? b.y + b.h : b.y;
    const mid = (aEdge + bEdge) / 2;
    return [
      { x: a.cx, y: aEdge },
      { x: a.cx, y: mid },
      { x: b.cx, y: mid },
      { x: b.cx, y: bEdge },
    ];
  }
  // Off-centre ports leave the middle of the top free for arrows to steps stacked above.
  const top = Math.min(a.y, b.y) - LOOP;
  const ax = a.cx - a.w / 4;
  const bx = b.cx + b.w / 4;
  return [
    { x: ax, y: a.cy - border(a, 'y', ax - a.cx, vertical) },
    { x: ax, y: top },
    { x: bx, y: top },
    { x: bx, y: b.cy - border(b, 'y', bx - b.cx, vertical) },
  ];
}

/** A small loop under the step, clear of the sides and the top where other arrows meet it. */
function selfLoop(a: FlowBox, vertical: boolean): Point[] {
  const out = a.cx + a.w / 5;
  const back = a.cx - a.w / 5;
  const foot = a.y + a.h + LOOP;
  return [
    { x: out, y: a.cy + border(a, 'y', out - a.cx, vertical) },
    { x: out, y: foot },
    { x: back, y: foot },
    { x: back, y: a.cy + border(a, 'y', back - a.cx, vertical) },
  ];
}

/** Arrows touching a delivery point's foot end on its wave, not on the box below it. */
function onDocumentFoot(p: Point, node: NodeBox): Point {
  const r = node.rect;
  if (node.kind !== 'delivery' || Math.abs(p.y - (r.y + r.height)) > 0.5 || p.x < r.x || p.x > r.x + r.width) return p;
  return { x: p.x, y: documentFootY(r, p.x) };
}

export interface RouteOptions {
  /** The flow joins a step to itself. */
  selfLoop?: boolean;
  /** Another flow runs the other way between the same two steps (a rework or rejection loop). */
  paired?: boolean;
}

/**
 * Points of an arrow from one step to another, starting and ending on the shapes' borders:
 * straight when the two face each other, otherwise with right-angled bends.
 */
export function routeFlow(from: NodeBox, to: NodeBox, orientation: Orientation, route: RouteOptions | boolean = {}): Point[] {
  // A bare boolean means "self loop", as the canvas first called it.
  const options: RouteOptions = typeof route === 'boolean' ? { selfLoop: route } : route;
  const paired = options.paired ?? false;
  const vertical = orientation === 'vertical';
  const a = flowBox(from, vertical);
  const b = flowBox(to, vertical);
  let points: Point[];
  if (options.selfLoop) points = selfLoop(a, vertical);
  else if (b.x >= a.x + a.w + GAP) points = forward(a, b, vertical, paired);
  else if (b.x + b.w <= a.x - GAP) points = backward(a, b, paired, vertical);
  else points = stacked(a, b, vertical);
  const page = vertical ? points.map((p) => ({ x: p.y, y: p.x })) : points;
  const first = page[0];
  const last = page[page.length - 1];
  if (first) page[0] = onDocumentFoot(first, from);
  if (last) page[page.length - 1] = onDocumentFoot(last, to);
  return page;
}

/** Where a flow's label sits: on the first leg when it has room (labels read as the exit's name), else on the longest leg. */
export function labelAnchor(points: readonly Point[], labelLength: number): Point {
  const legs: Array<{ a: Point; b: Point; length: number }> = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) legs.push({ a, b, length: Math.hypot(b.x - a.x, b.y - a.y) });
  }
  const first = legs[0];
  if (!first) return points[0] ?? { x: 0, y: 0 };
  const firstHasRoom = first.length >= labelLength + 24;
  const leg = firstHasRoom || legs.length === 1 ? first : legs.reduce((best, l) => (l.length > best.length ? l : best), first);
  // On the first leg keep the label close to the exit; on others centre it.
  const at = leg === first && firstHasRoom && legs.length > 1 ? Math.min(0.5, (labelLength / 2 + 10) / leg.length) : 0.5;
  return { x: leg.a.x + (leg.b.x - leg.a.x) * at, y: leg.a.y + (leg.b.y - leg.a.y) * at };
}

/** Path data, with the end pulled back under the arrowhead so the line's square end never shows past the tip. */
export function pathData(points: readonly Point[], pullBack: number): string {
  const pts = points.map((p) => ({ ...p }));
  const last = pts[pts.length - 1];
  const prev = pts[pts.length - 2];
  if (last && prev) {
    const len = Math.hypot(last.x - prev.x, last.y - prev.y);
    if (len > pullBack) {
      last.x -= ((last.x - prev.x) / len) * pullBack;
      last.y -= ((last.y - prev.y) / len) * pullBack;
    }
  }
  return pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x * 100) / 100},${Math.round(p.y * 100) / 100}`).join(' ');
}
