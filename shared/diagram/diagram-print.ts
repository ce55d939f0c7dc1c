import type { Flow, Orientation, Step } from '../model/entities';
import { rowsOf, type ProjectState } from '../model/project-state';
import { routeFlow, sideOf, type Point, type Side } from './flow-routes';
import { LANE_HEADER, NODE_SIZE, PHASE_HEADER, type Rect } from './geometry';
import { renderProcessSvgParts, type ProcessSvgOptions } from './process-svg';
import { stepNode } from './step-node';

/** The smallest text a printed diagram may have, in points. */
export const MIN_PRINTED_TEXT = 8;

/** Room kept between a lane's edge and the steps in it when lanes are drawn close for print. */
const LANE_PAD = 10;
/** A lane with no steps keeps room for its name. */
const EMPTY_LANE = 64;
/** The picture's margins, 24 each side. */
const PART_MARGINS = 48;
/** What a part adds to its stretch of the flow: the lane names and the margins. */
const PART_FRAME = LANE_HEADER + PART_MARGINS;

export type PageOrientation = 'portrait' | 'landscape';

/** Where a picture may go on a page, in points. */
export interface PrintBox {
  readonly width: number;
  readonly height: number;
}

export interface PrintedPart {
  readonly svg: string;
  /** The picture's size in diagram units. */
  readonly width: number;
  readonly height: number;
}

export interface DiagramPrint {
  readonly orientation: PageOrientation;
  /** Points of print per diagram unit, the same for every part so the steps are the same size throughout. */
  readonly scale: number;
  readonly parts: readonly PrintedPart[];
  /** The smallest text of the pictures as printed, in points. */
  readonly smallestText: number;
}

/** Width and height of a drawn diagram, in its own units. */
export function svgUnits(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('The diagram has no size');
  return { width, height };
}

/** The smallest font size any text of a drawn diagram has, in its units. */
export function smallestFontSize(svg: string): number {
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  return sizes.length > 0 ? Math.min(...sizes) : Infinity;
}

/** The sides of each step's shape that arrows touch, as the drawing routes them: a name beside a circle keeps off them. */
function busySides(steps: readonly Step[], flows: readonly Flow[], orientation: Orientation): Map<string, Set<Side>> {
  const boxes = new Map(steps.map((s) => [s.id, { kind: s.kind, rect: stepRect(s) }]));
  const pairs = new Set(flows.map((f) => `${f.fromStepId}\n${f.toStepId}`));
  const busy = new Map<string, Set<Side>>();
  const touch = (id: string, p: Point | undefined, r: Rect) => {
    if (p) (busy.get(id) ?? busy.set(id, new Set()).get(id))?.add(sideOf(p, r));
  };
  for (const flow of flows) {
    const from = boxes.get(flow.fromStepId);
    const to = boxes.get(flow.toStepId);
    if (!from || !to) continue;
    const points = routeFlow(from, to, orientation, { selfLoop: from === to, paired: pairs.has(`${flow.toStepId}\n${flow.fromStepId}`) });
    touch(flow.fromStepId, points[0], from.rect);
    touch(flow.toStepId, points[points.length - 1], to.rect);
  }
  return busy;
}

const stepRect = (step: Step): Rect => ({ x: step.x, y: step.y, ...NODE_SIZE[step.kind] });

/** Across the flow, the stretch a step's drawing takes, with a name drawn beside its circle. */
function acrossExtent(step: Step, orientation: Orientation, busy: ReadonlySet<Side> | undefined): [number, number] {
  const r = stepRect(step);
  const b = stepNode(step, r, orientation, busy).bounds;
  return orientation === 'horizontal' ? [b.y, b.y + b.height] : [b.x, b.x + b.width];
}

/**
 * The process with its lanes drawn as close as their steps allow, for print: a lane as tall as
 * what is in it and a little room, never taller than the user made it; the steps keep their order
 * and their places along the flow. The project itself is not changed.
 */
export function compactLanes(state: ProjectState, processId: string): ProjectState {
  const process = state.tables.processes[processId];
  if (!process) throw new Error(`No process with id ${processId}`);
  const horizontal = process.orientation === 'horizontal';
  const lanes = rowsOf(state, 'lanes')
    .filter((l) => l.processId === processId)
    .sort((a, b) => a.order - b.order);
  const steps = rowsOf(state, 'steps').filter((s) => s.processId === processId);
  const busy = busySides(steps, rowsOf(state, 'flows').filter((f) => f.processId === processId), process.orientation);
  const laneRows = { ...state.tables.lanes };
  const stepRows = { ...state.tables.steps };
  let top = PHASE_HEADER;
  let newTop = PHASE_HEADER;
  for (const lane of lanes) {
    const inLane = steps.filter((s) => s.laneId === lane.id);
    const extents = inLane.map((s) => acrossExtent(s, process.orientation, busy.get(s.id)));
    const low = Math.min(...extents.map((e) => e[0]));
    const high = Math.max(...extents.map((e) => e[1]));
    const size = inLane.length === 0 ? Math.min(lane.size, EMPTY_LANE) : Math.min(lane.size, Math.max(EMPTY_LANE, high - low + 2 * LANE_PAD));
    // Steps drawn past their lane's edge stay where they are against it.
    const inside = low >= top && high <= top + lane.size;
    const shift = inside ? newTop + (size - (high - low)) / 2 - low : newTop - top;
    laneRows[lane.id] = { ...lane, size: inside ? size : lane.size };
    for (const s of inLane) stepRows[s.id] = horizontal ? { ...s, y: s.y + shift } : { ...s, x: s.x + shift };
    top += lane.size;
    newTop += inside ? size : lane.size;
  }
  return { ...state, tables: { ...state.tables, lanes: laneRows, steps: stepRows } };
}

function partsOf(state: ProjectState, processId: string, maxLength: number, options: ProcessSvgOptions): PrintedPart[] {
  return renderProcessSvgParts(state, processId, { title: false, ...options, maxLength }).map((svg) => ({ svg, ...svgUnits(svg) }));
}

/** The largest scale at which every part fits the box. */
const fitScale = (parts: readonly PrintedPart[], box: PrintBox) => Math.min(...parts.map((p) => Math.min(box.width / p.width, box.height / p.height)));

/**
 * How a process's swimlane diagram goes on paper so that its smallest text prints at no less than
 * `minText` points: its lanes drawn close, cut along the flow into parts that fit the page at that
 * size, on landscape or portrait pages, whichever needs fewer. The pictures leave out the
 * process's name unless `options.title` asks for it: a document's caption gives it. A process with too many lanes for
 * that on either is printed as large as its lanes allow, and `smallestText` says how small that is.
 */
export function planDiagramPrint(state: ProjectState, processId: string, boxes: Readonly<Record<PageOrientation, PrintBox>>, options: ProcessSvgOptions = {}, minText = MIN_PRINTED_TEXT): DiagramPrint {
  const print = compactLanes(state, processId);
  const horizontal = state.tables.processes[processId]!.orientation === 'horizontal';
  const whole = partsOf(print, processId, Infinity, options)[0]!;
  const font = smallestFontSize(whole.svg);
  const needed = Number.isFinite(font) ? minText / font : 0;
  const plans = (['landscape', 'portrait'] as const).map((orientation) => {
    const box = boxes[orientation];
    const [along, across] = horizontal ? [box.width, box.height] : [box.height, box.width];
    const target = Math.min(needed, across / (horizontal ? whole.height : whole.width));
    // The legend runs as wide as the page allows, on one line where it can.
    const drawing = { ...options, legendWidth: (horizontal ? box.width : box.height) / target - PART_MARGINS };
    // Parts can come out a little longer than asked (a name beside a circle, a label): shorten until they fit.
    let length = along / target - PART_FRAME;
    let parts = [whole];
    for (let tries = 0; tries < 12 && length > 0; tries++, length *= 0.9) {
      parts = partsOf(print, processId, length, drawing);
      if (fitScale(parts, box) >= target * 0.999) break;
      // Too tall across the lanes: shorter parts do not help.
      if (Math.max(...parts.map((p) => (horizontal ? p.height : p.width))) * target > across) break;
    }
    return { orientation, parts, scale: fitScale(parts, box) };
  });
  const reaching = plans.filter((p) => p.scale >= needed * 0.999);
  const best = reaching.length > 0 ? reaching.reduce((a, b) => (b.parts.length < a.parts.length ? b : a)) : plans.reduce((a, b) => (b.scale > a.scale ? b : a));
  return { ...best, smallestText: font * best.scale };
}
