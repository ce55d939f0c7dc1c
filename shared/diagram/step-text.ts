import type { Step, StepKind } from '../model/entities';
import { GRID, NODE_SIZE, type Rect } from './geometry';
import { textWidth, wrapText } from './svg-text';
import { waveAmplitude } from './step-shapes';

/**
 * The one rule for a step's name, shared by the canvas, the SVG, the PNG and Word: the name wraps
 * inside the shape and is never cut; when it cannot fit at the smallest size, the shape grows.
 */

export interface NameLayout {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** Middle of the text block. */
  cy: number;
}

/** Sizes tried in turn, largest first; the last is the smallest a name is ever drawn at inside a shape. */
const BOX_FONTS = [
  [13, 17],
  [12, 15],
] as const;
const DECISION_FONT = [12, 15] as const;
export const DECISION_CODE_FONT = 10;
/** Room the step code takes at the top of a box. */
const CODE_ROOM = 19;
/** Names beside a start or end circle wrap at this width. */
export const OUTSIDE_WIDTH = 120;
export const OUTSIDE_FONT = 11;
export const OUTSIDE_LINE = 14;

/** The widest word of a name (latin words stay whole; each CJK character stands alone). */
export function widestWord(text: string, fontSize: number): number {
  return Math.max(0, ...text.split(/[\s\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]+/u).map((w) => textWidth(w, fontSize)));
}

/** Every line, however many it takes: shapes grow instead of cutting text. */
export const wrapWhole = (text: string, width: number, fontSize: number) => wrapText(text, width, fontSize, Number.POSITIVE_INFINITY);

/** Where a box's name may go: below the code, above the foot (the wave of a delivery point), inside the sides. */
function boxRoom(kind: StepKind, r: Rect, hasCode: boolean): { top: number; bottom: number; width: number } {
  const top = r.y + (hasCode ? CODE_ROOM : 5);
  const bottom = kind === 'delivery' ? r.y + r.height - waveAmplitude(r) * 1.6 - 1 : r.y + r.height - 3;
  // An approval's seal reaches 22.5 in from its right side: its name keeps clear of it on both sides.
  return { top, bottom, width: r.width - (kind === 'approval' ? 48 : 24) };
}

/** A task, approval or delivery name: the largest size at which it fits whole, else the smallest (and the box must grow). */
export function boxName(kind: StepKind, name: string, r: Rect, hasCode: boolean): NameLayout & { fits: boolean } {
  const room = boxRoom(kind, r, hasCode);
  let layout: NameLayout = { lines: [], fontSize: 12, lineHeight: 15, cy: 0 };
  let fits = false;
  for (const [fontSize, lineHeight] of BOX_FONTS) {
    layout = { lines: wrapWhole(name, room.width, fontSize), fontSize, lineHeight, cy: 0 };
    fits = layout.lines.length * lineHeight <= room.bottom - room.top + 0.5 && widestWord(name, fontSize) <= room.width;
    if (fits) break;
  }
  const blockHeight = layout.lines.length * layout.lineHeight;
  // Centred on the shape when there is room, else below the code.
  const centre = kind === 'delivery' ? (r.y + room.bottom) / 2 + 2 : r.y + r.height / 2;
  layout.cy = Math.min(Math.max(centre, room.top + blockHeight / 2), room.bottom - blockHeight / 2);
  if (!fits) layout.cy = room.top + blockHeight / 2;
  return { ...layout, fits };
}

/** Whether a line of text, its middle at y, lies inside a diamond with room to spare at both ends. */
function inDiamond(r: Rect, text: string, fontSize: number, middle: number): boolean {
  const half = r.height / 2;
  const far = Math.abs(middle - (r.y + half)) + fontSize / 2;
  return far < half && textWidth(text, fontSize) <= r.width * (1 - far / half) - 6;
}

/** Where a decision's code sits: just above its name. */
export function decisionCodeY(name: NameLayout): number {
  return name.cy - (name.lines.length * name.lineHeight) / 2 - 6;
}

/** A decision's name: on one line when short, else wrapped in the middle band of the diamond. */
export function decisionName(name: string, r: Rect, code: string): NameLayout & { fits: boolean } {
  const [fontSize, lineHeight] = DECISION_FONT;
  const cy = r.y + r.height / 2;
  const single = name.trim();
  const oneLine = textWidth(single, fontSize) <= r.width * 0.7;
  const lines = oneLine ? (single ? [single] : []) : wrapWhole(name, r.width * 0.52, fontSize);
  const offset = code ? (lines.length > 1 ? 6 : 5) : 0;
  const layout = { lines, fontSize, lineHeight, cy: cy + offset };
  const fits =
    (oneLine || widestWord(name, fontSize) <= r.width * 0.52) &&
    lines.every((line, i) => inDiamond(r, line, fontSize, layout.cy + (i - (lines.length - 1) / 2) * lineHeight)) && (!code || inDiamond(r, code, DECISION_CODE_FONT, decisionCodeY(layout)));
  return { ...layout, fits };
}

/** A name that does not fit inside its circle is drawn beside it, wrapped at this width and never cut. */
export function outsideLines(name: string, stacked: boolean): string[] {
  return wrapWhole(name, stacked ? OUTSIDE_WIDTH : OUTSIDE_WIDTH - 10, OUTSIDE_FONT);
}

/** A box too small for its name grows in height on the grid; in width only when one word is wider than it. */
function grownBox(step: Step, base: { width: number; height: number }): { width: number; height: number } {
  const hasCode = step.code !== '';
  const [fontSize, lineHeight] = BOX_FONTS[BOX_FONTS.length - 1]!;
  const sideRoom = base.width - boxRoom(step.kind, { x: 0, y: 0, ...base }, hasCode).width;
  const width = Math.max(base.width, Math.ceil((widestWord(step.name, fontSize) + sideRoom) / GRID) * GRID);
  const fits = (height: number) => boxName(step.kind, step.name, { x: 0, y: 0, width, height }, hasCode).fits;
  if (fits(base.height)) return width === base.width ? base : { width, height: base.height };
  const room = boxRoom(step.kind, { x: 0, y: 0, width, height: base.height }, hasCode);
  const lines = wrapWhole(step.name, room.width, fontSize).length;
  let height = Math.ceil((base.height + lines * lineHeight - (room.bottom - room.top)) / GRID) * GRID;
  while (!fits(height)) height += GRID;
  return { width, height };
}

/** A diamond keeps its proportions and grows on the grid until its name fits. */
function grownDiamond(step: Step, base: { width: number; height: number }): { width: number; height: number } {
  const at = (scale: number) => ({ width: Math.ceil((base.width * scale) / GRID) * GRID, height: Math.ceil((base.height * scale) / GRID) * GRID });
  let scale = 1;
  while (!decisionName(step.name, { x: 0, y: 0, ...at(scale) }, step.code).fits && scale < 40) scale += 0.125;
  return scale === 1 ? base : at(scale);
}

/** The size a user gave the shape, or its kind's. */
export function ownSize(step: Pick<Step, 'kind' | 'width' | 'height'>): { width: number; height: number } {
  const size = NODE_SIZE[step.kind];
  return { width: step.width ?? size.width, height: step.height ?? size.height };
}

const sizes = new WeakMap<Step, { width: number; height: number }>();
/**
 * The same sizes by what they depend on: print and layout draw moved copies of a step many times
 * over, each a new row. Cleared when large, so a long session cannot grow it without end.
 */
const sizesByLook = new Map<string, { width: number; height: number }>();
const MAX_LOOKS = 20_000;

/**
 * The size a step is drawn at: its own size, grown until its name fits. Start and end keep theirs
 * (a long name goes beside the circle). Steps are immutable rows, so the answer is kept per row.
 */
export function stepSize(step: Step): { width: number; height: number } {
  let size = sizes.get(step);
  if (!size) {
    const look = `${step.kind}\n${step.code}\n${step.width}\n${step.height}\n${step.name}`;
    size = sizesByLook.get(look);
    if (!size) {
      const own = ownSize(step);
      size = step.kind === 'start' || step.kind === 'end' || !step.name.trim() ? own : step.kind === 'decision' ? grownDiamond(step, own) : grownBox(step, own);
      if (sizesByLook.size >= MAX_LOOKS) sizesByLook.clear();
      sizesByLook.set(look, size);
    }
    sizes.set(step, size);
  }
  return size;
}

/** The rectangle a step is drawn in: its top-left corner and its drawn size. */
export function stepRect(step: Step): Rect {
  return { x: step.x, y: step.y, ...stepSize(step) };
}
