import type { Annotation, Flow, Lane, Orientation, Step } from '../model/entities';
import { rowsOf, type ProjectState } from '../model/project-state';
import { routeFlow, sideOf, type Point, type Side } from './flow-routes';
import { LANE_HEADER, layoutProcess, PHASE_HEADER, type Rect } from './geometry';
import { diagramParts } from './diagram-parts';
import type { Span } from './diagram-window';
import { processSvgExtent, renderProcessSvgPart, type DiagramPart, type ProcessSvgOptions } from './process-svg';
import { stepRect as textStepRect } from './step-text';
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
  const boxes = new Map(steps.map((s) => [s.id, { kind: s.kind, rect: textStepRect(s) }]));
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

/** Across the flow, the stretch a step's drawing takes, with a name drawn beside its circle. */
function acrossExtent(step: Step, orientation: Orientation, busy: ReadonlySet<Side> | undefined, others: readonly Step[]): [number, number] {
  const r = textStepRect(step);
  const round = step.kind === 'start' || step.kind === 'end';
  const b = stepNode(step, r, orientation, busy, { lane: null, area: null, obstacles: round ? others.filter((o) => o !== step).map(textStepRect) : [] }).bounds;
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
  const noteRows = { ...state.tables.annotations };
  const notes = rowsOf(state, 'annotations').filter((a) => a.processId === processId);
  let top = PHASE_HEADER;
  let newTop = PHASE_HEADER;
  for (const lane of lanes) {
    const inLane = steps.filter((s) => s.laneId === lane.id);
    const extents = inLane.map((s) => acrossExtent(s, process.orientation, busy.get(s.id), inLane));
    const low = Math.min(...extents.map((e) => e[0]));
    const high = Math.max(...extents.map((e) => e[1]));
    const size = inLane.length === 0 ? Math.min(lane.size, EMPTY_LANE) : Math.min(lane.size, Math.max(EMPTY_LANE, high - low + 2 * LANE_PAD));
    // Steps drawn past their lane's edge stay where they are against it.
    const inside = low >= top && high <= top + lane.size;
    const shift = inside ? newTop + (size - (high - low)) / 2 - low : newTop - top;
    laneRows[lane.id] = { ...lane, size: inside ? size : lane.size };
    for (const s of inLane) stepRows[s.id] = horizontal ? { ...s, y: s.y + shift } : { ...s, x: s.x + shift };
    // A note goes with the lane it lies over, kept as far into it as it was.
    for (const n of notes) {
      const middle = horizontal ? n.y + n.height / 2 : n.x + n.width / 2;
      if (middle < top || middle >= top + lane.size) continue;
      noteRows[n.id] = withAcross(n, horizontal, newTop + fitInto(n, horizontal, top, inside ? size : lane.size));
    }
    top += lane.size;
    newTop += inside ? size : lane.size;
  }
  return { ...state, tables: { ...state.tables, lanes: laneRows, steps: stepRows, annotations: noteRows } };
}

/** The steps a part shows (those whose middle lies in its stretch; the first and last parts run on past the ends), and the lanes they are in. */
function partContents(steps: readonly Step[], horizontal: boolean, part: DiagramPart): { inPart: Set<string>; shown: Set<string> } {
  const [from, to] = part.span;
  const low = part.index === 0 ? -Infinity : from;
  const high = part.index === part.count - 1 ? Infinity : to;
  const inPart = new Set<string>();
  const shown = new Set<string>();
  for (const step of steps) {
    const r = textStepRect(step);
    const middle = horizontal ? r.x + r.width / 2 : r.y + r.height / 2;
    if (middle < low || middle >= high) continue;
    inPart.add(step.id);
    shown.add(step.laneId);
  }
  return { inPart, shown };
}

/** How far into a lane of `size` a note goes, from the top (`top`) of the lane it lay over: as far in as before, while it fits. */
function fitInto(note: Annotation, horizontal: boolean, top: number, size: number): number {
  const offset = (horizontal ? note.y : note.x) - top;
  return Math.max(0, Math.min(offset, size - (horizontal ? note.height : note.width)));
}

const withAcross = (note: Annotation, horizontal: boolean, at: number): Annotation => (horizontal ? { ...note, y: at } : { ...note, x: at });

/** The rank of the shown lane nearest to the lane of rank `rank`. */
function nearestShown(bands: readonly { lane: Lane }[], shown: ReadonlySet<string>, rank: number): number {
  let best = -1;
  bands.forEach((b, i) => {
    if (shown.has(b.lane.id) && (best < 0 || Math.abs(i - rank) < Math.abs(best - rank))) best = i;
  });
  return best;
}

/**
 * One part of a long process for print, with only the lanes its steps are in, drawn close together.
 * A step elsewhere in a lane left out, that one of the part's flows comes from or goes to, is moved
 * level with the step at the part's end of the flow, so the flow runs straight off the part's edge
 * rather than seeming to come from a lane shown; other steps and flows are left out.
 */
export function partState(print: ProjectState, processId: string, part: DiagramPart): ProjectState {
  const process = print.tables.processes[processId];
  if (!process) throw new Error(`No process with id ${processId}`);
  const horizontal = process.orientation === 'horizontal';
  const lanes = rowsOf(print, 'lanes').filter((l) => l.processId === processId);
  const steps = rowsOf(print, 'steps').filter((s) => s.processId === processId);
  const flows = rowsOf(print, 'flows').filter((f) => f.processId === processId);
  const { inPart, shown } = partContents(steps, horizontal, part);
  if (shown.size === 0 || shown.size === lanes.length) return print;
  // Each step outside the part that a flow links to it, with the step of the part it is linked to.
  const neighbours = new Map<string, string>();
  for (const f of flows) {
    if (inPart.has(f.fromStepId) && !inPart.has(f.toStepId) && !neighbours.has(f.toStepId)) neighbours.set(f.toStepId, f.fromStepId);
    if (inPart.has(f.toStepId) && !inPart.has(f.fromStepId) && !neighbours.has(f.fromStepId)) neighbours.set(f.fromStepId, f.toStepId);
  }
  const bands = layoutProcess(process.orientation, lanes, [], 0).lanes;
  const shift = new Map<string, number>();
  let newTop = PHASE_HEADER;
  for (const band of bands) {
    if (!shown.has(band.lane.id)) continue;
    shift.set(band.lane.id, newTop - (horizontal ? band.rect.y : band.rect.x));
    newTop += band.lane.size;
  }
  const moveAcross = (step: Step, by: number): Step => (horizontal ? { ...step, y: step.y + by } : { ...step, x: step.x + by });
  const stepRows: Record<string, Step> = {};
  for (const [id, row] of Object.entries(print.tables.steps)) if (row.processId !== processId) stepRows[id] = row;
  for (const step of steps) {
    const by = shift.get(step.laneId);
    if (by !== undefined && (inPart.has(step.id) || neighbours.has(step.id))) stepRows[step.id] = moveAcross(step, by);
  }
  for (const [id, linked] of neighbours) {
    const step = print.tables.steps[id]!;
    if (stepRows[id]) continue;
    const level = stepRows[linked]!;
    const [r, l] = [textStepRect(step), textStepRect(level)];
    const across = horizontal ? level.y + (l.height - r.height) / 2 : level.x + (l.width - r.width) / 2;
    // It keeps its own lane's id, so a hand-off still reads as one; it lies outside the part and is never drawn.
    stepRows[id] = horizontal ? { ...step, y: across } : { ...step, x: across };
  }
  const noteRows = { ...print.tables.annotations };
  for (const note of rowsOf(print, 'annotations').filter((a) => a.processId === processId)) {
    const middle = horizontal ? note.y + note.height / 2 : note.x + note.width / 2;
    const rank = bands.findIndex((b) => (horizontal ? b.rect.y <= middle && middle < b.rect.y + b.rect.height : b.rect.x <= middle && middle < b.rect.x + b.rect.width));
    if (rank < 0) continue;
    const own = bands[rank]!;
    if (shown.has(own.lane.id)) {
      noteRows[note.id] = withAcross(note, horizontal, (horizontal ? note.y : note.x) + shift.get(own.lane.id)!);
      continue;
    }
    // A note over a lane left out goes into the nearest lane shown.
    const target = bands[nearestShown(bands, shown, rank)]!;
    const targetTop = (horizontal ? target.rect.y : target.rect.x) + shift.get(target.lane.id)!;
    noteRows[note.id] = withAcross(note, horizontal, targetTop + fitInto(note, horizontal, horizontal ? own.rect.y : own.rect.x, target.lane.size));
  }
  const laneRows: Record<string, Lane> = {};
  for (const [id, row] of Object.entries(print.tables.lanes)) if (row.processId !== processId || shown.has(id)) laneRows[id] = row;
  const flowRows: Record<string, Flow> = {};
  for (const [id, row] of Object.entries(print.tables.flows)) {
    if (row.processId !== processId || (stepRows[row.fromStepId] && stepRows[row.toStepId] && (inPart.has(row.fromStepId) || inPart.has(row.toStepId)))) flowRows[id] = row;
  }
  return { ...print, tables: { ...print.tables, lanes: laneRows, steps: stepRows, flows: flowRows, annotations: noteRows } };
}

/**
 * The project with only this process's lanes, phases, steps, flows and notes: the plan draws the
 * process many times over, and each drawing then looks through its own rows, not the project's.
 */
function withOnlyProcess(state: ProjectState, processId: string): ProjectState {
  const own = <R extends { readonly processId: string }>(rows: Readonly<Record<string, R>>): Record<string, R> => {
    const kept: Record<string, R> = {};
    for (const id in rows) if (rows[id]!.processId === processId) kept[id] = rows[id]!;
    return kept;
  };
  const t = state.tables;
  return { ...state, tables: { ...t, lanes: own(t.lanes), phases: own(t.phases), steps: own(t.steps), flows: own(t.flows), annotations: own(t.annotations) } };
}

/** What a part adds across the flow to the lanes it shows (margins, phase names, legend), from a whole drawn with the same legend. */
function acrossFrame(print: ProjectState, processId: string, horizontal: boolean, whole: PrintedPart): number {
  const lanes = rowsOf(print, 'lanes').filter((l) => l.processId === processId);
  return (horizontal ? whole.height : whole.width) - lanes.reduce((sum, l) => sum + l.size, 0);
}

/** The lanes each part would show, added up: how far across the flow its picture reaches, without drawing it. */
function lanesAcross(print: ProjectState, processId: string, horizontal: boolean, part: DiagramPart): number {
  const { shown } = partContents(rowsOf(print, 'steps').filter((s) => s.processId === processId), horizontal, part);
  return rowsOf(print, 'lanes')
    .filter((l) => l.processId === processId && (shown.size === 0 || shown.has(l.id)))
    .reduce((sum, l) => sum + l.size, 0);
}

const drawn = (svg: string): PrintedPart => ({ svg, ...svgUnits(svg) });

/** The largest scale at which every part fits the box. */
const fitScale = (parts: readonly PrintedPart[], box: PrintBox) => Math.min(...parts.map((p) => Math.min(box.width / p.width, box.height / p.height)));

/** Parts no longer than `maxLength` along the flow; one part is the whole drawing, every lane in it. */
function cut(print: ProjectState, processId: string, whole: { end: number; occupied: readonly Span[] }, maxLength: number): DiagramPart[] {
  const spans = diagramParts(LANE_HEADER, whole.end, whole.occupied, maxLength);
  return spans.map((span, index) => ({ span, index, count: spans.length }));
}

/**
 * How a process's swimlane diagram goes on paper so that its smallest text prints at no less than
 * `minText` points: its lanes drawn close, cut along the flow into parts that fit the page at that
 * size, each part with only the lanes its steps are in, on landscape or portrait pages, whichever
 * needs fewer. The pictures leave out the process's name unless `options.title` asks for it: a
 * document's caption gives it. A process with too many lanes for that on either (steps side by side
 * in more lanes than the page holds) is printed as large as its lanes allow, and `smallestText` says
 * how small that is.
 */
export function planDiagramPrint(state: ProjectState, processId: string, boxes: Readonly<Record<PageOrientation, PrintBox>>, options: ProcessSvgOptions = {}, minText = MIN_PRINTED_TEXT): DiagramPrint {
  const print = compactLanes(withOnlyProcess(state, processId), processId);
  const horizontal = state.tables.processes[processId]!.orientation === 'horizontal';
  const font = smallestFontSize(processSvgExtent(print, processId, { title: false, ...options }).svg);
  const needed = Number.isFinite(font) ? minText / font : 0;
  const plans = (['landscape', 'portrait'] as const).map((orientation) => {
    const box = boxes[orientation];
    const [along, across] = horizontal ? [box.width, box.height] : [box.height, box.width];
    // The legend runs as wide as the page allows, on one line where it can.
    const drawing = { title: false, ...options, legendWidth: (horizontal ? box.width : box.height) / needed - PART_MARGINS };
    const whole = processSvgExtent(print, processId, drawing);
    const wholePart = drawn(whole.svg);
    const frame = acrossFrame(print, processId, horizontal, wholePart);
    if (fitScale([wholePart], box) >= needed * 0.999) return { orientation, parts: [wholePart], scale: fitScale([wholePart], box) };
    let acrossScale = 0;
    /** Parts that fit the box at `target`: cut shorter until the lanes they show fit across and their drawings fit along. */
    const fitAt = (target: number): PrintedPart[] | null => {
      let length = along / target - PART_FRAME;
      for (let tries = 0; tries < 16 && length > 0; tries++, length *= 0.9) {
        const parts = cut(print, processId, whole, length);
        const reach = Math.max(...parts.map((p) => lanesAcross(print, processId, horizontal, p))) + frame;
        acrossScale = Math.max(acrossScale, across / reach);
        if (reach * target > across * 1.001) continue;
        // Parts can come out a little longer than asked (a name beside a circle, a label): shorten until they fit.
        const pictures = parts.length === 1 ? [wholePart] : parts.map((p) => drawn(renderProcessSvgPart(partState(print, processId, p), processId, { ...drawing, legend: p.index === 0 }, p)));
        if (fitScale(pictures, box) >= target * 0.999) return pictures;
      }
      return null;
    };
    // Steps side by side in more lanes than the page holds: as large as those lanes allow, in as few parts as that size needs.
    const parts = fitAt(needed) ?? (acrossScale > 0 ? fitAt(Math.min(needed, acrossScale) * 0.98) : null) ?? [wholePart];
    return { orientation, parts, scale: fitScale(parts, box) };
  });
  const reaching = plans.filter((p) => p.scale >= needed * 0.999);
  const chosen = reaching.length > 0 ? reaching.reduce((a, b) => (b.parts.length < a.parts.length ? b : a)) : plans.reduce((a, b) => (b.scale > a.scale ? b : a));
  return { ...chosen, smallestText: font * chosen.scale };
}
