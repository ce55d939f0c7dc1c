import type { Rect } from './geometry';
import { widestWord, wrapWhole } from './step-text';
import { textWidth } from './svg-text';

/**
 * The one rule for a name written beside a start or end circle, on the canvas at a glance and in
 * the SVG, PNG and Word: in as few lines as the room around the circle allows, centred on it, slid
 * along as little as needed to keep within the lane and clear of every other shape and its name.
 */

export interface LabelSpace {
  /** The step's lane: the label stays inside it where it can; null: anywhere. */
  lane: Rect | null;
  /** The lanes together: a label wider than its lane may run over the next lanes, never past the diagram's side. */
  area: Rect | null;
  /** Other shapes and their names, which the label never covers. */
  obstacles: readonly Rect[];
}

export interface LabelStyle {
  fontSize: number;
  lineHeight: number;
  /** Between the circle and the label. */
  gap: number;
  /** Kept clear round the label's text. */
  pad: number;
  /** No line wider than this, however much room there is. */
  maxWidth: number;
}

export interface LabelBlock {
  lines: string[];
  /** Middle of the text block. */
  cx: number;
  cy: number;
  /** The text's box, without its pad. */
  box: Rect;
}

/** The smallest rectangle holding them all, or null for none. */
export function areaOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Widths found before: a diagram is drawn many times over as it is cut for print, its events' names each time. */
const narrowest = new Map<string, number>();
const MAX_NARROWEST = 5_000;

/** The narrowest width that holds the name in `count` lines or fewer (never narrower than its widest word). */
function narrowestFor(name: string, count: number, fontSize: number): number {
  const key = `${fontSize}\n${count}\n${name}`;
  let width = narrowest.get(key);
  if (width === undefined) {
    width = searchedWidth(name, count, fontSize);
    if (narrowest.size >= MAX_NARROWEST) narrowest.clear();
    narrowest.set(key, width);
  }
  return width;
}

function searchedWidth(name: string, count: number, fontSize: number): number {
  let fits = textWidth(name.replace(/\s+/g, ' ').trim(), fontSize);
  let short = widestWord(name, fontSize);
  for (let i = 0; i < 14 && fits - short > 0.5; i++) {
    const mid = (fits + short) / 2;
    if (wrapWhole(name, mid, fontSize).length <= count) fits = mid;
    else short = mid;
  }
  return fits;
}

/** Left edges to try for a block `width` wide: centred on the circle within the lane, then just past each shape in the way. */
function lefts(width: number, cx: number, space: LabelSpace, pad: number, inTheWay: readonly Rect[]): number[] {
  const within = (x: number, r: Rect | null) => (r && width + 2 * pad <= r.width ? Math.min(Math.max(x, r.x + pad), r.x + r.width - pad - width) : x);
  const clamp = (x: number) => within(within(x, space.lane), space.area);
  const centred = clamp(cx - width / 2);
  const past = inTheWay.flatMap((o) => [o.x - pad - width, o.x + o.width + pad]).map(clamp);
  // The circle's centre stays above (or below) its name: the two read as one.
  return [centred, ...past.sort((a, b) => Math.abs(a - centred) - Math.abs(b - centred))].filter((x) => x <= cx && x + width >= cx);
}

/**
 * Where the name goes below (or above) the circle, or null when no room holds it clear of the
 * shapes around (the caller then draws it as before, never cut). A shape reaching just past the
 * circle (a neighbour a little taller) is stepped over rather than given up to.
 */
export function eventLabel(name: string, circle: Rect, side: 'below' | 'above', style: LabelStyle, space: LabelSpace): LabelBlock | null {
  const { fontSize, lineHeight, gap, pad } = style;
  const most = wrapWhole(name, widestWord(name, fontSize), fontSize).length;
  if (most === 0) return null;
  const cx = circle.x + circle.width / 2;
  const laneFar = space.lane ? (side === 'below' ? space.lane.y + space.lane.height : space.lane.y) : side === 'below' ? Infinity : -Infinity;
  let outOfLane: LabelBlock | null = null;
  for (let count = 1; count <= most; count++) {
    const width = narrowestFor(name, count, fontSize);
    if (width > style.maxWidth && count < most) continue;
    const lines = wrapWhole(name, width, fontSize);
    if (lines.length > count) continue;
    const textWide = Math.max(...lines.map((l) => textWidth(l, fontSize)));
    const height = lines.length * lineHeight;
    const block = (left: number, near: number): Rect => ({ x: left - pad, y: side === 'below' ? near : near - height, width: textWide + 2 * pad, height });
    let near = side === 'below' ? circle.y + circle.height + gap : circle.y - gap;
    // Step over a shape that reaches less than half a line past the circle, under (or over) where the name would go.
    const edge = (o: Rect) => (side === 'below' ? o.y + o.height : o.y);
    const under = { ...block(cx - textWide, near), width: 2 * textWide + 2 * pad };
    const shallow = space.obstacles.filter((o) => overlaps(o, under) && Math.abs(edge(o) - near) <= lineHeight / 2);
    for (const attempt of [near, ...(shallow.length > 0 ? [side === 'below' ? Math.max(...shallow.map(edge)) + gap : Math.min(...shallow.map(edge)) - gap] : [])]) {
      near = attempt;
      const band = block(0, near);
      const inTheWay = space.obstacles.filter((o) => o.y < band.y + band.height && band.y < o.y + o.height);
      const left = lefts(textWide, cx, space, pad, inTheWay).find((x) => !inTheWay.some((o) => overlaps(o, block(x, near))));
      if (left === undefined) continue;
      const b = block(left, near);
      const found = { lines, cx: left + textWide / 2, cy: b.y + height / 2, box: { x: left, y: b.y, width: textWide, height } };
      const across = !space.lane || (b.x >= space.lane.x && b.x + b.width <= space.lane.x + space.lane.width);
      if (across && (side === 'below' ? b.y + height <= laneFar : b.y >= laneFar)) return found;
      outOfLane ??= found;
    }
  }
  return outOfLane;
}
