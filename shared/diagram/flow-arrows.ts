import type { Flow } from '../model/entities';
import { FLOW_COLOUR, HANDOFF_COLOUR } from './diagram-style';
import { labelAnchor, pathData, type Point } from './flow-routes';
import type { Rect } from './geometry';
import { escapeXml, fmt, textBlock, textWidth, wrapText } from './svg-text';

export const ARROW_ID = 'lw-arrow';
export const HANDOFF_ARROW_ID = 'lw-arrow-handoff';
/** Arrowhead length; the tip sits on the target's border. */
const HEAD = 10;
const PULL_BACK = 6;
const LABEL_FONT = 11;

function marker(id: string, colour: string): string {
  // userSpaceOnUse keeps the head the same size whatever the stroke width.
  return `<marker id="${id}" viewBox="0 0 ${HEAD} ${HEAD}" refX="${HEAD - PULL_BACK}" refY="${HEAD / 2}" markerWidth="${HEAD}" markerHeight="${HEAD}" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L${HEAD},${HEAD / 2} L0,${HEAD - 1} Z" fill="${colour}"/></marker>`;
}

export function arrowMarkers(): string {
  return marker(ARROW_ID, FLOW_COLOUR) + marker(HANDOFF_ARROW_ID, HANDOFF_COLOUR);
}

export function flowStroke(handoff: boolean, arrow = true): string {
  const head = arrow ? ` marker-end="url(#${handoff ? HANDOFF_ARROW_ID : ARROW_ID})"` : '';
  return handoff ? `stroke="${HANDOFF_COLOUR}" stroke-width="1.6" stroke-dasharray="6 4"${head}` : `stroke="${FLOW_COLOUR}" stroke-width="1.4"${head}`;
}

/** The line of a flow; hand-offs between departments are dashed and coloured. A piece cut off before its end has no arrowhead. */
export function flowLine(flow: Flow, points: readonly Point[], handoff: boolean, arrow = true): string {
  const cls = handoff ? 'flow handoff' : 'flow';
  return `<path class="${cls}" data-flow-id="${escapeXml(flow.id)}" d="${pathData(points, arrow ? PULL_BACK : 0)}" fill="none" stroke-linejoin="round" ${flowStroke(handoff, arrow)}/>`;
}

/** A self-loop is too small to carry its label, so the label sits just beyond the loop's far leg. */
function outsideLoop(points: readonly Point[], width: number, height: number): Point {
  const [p0, p1, p2] = points;
  if (!p0 || !p1 || !p2) return points[0] ?? { x: 0, y: 0 };
  const dx = Math.sign(p1.x - p0.x);
  const dy = Math.sign(p1.y - p0.y);
  return { x: (p1.x + p2.x) / 2 + dx * (width / 2 + 3), y: (p1.y + p2.y) / 2 + dy * (height / 2 + 3) };
}

export interface FlowLabel {
  svg: string;
  box: Rect;
}

/** A flow's label (通过 / 驳回 …) on a white plate so it stays readable where it crosses lines. */
export function flowLabel(flow: Flow, points: readonly Point[], handoff: boolean, selfLoop = false): FlowLabel | null {
  const lines = wrapText(flow.label, 120, LABEL_FONT, 2);
  if (lines.length === 0) return null;
  const width = Math.max(...lines.map((l) => textWidth(l, LABEL_FONT))) + 10;
  const height = lines.length * 14 + 4;
  const at = selfLoop ? outsideLoop(points, width, height) : labelAnchor(points, width);
  const box = { x: at.x - width / 2, y: at.y - height / 2, width, height };
  const colour = handoff ? HANDOFF_COLOUR : FLOW_COLOUR;
  const plate = `<rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${fmt(width)}" height="${fmt(height)}" rx="3" fill="#ffffff" fill-opacity="0.95" stroke="${colour}" stroke-opacity="0.35" stroke-width="0.8"/>`;
  const text = textBlock(lines, at.x, at.y, { fontSize: LABEL_FONT, lineHeight: 14, fill: colour, weight: 'bold', className: 'flow-label' });
  return { svg: `<g class="flow-label-group">${plate}${text}</g>`, box };
}
