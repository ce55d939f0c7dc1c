import type { Step } from '../model/entities';
import { INK } from './diagram-style';
import { eventLabel, type LabelSpace } from './event-label';
import type { Rect } from './geometry';
import { stepShape } from './step-shapes';
import { widestWord, wrapWhole } from './step-text';
import { escapeXml, textBlock, textWidth } from './svg-text';

/** Space kept between a name and the edge of its room, in ems: two neighbours' names never touch. */
const ROOM_PAD = 0.3;

/** Steps of the search for the narrowest width that keeps a name to as few lines, in diagram units. */
const BALANCE_STEPS = 10;

/**
 * The name in as few lines as `width` allows, each as short as that many lines can be: greedy
 * wrapping at the widest width leaves a stub ("汇总与平" / "衡"); at the narrowest width giving the
 * same count the lines come out even ("汇总与" / "平衡").
 */
export function balancedLines(name: string, width: number, fontSize: number): string[] {
  const lines = wrapWhole(name, width, fontSize);
  if (lines.length < 2) return lines;
  let fits = width;
  // Never narrower than the widest word: a word is never split to even the lines.
  let short = Math.max(widestWord(name, fontSize), width / lines.length);
  for (let i = 0; i < BALANCE_STEPS && fits - short > 0.5; i++) {
    const mid = (fits + short) / 2;
    if (wrapWhole(name, mid, fontSize).length <= lines.length) fits = mid;
    else short = mid;
  }
  return wrapWhole(name, fits, fontSize);
}

/** Lines of a name in the fewest lines its room allows, balanced, in a block no taller than `height`. */
function glanceLines(name: string, widths: readonly number[], fontSize: number, lineHeight: number, height: number): string[] {
  const widest = widestWord(name, fontSize);
  const fitting = widths.filter((width) => widest <= width).map((width) => balancedLines(name, width, fontSize));
  const fewest = fitting.sort((a, b) => a.length - b.length)[0];
  if (fewest && fewest.length * lineHeight <= height) return fewest;
  // No room holds it: a word wider than the room still stays whole.
  return balancedLines(name, Math.max(widest, ...widths), fontSize);
}

interface GlanceName {
  lines: string[];
  cx: number;
  cy: number;
  fontSize: number;
  lineHeight: number;
}

const lineHeightOf = (fontSize: number) => Math.round(fontSize * 1.15);
const isRound = (step: Step) => step.kind === 'start' || step.kind === 'end';

/** Where the name of a task, decision, approval or delivery goes at a glance: inside its shape when it fits, else across its room. */
function boxGlance(step: Step, r: Rect, fontSize: number, room: Rect): GlanceName {
  const lineHeight = lineHeightOf(fontSize);
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const pad = fontSize * ROOM_PAD;
  const roomWidth = Math.max(0, 2 * Math.min(cx - room.x, room.x + room.width - cx) - 2 * pad);
  const roomHeight = Math.max(0, 2 * Math.min(cy - room.y, room.y + room.height - cy) - 2 * pad);
  const inner = step.kind === 'decision' ? { width: r.width * 0.62, height: r.height * 0.6 } : { width: r.width - 10, height: r.height - 6 };
  const inside = glanceLines(step.name, [inner.width], fontSize, lineHeight, inner.height);
  const fitsInside = inside.length * lineHeight <= inner.height && widestWord(step.name, fontSize) <= inner.width;
  const lines = fitsInside ? inside : glanceLines(step.name, [inner.width, Math.max(inner.width, roomWidth)], fontSize, lineHeight, roomHeight);
  return { lines, cx, cy, fontSize, lineHeight };
}

/**
 * The box a step and its name take at a glance, for a start or end beside it to keep clear of.
 * A start or end gives its circle alone: its own name is placed after its neighbours'.
 */
export function glanceExtent(step: Step, r: Rect, fontSize: number, room: Rect = r): Rect[] {
  if (isRound(step) || !step.name.trim()) return [r];
  const name = boxGlance(step, r, fontSize, room);
  const width = Math.max(0, ...name.lines.map((l) => textWidth(l, fontSize)));
  const height = name.lines.length * name.lineHeight;
  return [r, { x: name.cx - width / 2, y: name.cy - height / 2, width, height }];
}

/** A start's or end's name at a glance: below the circle, as BPMN draws event names, in the room its neighbours leave. */
function roundGlance(step: Step, r: Rect, fontSize: number, room: Rect, space: LabelSpace): GlanceName {
  const lineHeight = lineHeightOf(fontSize);
  const cx = r.x + r.width / 2;
  const pad = fontSize * ROOM_PAD;
  const style = { fontSize, lineHeight, gap: 4, pad, maxWidth: Number.POSITIVE_INFINITY };
  const spread = eventLabel(step.name, r, 'below', style, space);
  if (spread) return { lines: spread.lines, cx: spread.cx, cy: spread.cy, fontSize, lineHeight };
  // Nowhere clear of the neighbours: within the room halfway to them, as few lines as it allows.
  const cy = r.y + r.height / 2;
  const roomWidth = Math.max(0, 2 * Math.min(cx - room.x, room.x + room.width - cx) - 2 * pad);
  const roomHeight = Math.max(0, 2 * Math.min(cy - room.y, room.y + room.height - cy) - 2 * pad);
  const below = Math.max(0, roomHeight / 2 - r.height / 2 - 4);
  const lines = glanceLines(step.name, [roomWidth], fontSize, lineHeight, below);
  return { lines, cx, cy: r.y + r.height + 4 + (lines.length * lineHeight) / 2, fontSize, lineHeight };
}

/**
 * A step as it is drawn zoomed out, where the export's 12–13 px names would be too small to read:
 * the shape, and the whole name at a size that stays readable on screen. A readable name is bigger
 * than a far-off shape: it wraps inside the shape when it fits there, else across its `room` (the
 * space around the shape up to its neighbours), on a white halo over lines and lane borders. A
 * start's or end's name goes below its circle in the `space` its lane and neighbours leave.
 */
export function stepGlance(step: Step, r: Rect, fontSize: number, room: Rect = r, space: LabelSpace = { lane: null, area: null, obstacles: [] }): string {
  const name = isRound(step) ? roundGlance(step, r, fontSize, room, space) : boxGlance(step, r, fontSize, room);
  const text = textBlock(name.lines, name.cx, name.cy, { fontSize, lineHeight: name.lineHeight, fill: INK, className: 'step-name' });
  const halo = `<g stroke="#fff" stroke-width="${Math.round(fontSize * 0.22)}" stroke-linejoin="round" paint-order="stroke">${text}</g>`;
  const tooltip = `<title>${escapeXml([step.code, step.name].filter(Boolean).join(' '))}</title>`;
  return `<g class="step step-${step.kind} glance">${tooltip}${stepShape(step.kind, r, false, step.color)}${text ? halo : ''}</g>`;
}
