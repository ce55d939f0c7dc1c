import type { Orientation, Step } from '../model/entities';
import type { Side } from './flow-routes';
import { INK } from './diagram-style';
import { kindStyle } from './step-colours';
import type { Rect } from './geometry';
import { eventLabel, type LabelSpace } from './event-label';
import { stepShape } from './step-shapes';
import { boxName, DECISION_CODE_FONT, decisionCodeY, decisionName, OUTSIDE_FONT, OUTSIDE_LINE, OUTSIDE_WIDTH, outsideLines, widestWord, wrapWhole, type NameLayout } from './step-text';
import { escapeXml, textBlock, textWidth } from './svg-text';

type PlacedText = NameLayout;

/** True when every line is wide enough to hold its glyphs inside a circle of radius r centred at cy0. */
function fitsInCircle(t: PlacedText, cy0: number, r: number): boolean {
  return t.lines.every((line, i) => {
    const middle = t.cy + (i - (t.lines.length - 1) / 2) * t.lineHeight;
    const far = Math.abs(middle - cy0) + t.fontSize / 2;
    if (far >= r) return false;
    return textWidth(line, t.fontSize) <= 2 * Math.sqrt(r * r - far * far) - 4;
  });
}

function placed(text: PlacedText, x: number, fill: string): string {
  return textBlock(text.lines, x, text.cy, { fontSize: text.fontSize, lineHeight: text.lineHeight, fill, className: 'step-name' });
}

function codeText(code: string, x: number, cy: number, fill: string, anchor: 'start' | 'middle', fontSize = 10): string {
  return code ? textBlock([code], x, cy, { fontSize, fill, weight: 'bold', anchor, className: 'step-code' }) : '';
}

interface Drawn {
  svg: string;
  /** Area the text takes outside the shape, if any. */
  outside: Rect | null;
}

/** Sides to try for a name outside a circle: across the flow first, then the side no flow uses (before a start, after an end). */
function sidePreference(step: Step, orientation: Orientation): Side[] {
  const order: Side[] = orientation === 'horizontal' ? ['bottom', 'top', 'left', 'right'] : ['right', 'left', 'top', 'bottom'];
  const quiet: Side = orientation === 'horizontal' ? (step.kind === 'end' ? 'right' : 'left') : step.kind === 'end' ? 'bottom' : 'top';
  return [...order.slice(0, 2), quiet, ...order.slice(2).filter((s) => s !== quiet)];
}

/** A name below or above a circle in the export: never wider than a step's column, beyond which a line reads as the lane's. */
const NO_SPACE: LabelSpace = { lane: null, area: null, obstacles: [] };
const EXPORT_LABEL = { fontSize: OUTSIDE_FONT, lineHeight: OUTSIDE_LINE, gap: 5, pad: 3, maxWidth: 2 * OUTSIDE_WIDTH };

function outsideName(name: string, r: Rect, side: Side, space: LabelSpace): Drawn {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const style = (anchor: 'start' | 'middle' | 'end') => ({ fontSize: OUTSIDE_FONT, lineHeight: OUTSIDE_LINE, fill: INK, anchor, className: 'step-name' });
  const spread = side === 'top' || side === 'bottom' ? eventLabel(name, r, side === 'bottom' ? 'below' : 'above', EXPORT_LABEL, space) : null;
  if (spread) return { svg: textBlock(spread.lines, spread.cx, spread.cy, style('middle')), outside: spread.box };
  const lines = outsideLines(name, side === 'top' || side === 'bottom');
  const width = Math.max(...lines.map((l) => textWidth(l, OUTSIDE_FONT)));
  const height = lines.length * OUTSIDE_LINE;
  switch (side) {
    case 'bottom':
    case 'top': {
      const top = side === 'bottom' ? r.y + r.height + 5 : r.y - 5 - height;
      return { svg: textBlock(lines, cx, top + height / 2, style('middle')), outside: { x: cx - width / 2, y: top, width, height } };
    }
    case 'right':
      return { svg: textBlock(lines, r.x + r.width + 6, cy, style('start')), outside: { x: r.x + r.width + 6, y: cy - height / 2, width, height } };
    case 'left':
      return { svg: textBlock(lines, r.x - 6, cy, style('end')), outside: { x: r.x - 6 - width, y: cy - height / 2, width, height } };
  }
}

/** Share of a box's area within room (1 when there is no room to respect). */
function shareInside(box: Rect | null, room: Rect | null): number {
  if (!box || !room || box.width <= 0 || box.height <= 0) return 1;
  const w = Math.max(0, Math.min(box.x + box.width, room.x + room.width) - Math.max(box.x, room.x));
  const h = Math.max(0, Math.min(box.y + box.height, room.y + room.height) - Math.max(box.y, room.y));
  return (w * h) / (box.width * box.height);
}

/** Start and end: the name inside when it fits whole, else beside the circle on a side no arrow touches. */
function circleTexts(step: Step, r: Rect, orientation: Orientation, busy: ReadonlySet<Side>, space: LabelSpace): Drawn {
  const style = kindStyle(step);
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const radius = Math.min(r.width, r.height) / 2 - style.strokeWidth;
  const hasCode = step.code !== '';
  const candidates: PlacedText[] = [
    { lines: wrapWhole(step.name, 200, 11), fontSize: 11, lineHeight: 13, cy: hasCode ? cy + 5 : cy },
    { lines: wrapWhole(step.name, r.width - 12, 10), fontSize: 10, lineHeight: 12, cy: hasCode ? cy + 5 : cy },
  ];
  const inside = candidates.find((c) => c.lines.length > 0 && widestWord(step.name, c.fontSize) <= r.width - 12 && fitsInCircle(c, cy, radius));
  if (inside || !step.name.trim()) {
    const codeY = inside ? cy - 6 - (inside.lines.length * inside.lineHeight) / 2 + 1 : cy;
    return { svg: codeText(step.code, cx, codeY, style.codeFill, 'middle') + (inside ? placed(inside, cx, INK) : ''), outside: null };
  }
  const options = sidePreference(step, orientation).map((side) => ({ side, drawn: outsideName(step.name, r, side, space) }));
  const free = options.filter((o) => !busy.has(o.side));
  // Of the sides no arrow touches, the one whose text stays most inside the lane; ties go by preference.
  const best = (free.length > 0 ? free : options).reduce((a, b) => (shareInside(b.drawn.outside, space.lane) > shareInside(a.drawn.outside, space.lane) + 0.01 ? b : a));
  return { svg: codeText(step.code, cx, cy, style.codeFill, 'middle') + best.drawn.svg, outside: best.drawn.outside };
}

function decisionTexts(step: Step, r: Rect): string {
  const name = decisionName(step.name, r, step.code);
  return codeText(step.code, r.x + r.width / 2, decisionCodeY(name), kindStyle(step).codeFill, 'middle', DECISION_CODE_FONT) + placed(name, r.x + r.width / 2, INK);
}

/** Tasks, approvals and deliveries: code in the top-left corner, the name centred and wrapped, never cut. */
function boxTexts(step: Step, r: Rect): string {
  const name = boxName(step.kind, step.name, r, step.code !== '');
  const inset = step.kind === 'approval' ? 9 : 7;
  return codeText(step.code, r.x + inset, r.y + inset + 5, kindStyle(step).codeFill, 'start') + placed(name, r.x + r.width / 2, INK);
}

/**
 * One step: shape, code and name, with the full text as a tooltip.
 * busy lists the sides arrows touch, so a name drawn outside the shape keeps clear of them, clear
 * of the other shapes in space and, where it can, inside the step's lane.
 */
export function stepNode(step: Step, r: Rect, orientation: Orientation, busy: ReadonlySet<Side> = new Set(), space: LabelSpace = NO_SPACE): { svg: string; bounds: Rect } {
  const texts: Drawn =
    step.kind === 'start' || step.kind === 'end' ? circleTexts(step, r, orientation, busy, space) : { svg: step.kind === 'decision' ? decisionTexts(step, r) : boxTexts(step, r), outside: null };
  const tooltip = `<title>${escapeXml([step.code, step.name].filter(Boolean).join(' '))}</title>`;
  const o = texts.outside;
  const bounds = o
    ? { x: Math.min(r.x, o.x), y: Math.min(r.y, o.y), width: Math.max(r.x + r.width, o.x + o.width) - Math.min(r.x, o.x), height: Math.max(r.y + r.height, o.y + o.height) - Math.min(r.y, o.y) }
    : r;
  return { svg: `<g class="step step-${step.kind}" data-step-id="${escapeXml(step.id)}">${tooltip}${stepShape(step.kind, r, true, step.color)}${texts.svg}</g>`, bounds };
}
