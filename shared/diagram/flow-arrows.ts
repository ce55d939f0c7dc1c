import type { Flow } from '../model/entities';
import { FLOW_COLOUR, HANDOFF_COLOUR } from './diagram-style';
import { pathData, type Point } from './flow-routes';
import type { Rect } from './geometry';
import { wrapWhole } from './step-text';
import { escapeXml, fmt, textBlock, textWidth } from './svg-text';

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

export interface FlowLabelText {
  lines: string[];
  width: number;
  height: number;
}

/** A label's lines and the size of its plate, or null for a flow without one; long labels wrap, never cut. */
export function flowLabelText(label: string): FlowLabelText | null {
  const lines = wrapWhole(label, 120, LABEL_FONT);
  if (lines.length === 0) return null;
  return { lines, width: Math.max(...lines.map((l) => textWidth(l, LABEL_FONT))) + 10, height: lines.length * 14 + 4 };
}

/** A flow's label (通过 / 驳回 …) on a white plate placed beside its line. */
export function flowLabel(text: FlowLabelText, box: Rect, handoff: boolean): string {
  const colour = handoff ? HANDOFF_COLOUR : FLOW_COLOUR;
  const plate = `<rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${fmt(box.width)}" height="${fmt(box.height)}" rx="3" fill="#ffffff" fill-opacity="0.95" stroke="${colour}" stroke-opacity="0.35" stroke-width="0.8"/>`;
  const body = textBlock(text.lines, box.x + box.width / 2, box.y + box.height / 2, { fontSize: LABEL_FONT, lineHeight: 14, fill: colour, weight: 'bold', className: 'flow-label' });
  return `<g class="flow-label-group">${plate}${body}</g>`;
}
