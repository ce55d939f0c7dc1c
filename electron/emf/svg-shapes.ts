import { onWhite, parsePaint, type Rgb } from './svg-paint';
import { apply, IDENTITY, lengthScale, multiply, parseTransform, rotation, scaling, translation, type Matrix } from './svg-matrix';
import { parsePathData, type Segment, type Subpath } from './svg-path-data';
import type { SvgElement } from './svg-tree';
import { dashed } from './stroke-dashes';

export type LineCap = 'butt' | 'round' | 'square';
export type LineJoin = 'miter' | 'round' | 'bevel';

/** A filled or stroked outline in the picture's own units (the SVG's width and height), transforms applied. */
export type Shape =
  | { readonly kind: 'fill'; readonly subpaths: readonly Subpath[]; readonly colour: Rgb; readonly evenOdd: boolean }
  | { readonly kind: 'stroke'; readonly subpaths: readonly Subpath[]; readonly colour: Rgb; readonly width: number; readonly cap: LineCap; readonly join: LineJoin };

/** An SVG this drawing cannot reproduce faithfully, such as text left without outlines. */
export class UnsupportedSvg extends Error {}

interface Style {
  readonly fill: Rgb | null;
  readonly fillOpacity: number;
  readonly evenOdd: boolean;
  readonly stroke: Rgb | null;
  readonly strokeOpacity: number;
  readonly strokeWidth: number;
  readonly dashes: readonly number[];
  readonly cap: LineCap;
  readonly join: LineJoin;
  readonly opacity: number;
}

const INITIAL: Style = { fill: 0x000000, fillOpacity: 1, evenOdd: false, stroke: null, strokeOpacity: 1, strokeWidth: 1, dashes: [], cap: 'butt', join: 'miter', opacity: 1 };

const number = (text: string | undefined, fallback = 0): number => {
  if (text === undefined) return fallback;
  const value = Number.parseFloat(text);
  if (!Number.isFinite(value)) throw new Error(`unreadable number: ${text}`);
  return value;
};

/** A list of numbers as SVG writes them, apart by spaces or commas. */
const numbers = (text: string | undefined): number[] => (text ?? '').split(/[\s,]+/).filter(Boolean).map((v) => number(v));

function oneOf<T extends string>(text: string, values: readonly T[], what: string): T {
  if (!(values as readonly string[]).includes(text)) throw new Error(`unreadable ${what}: ${text}`);
  return text as T;
}

/** The element's style attribute read as presentation attributes, which it overrides. */
function ownAttributes(element: SvgElement): Readonly<Record<string, string>> {
  const style = element.attrs.style;
  if (!style) return element.attrs;
  const fromStyle = Object.fromEntries(
    style
      .split(';')
      .map((d) => d.split(':').map((s) => s.trim()))
      .filter((d): d is [string, string] => d.length === 2 && d[0] !== ''),
  );
  return { ...element.attrs, ...fromStyle };
}

function styled(parent: Style, a: Readonly<Record<string, string>>): Style {
  const dashes = a['stroke-dasharray'];
  return {
    fill: a.fill !== undefined ? parsePaint(a.fill) : parent.fill,
    fillOpacity: a['fill-opacity'] !== undefined ? number(a['fill-opacity']) : parent.fillOpacity,
    evenOdd: a['fill-rule'] !== undefined ? a['fill-rule'] === 'evenodd' : parent.evenOdd,
    stroke: a.stroke !== undefined ? parsePaint(a.stroke) : parent.stroke,
    strokeOpacity: a['stroke-opacity'] !== undefined ? number(a['stroke-opacity']) : parent.strokeOpacity,
    strokeWidth: a['stroke-width'] !== undefined ? number(a['stroke-width']) : parent.strokeWidth,
    dashes: dashes === undefined ? parent.dashes : dashes === 'none' ? [] : numbers(dashes),
    cap: a['stroke-linecap'] !== undefined ? oneOf(a['stroke-linecap'], ['butt', 'round', 'square'], 'line cap') : parent.cap,
    join: a['stroke-linejoin'] !== undefined ? oneOf(a['stroke-linejoin'], ['miter', 'round', 'bevel'], 'line join') : parent.join,
    // Opacity is not inherited but composes: a group's applies to all it holds.
    opacity: parent.opacity * (a.opacity !== undefined ? number(a.opacity) : 1),
  };
}

/** Four cubic curves per quarter of an ellipse: the usual kappa approximation, within 0.03 % of the curve. */
function ellipse(cx: number, cy: number, rx: number, ry: number): Subpath {
  const k = 0.5522847498;
  const q = (c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): Segment => ({ kind: 'cubic', c1: [c1x, c1y], c2: [c2x, c2y], to: [x, y] });
  return {
    start: [cx + rx, cy],
    closed: true,
    segments: [
      q(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry),
      q(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy),
      q(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry),
      q(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy),
    ],
  };
}

/** The size percentages of a length refer to: the root's viewBox (or width and height). */
interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** A length along one side of the viewport, which may be a percentage of it. */
const length = (text: string | undefined, side: number): number => (text?.trim().endsWith('%') ? (number(text) / 100) * side : number(text));

function rect(a: Readonly<Record<string, string>>, viewport: Viewport): Subpath[] {
  const x = length(a.x, viewport.width);
  const y = length(a.y, viewport.height);
  const w = length(a.width, viewport.width);
  const h = length(a.height, viewport.height);
  if (w <= 0 || h <= 0) return [];
  let rx = a.rx !== undefined ? number(a.rx) : a.ry !== undefined ? number(a.ry) : 0;
  let ry = a.ry !== undefined ? number(a.ry) : rx;
  rx = Math.min(rx, w / 2);
  ry = Math.min(ry, h / 2);
  if (rx <= 0 || ry <= 0) return [{ start: [x, y], closed: true, segments: [{ kind: 'line', to: [x + w, y] }, { kind: 'line', to: [x + w, y + h] }, { kind: 'line', to: [x, y + h] }] }];
  const k = 0.5522847498;
  return [
    {
      start: [x + rx, y],
      closed: true,
      segments: [
        { kind: 'line', to: [x + w - rx, y] },
        { kind: 'cubic', c1: [x + w - rx + k * rx, y], c2: [x + w, y + ry - k * ry], to: [x + w, y + ry] },
        { kind: 'line', to: [x + w, y + h - ry] },
        { kind: 'cubic', c1: [x + w, y + h - ry + k * ry], c2: [x + w - rx + k * rx, y + h], to: [x + w - rx, y + h] },
        { kind: 'line', to: [x + rx, y + h] },
        { kind: 'cubic', c1: [x + rx - k * rx, y + h], c2: [x, y + h - ry + k * ry], to: [x, y + h - ry] },
        { kind: 'line', to: [x, y + ry] },
        { kind: 'cubic', c1: [x, y + ry - k * ry], c2: [x + rx - k * rx, y], to: [x + rx, y] },
      ],
    },
  ];
}

function points(text: string | undefined, closed: boolean): Subpath[] {
  const n = numbers(text);
  if (n.length < 4) return [];
  const segments: Segment[] = [];
  for (let i = 2; i + 1 < n.length; i += 2) segments.push({ kind: 'line', to: [n[i]!, n[i + 1]!] });
  return [{ start: [n[0]!, n[1]!], closed, segments }];
}

/** The outline an element draws, in its own coordinates; null for elements that draw nothing themselves. */
function geometry(element: SvgElement, a: Readonly<Record<string, string>>, viewport: Viewport): Subpath[] | null {
  switch (element.name) {
    case 'rect':
      return rect(a, viewport);
    case 'circle':
      return number(a.r) > 0 ? [ellipse(number(a.cx), number(a.cy), number(a.r), number(a.r))] : [];
    case 'ellipse':
      return number(a.rx) > 0 && number(a.ry) > 0 ? [ellipse(number(a.cx), number(a.cy), number(a.rx), number(a.ry))] : [];
    case 'line':
      return [{ start: [number(a.x1), number(a.y1)], closed: false, segments: [{ kind: 'line', to: [number(a.x2), number(a.y2)] }] }];
    case 'polyline':
      return points(a.points, false);
    case 'polygon':
      return points(a.points, true);
    case 'path':
      return element.attrs.id !== undefined ? sharedOutline(a.d ?? '') : parsePathData(a.d ?? '');
    default:
      return null;
  }
}

/** Outlines of paths kept to be used many times (the glyphs, the same few thousand in every picture), read once. */
const SHARED_OUTLINES = new Map<string, Subpath[]>();
const SHARED_OUTLINES_KEPT = 20_000;

function sharedOutline(d: string): Subpath[] {
  let outline = SHARED_OUTLINES.get(d);
  if (!outline) {
    if (SHARED_OUTLINES.size >= SHARED_OUTLINES_KEPT) SHARED_OUTLINES.clear();
    SHARED_OUTLINES.set(d, (outline = parsePathData(d)));
  }
  return outline;
}

function transformed(subpaths: readonly Subpath[], m: Matrix): Subpath[] {
  const p = (pt: readonly [number, number]) => apply(m, pt[0], pt[1]);
  return subpaths.map((s) => ({
    start: p(s.start),
    closed: s.closed,
    segments: s.segments.map((g): Segment => (g.kind === 'line' ? { kind: 'line', to: p(g.to) } : { kind: 'cubic', c1: p(g.c1), c2: p(g.c2), to: p(g.to) })),
  }));
}

/** The direction the outline arrives at its last point in, for an arrowhead there. */
function endAngle(subpaths: readonly Subpath[]): { at: readonly [number, number]; angle: number } | null {
  const last = subpaths[subpaths.length - 1];
  const seg = last?.segments[last.segments.length - 1];
  if (!last || !seg) return null;
  const before = last.segments.length > 1 ? last.segments[last.segments.length - 2]!.to : last.start;
  const from = seg.kind === 'line' ? before : seg.c2[0] !== seg.to[0] || seg.c2[1] !== seg.to[1] ? seg.c2 : seg.c1;
  return { at: seg.to, angle: Math.atan2(seg.to[1] - from[1], seg.to[0] - from[0]) };
}

const SKIPPED = new Set(['title', 'desc', 'metadata', 'defs', 'marker', 'symbol']);
const CONTAINERS = new Set(['svg', 'g', 'a']);

/** The shapes of an SVG document in drawing order, in the units of its width and height. */
export function svgShapes(root: SvgElement): Shape[] {
  const viewBox = numbers(root.attrs.viewBox);
  const width = number(root.attrs.width, viewBox[2] ?? 0);
  const height = number(root.attrs.height, viewBox[3] ?? 0);
  const viewport: Viewport = viewBox.length === 4 ? { width: viewBox[2]!, height: viewBox[3]! } : { width, height };
  const ids = new Map<string, SvgElement>();
  const index = (e: SvgElement) => {
    if (e.attrs.id) ids.set(e.attrs.id, e);
    e.children.forEach(index);
  };
  index(root);
  const shapes: Shape[] = [];

  const marker = (ref: string | undefined, path: readonly Subpath[], m: Matrix, style: Style) => {
    if (!ref || ref === 'none') return;
    const id = /^url\(#([^)]+)\)$/.exec(ref.trim())?.[1];
    const element = id ? ids.get(id) : undefined;
    if (!element || element.name !== 'marker') throw new Error(`unknown marker: ${ref}`);
    const end = endAngle(path);
    if (!end) return;
    const a = element.attrs;
    const viewBox = numbers(a.viewBox);
    const width = number(a.markerWidth, 3);
    const height = number(a.markerHeight, 3);
    const fit = viewBox.length === 4 ? Math.min(width / viewBox[2]!, height / viewBox[3]!) : 1;
    const units = a.markerUnits === 'userSpaceOnUse' ? 1 : style.strokeWidth;
    const angle = a.orient === 'auto' || a.orient === undefined ? end.angle : (number(a.orient) * Math.PI) / 180;
    const at = multiply(translation(end.at[0], end.at[1]), multiply(rotation(angle), multiply(scaling(units * fit), translation(-number(a.refX), -number(a.refY)))));
    const own = styled(INITIAL, ownAttributes(element));
    element.children.forEach((child) => draw(child, multiply(m, at), own, new Set()));
  };

  function draw(element: SvgElement, parent: Matrix, inherited: Style, using: ReadonlySet<SvgElement>): void {
    if (SKIPPED.has(element.name)) return;
    const a = ownAttributes(element);
    if (a.display === 'none' || a.visibility === 'hidden') return;
    let m = a.transform ? multiply(parent, parseTransform(a.transform)) : parent;
    const style = styled(inherited, a);
    if (element.name === 'text' || element.name === 'tspan' || element.name === 'image' || element.name === 'foreignObject' || element.name === 'style') throw new UnsupportedSvg(`<${element.name}> is not drawn as outlines`);
    if (CONTAINERS.has(element.name)) {
      element.children.forEach((child) => draw(child, m, style, using));
      return;
    }
    if (element.name === 'use') {
      const href = a.href ?? a['xlink:href'];
      const target = href?.startsWith('#') ? ids.get(href.slice(1)) : undefined;
      if (!target || using.has(target)) throw new Error(`unusable reference: ${href}`);
      m = multiply(m, translation(number(a.x), number(a.y)));
      draw(target, m, style, new Set([...using, target]));
      return;
    }
    const outline = geometry(element, a, viewport);
    if (outline === null) throw new UnsupportedSvg(`<${element.name}> is not drawn`);
    if (outline.length === 0) return;
    const drawn = transformed(outline, m);
    if (style.fill !== null && element.name !== 'line') {
      shapes.push({ kind: 'fill', subpaths: drawn, colour: onWhite(style.fill, style.fillOpacity * style.opacity), evenOdd: style.evenOdd });
    }
    if (style.stroke !== null && style.strokeWidth > 0) {
      const scale = lengthScale(m);
      const dashes = style.dashes.some((d) => d > 0);
      shapes.push({ kind: 'stroke', subpaths: dashes ? transformed(dashed(outline, style.dashes), m) : drawn, colour: onWhite(style.stroke, style.strokeOpacity * style.opacity), width: style.strokeWidth * scale, cap: style.cap, join: style.join });
    }
    marker(a['marker-end'], outline, m, style);
  }

  const fit = viewBox.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0 ? multiply(scaling(width / viewBox[2]!, height / viewBox[3]!), translation(-viewBox[0]!, -viewBox[1]!)) : IDENTITY;
  draw(root, fit, INITIAL, new Set());
  return shapes;
}
