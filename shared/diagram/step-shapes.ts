import type { StepKind } from '../model/entities';
import { KIND_STYLE, SEAL_COLOUR } from './diagram-style';
import { kindStyle } from './step-colours';
import type { Rect } from './geometry';
import { fmt } from './svg-text';

/** Height of the wave at the foot of a delivery point's document shape. */
export function waveAmplitude(rect: Rect): number {
  return Math.min(8, rect.height * 0.12);
}

/** Document outline (flowchart "document"): straight top and sides, wavy foot. */
function documentPath(r: Rect): string {
  const a = waveAmplitude(r);
  const foot = r.y + r.height - a;
  return `M${fmt(r.x)},${fmt(r.y)} H${fmt(r.x + r.width)} V${fmt(foot)} C${fmt(r.x + r.width * 0.75)},${fmt(foot - 2 * a)} ${fmt(r.x + r.width * 0.25)},${fmt(foot + 2 * a)} ${fmt(r.x)},${fmt(foot)} Z`;
}

function bezier(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

/** Where the wavy foot of a document shape is at x, so arrows from below touch the curve. */
export function documentFootY(r: Rect, x: number): number {
  const a = waveAmplitude(r);
  const foot = r.y + r.height - a;
  const xs = [r.x + r.width, r.x + r.width * 0.75, r.x + r.width * 0.25, r.x] as const;
  // x falls monotonically with t along the foot, so bisection finds the matching t.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (bezier(...xs, mid) > x) lo = mid;
    else hi = mid;
  }
  return bezier(foot, foot - 2 * a, foot + 2 * a, foot, (lo + hi) / 2);
}

function diamondPoints(r: Rect): string {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  return `${fmt(cx)},${fmt(r.y)} ${fmt(r.x + r.width)},${fmt(cy)} ${fmt(cx)},${fmt(r.y + r.height)} ${fmt(r.x)},${fmt(cy)}`;
}

/** A round-ended shape; for a square node this is a circle. Inset keeps thick strokes inside the node. */
function pill(r: Rect, inset: number, attrs: string): string {
  const w = r.width - 2 * inset;
  const h = r.height - 2 * inset;
  return `<rect x="${fmt(r.x + inset)}" y="${fmt(r.y + inset)}" width="${fmt(w)}" height="${fmt(h)}" rx="${fmt(Math.min(w, h) / 2)}" ${attrs}/>`;
}

/** Red seal with a tick: marks an approval point (审批点). */
function sealGlyph(cx: number, cy: number, r: number): string {
  const tick = `M${fmt(cx - r * 0.45)},${fmt(cy + r * 0.02)} L${fmt(cx - r * 0.1)},${fmt(cy + r * 0.38)} L${fmt(cx + r * 0.5)},${fmt(cy - r * 0.35)}`;
  return (
    `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="${SEAL_COLOUR}"/>` +
    `<path d="${tick}" fill="none" stroke="#ffffff" stroke-width="${fmt(Math.max(1, r * 0.24))}" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

function outline(kind: StepKind, r: Rect, attrs: string): string {
  switch (kind) {
    case 'start':
      return pill(r, 1, attrs);
    case 'end':
      return pill(r, 2, attrs);
    case 'decision':
      return `<polygon points="${diamondPoints(r)}" ${attrs}/>`;
    case 'delivery':
      return `<path d="${documentPath(r)}" ${attrs}/>`;
    case 'task':
    case 'approval':
      return `<rect x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.width)}" height="${fmt(r.height)}" rx="${fmt(Math.min(8, r.height * 0.15))}" ${attrs}/>`;
  }
}

/** Marks drawn on top of the outline: the inner border and seal of an approval point. */
function decorations(kind: StepKind, r: Rect, stroke: string): string {
  if (kind !== 'approval') return '';
  const s = { stroke };
  const inset = Math.min(3.5, r.height * 0.08);
  const inner = `<rect x="${fmt(r.x + inset)}" y="${fmt(r.y + inset)}" width="${fmt(r.width - 2 * inset)}" height="${fmt(r.height - 2 * inset)}" rx="${fmt(Math.min(5, r.height * 0.1))}" fill="none" stroke="${s.stroke}" stroke-width="1"/>`;
  const sealR = Math.min(8, r.height * 0.22);
  return inner + sealGlyph(r.x + r.width - sealR - inset - 3, r.y + sealR + inset + 3, sealR);
}

/** The shape of a step kind filling rect, with a soft shadow, in its kind's colours or derived from `color`; used for nodes and legend icons alike. */
export function stepShape(kind: StepKind, r: Rect, shadow = true, color: string | null = null): string {
  const s = color ? kindStyle({ kind, color }) : KIND_STYLE[kind];
  const shadowShape = shadow ? outline(kind, { ...r, x: r.x + 2, y: r.y + 2.5 }, 'fill="#1f2933" fill-opacity="0.10"') : '';
  const body = outline(kind, r, `fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"`);
  return shadowShape + body + decorations(kind, r, s.stroke);
}

export type Axis = 'x' | 'y';

/**
 * Distance from a shape's centre to its border along one axis, on the line `offset` away from the
 * centre on the other axis. Arrows end exactly there.
 */
export function borderDistance(kind: StepKind, r: Rect, axis: Axis, offset: number): number {
  const half = axis === 'x' ? r.width / 2 : r.height / 2;
  const cross = axis === 'x' ? r.height / 2 : r.width / 2;
  const share = Math.min(1, Math.abs(offset) / cross);
  if (kind === 'decision') return half * (1 - share);
  if (kind === 'start' || kind === 'end') return half * Math.sqrt(1 - share * share);
  return half;
}

/** How far off-centre a straight arrow may still meet a shape's side without looking askew. */
export function straightTolerance(kind: StepKind, r: Rect, axis: Axis): number {
  const cross = axis === 'x' ? r.height / 2 : r.width / 2;
  if (kind === 'decision') return cross * 0.3;
  if (kind === 'start' || kind === 'end') return cross * 0.4;
  return Math.max(0, cross - 10);
}
