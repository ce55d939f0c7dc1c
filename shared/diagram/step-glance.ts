import type { Step } from '../model/entities';
import { INK } from './diagram-style';
import type { Rect } from './geometry';
import { stepShape } from './step-shapes';
import { widestWord, wrapWhole } from './step-text';
import { escapeXml, textBlock } from './svg-text';

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

/**
 * A step as it is drawn zoomed out, where the export's 12–13 px names would be too small to read:
 * the shape, and the whole name at a size that stays readable on screen. A readable name is bigger
 * than a far-off shape: it wraps inside the shape when it fits there, else across its `room` (the
 * space around the shape up to its neighbours), on a white halo over lines and lane borders.
 */
export function stepGlance(step: Step, r: Rect, fontSize: number, room: Rect = r): string {
  const lineHeight = Math.round(fontSize * 1.15);
  const round = step.kind === 'start' || step.kind === 'end';
  const diamond = step.kind === 'decision';
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const pad = fontSize * ROOM_PAD;
  const roomWidth = Math.max(0, 2 * Math.min(cx - room.x, room.x + room.width - cx) - 2 * pad);
  const roomHeight = Math.max(0, 2 * Math.min(cy - room.y, room.y + room.height - cy) - 2 * pad);
  const style = { fontSize, lineHeight, fill: INK, className: 'step-name' };
  let text: string;
  if (round) {
    // Below the circle, as BPMN draws event names.
    const below = Math.max(0, roomHeight / 2 - r.height / 2 - 4);
    const lines = glanceLines(step.name, [roomWidth], fontSize, lineHeight, below);
    text = textBlock(lines, cx, r.y + r.height + 4 + (lines.length * lineHeight) / 2, style);
  } else {
    const inner = diamond ? { width: r.width * 0.62, height: r.height * 0.6 } : { width: r.width - 10, height: r.height - 6 };
    const inside = glanceLines(step.name, [inner.width], fontSize, lineHeight, inner.height);
    const fitsInside = inside.length * lineHeight <= inner.height && widestWord(step.name, fontSize) <= inner.width;
    const lines = fitsInside ? inside : glanceLines(step.name, [inner.width, Math.max(inner.width, roomWidth)], fontSize, lineHeight, roomHeight);
    text = textBlock(lines, cx, cy, style);
  }
  const halo = `<g stroke="#fff" stroke-width="${Math.round(fontSize * 0.22)}" stroke-linejoin="round" paint-order="stroke">${text}</g>`;
  const tooltip = `<title>${escapeXml([step.code, step.name].filter(Boolean).join(' '))}</title>`;
  return `<g class="step step-${step.kind} glance">${tooltip}${stepShape(step.kind, r, false, step.color)}${text ? halo : ''}</g>`;
}
