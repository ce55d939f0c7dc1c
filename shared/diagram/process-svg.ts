import type { Language } from '../model/entities';
import { rowsOf, type ProjectState } from '../model/project-state';
import { diagramLegend } from './diagram-legend';
import { diagramLabels } from './diagram-labels';
import { FONT_FAMILY, INK, MUTED_INK } from './diagram-style';
import { noteSvg } from './annotation-note';
import { arrowMarkers, flowLabel, flowLine } from './flow-arrows';
import type { Point } from './flow-routes';
import { diagramLayout } from './diagram-layout';
import { diagramParts } from './diagram-parts';
import { clipPolyline, windowLayout, type Span } from './diagram-window';
import { LANE_HEADER, type ProcessLayout, type Rect } from './geometry';
import { laneGrid } from './lane-bands';
import { processDrawing, type ProcessDrawing } from './process-drawing';
import { areaOf } from './event-label';
import { stepNode } from './step-node';
import { stepRect } from './step-text';
import { escapeXml, fmt, textBlock, textWidth, wrapText } from './svg-text';

export interface ProcessSvgOptions {
  /** Language of the legend and other fixed words; the project's language when left out. */
  language?: Language;
  /** Whether the picture shows the process's name above it; a document's caption names it instead. */
  title?: boolean;
  /** How wide the legend may run before it wraps; by default as wide as the lanes, at least 640. */
  legendWidth?: number;
  /** Whether the picture carries the legend (by default it does); printed parts after a process's first leave it to the first. */
  legend?: boolean;
}

export interface ProcessSvgPartsOptions extends ProcessSvgOptions {
  /** Longest stretch of the flow one part shows, in diagram units (the lane names come in front of it). */
  maxLength: number;
}

const MARGIN = 24;
const TITLE_HEIGHT = 46;
const LEGEND_GAP = 16;
/** Room kept clear on each side of a step when a long diagram is cut into parts. */
const SPAN_PAD = 4;

class Extent {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  add(r: Rect): void {
    this.minX = Math.min(this.minX, r.x);
    this.minY = Math.min(this.minY, r.y);
    this.maxX = Math.max(this.maxX, r.x + r.width);
    this.maxY = Math.max(this.maxY, r.y + r.height);
  }
  addPoint(p: Point, pad: number): void {
    this.add({ x: p.x - pad, y: p.y - pad, width: 2 * pad, height: 2 * pad });
  }
}

/** One stretch of a long process's flow, and where it comes among the parts. */
export interface DiagramPart {
  readonly span: Span;
  readonly index: number;
  readonly count: number;
}

interface Drawing {
  svg: string;
  /** Along the flow, the stretch each step drawn takes up. */
  occupied: Span[];
  /** Where the drawing ends along the flow. */
  end: number;
}

type Routed = { fullLayout: ProcessLayout; drawing: ProcessDrawing };
/** Routes by state and process: a print plan draws one process many times over (parts, page shapes), routing it once. */
const routedCache = new WeakMap<ProjectState, Map<string, Routed>>();

function routed(state: ProjectState, processId: string, route: () => Routed): Routed {
  const byProcess = routedCache.get(state) ?? routedCache.set(state, new Map()).get(state)!;
  const known = byProcess.get(processId);
  if (known) return known;
  const result = route();
  byProcess.set(processId, result);
  return result;
}

/**
 * A process as a swimlane diagram; with a part, only that stretch of the flow, slid up against the
 * lane names, flows cut at its edges. Everything drawn lies inside the picture: the rasteriser is
 * not given clipped or off-page shapes, which it can mishandle.
 */
function drawProcess(state: ProjectState, processId: string, options: ProcessSvgOptions, part?: DiagramPart): Drawing {
  const process = state.tables.processes[processId];
  if (!process) throw new Error(`No process with id ${processId}`);
  const labels = diagramLabels(options.language ?? state.meta.language);
  const orientation = process.orientation;
  const horizontal = orientation === 'horizontal';
  const lanes = rowsOf(state, 'lanes').filter((l) => l.processId === processId);
  const phases = rowsOf(state, 'phases').filter((p) => p.processId === processId);
  const steps = rowsOf(state, 'steps').filter((s) => s.processId === processId);
  const flows = rowsOf(state, 'flows').filter((f) => f.processId === processId);

  const { fullLayout, drawing } = routed(state, processId, () => {
    const layout = diagramLayout(orientation, lanes, phases, steps);
    return { fullLayout: layout, drawing: processDrawing({ layout, steps, flows }) };
  });
  const layout = part ? windowLayout(fullLayout, part.span) : fullLayout;
  // A part's stretch starts right after the lane names.
  const shift = part ? LANE_HEADER - part.span[0] : 0;
  // The first part also takes what lies before the lanes start, the last what lies past their end.
  const shown: Span = part
    ? [part.index === 0 ? -Infinity : LANE_HEADER, part.index === part.count - 1 ? Infinity : LANE_HEADER + part.span[1] - part.span[0]]
    : [-Infinity, Infinity];
  const along = (r: Rect): Span => (horizontal ? [r.x, r.x + r.width] : [r.y, r.y + r.height]);
  const inside = (r: Rect) => {
    const [a, b] = along(r);
    const middle = (a + b) / 2;
    return middle >= shown[0] && middle < shown[1];
  };

  const extent = new Extent();
  extent.add(layout.bounds);
  const slide = (r: Rect): Rect => (horizontal ? { ...r, x: r.x + shift } : { ...r, y: r.y + shift });
  const slidePoint = (p: Point): Point => (horizontal ? { x: p.x + shift, y: p.y } : { x: p.x, y: p.y + shift });
  const byId = new Map(steps.map((s) => [s.id, s]));

  const lines: string[] = [];
  const flowLabels: string[] = [];
  for (const flow of flows) {
    const from = byId.get(flow.fromStepId);
    const to = byId.get(flow.toStepId);
    const route = drawing.routes.get(flow.id);
    if (!from || !to || !route) continue;
    const handoff = from.laneId !== to.laneId;
    const points = route.map(slidePoint);
    const { pieces, reachesEnd } = part ? clipPolyline(points, horizontal, shown) : { pieces: [points], reachesEnd: true };
    pieces.forEach((piece, i) => {
      for (const p of piece) extent.addPoint(p, 6);
      lines.push(flowLine(flow, piece, handoff, reachesEnd && i === pieces.length - 1));
    });
    const label = drawing.labels.get(flow.id);
    const box = label && slide(label.box);
    if (label && box && inside(box)) {
      extent.add(box);
      flowLabels.push(flowLabel(label.text, box, handoff));
    }
  }
  const occupied: Span[] = [];
  const nodes: string[] = [];
  const shapes = new Map(steps.map((step) => [step.id, slide(drawing.rects.get(step.id) ?? stepRect(step))]));
  const lanesArea = areaOf(layout.lanes.map((band) => band.rect));
  for (const step of steps) {
    const rect = shapes.get(step.id)!;
    if (!inside(rect)) continue;
    const lane = layout.lanes.find((l) => l.lane.id === step.laneId);
    // Only a start or end writes its name outside its shape, clear of the others.
    const others = step.kind === 'start' || step.kind === 'end' ? [...shapes].filter(([id]) => id !== step.id).map(([, r]) => r) : [];
    const node = stepNode(step, rect, orientation, drawing.busy.get(step.id), { lane: lane?.rect ?? null, area: lanesArea, obstacles: others });
    const [a, z] = along(node.bounds);
    occupied.push([a - SPAN_PAD, z + SPAN_PAD]);
    extent.add(node.bounds);
    nodes.push(node.svg);
  }

  const notes: string[] = [];
  for (const annotation of rowsOf(state, 'annotations').filter((a) => a.processId === processId)) {
    const note = noteSvg(annotation, horizontal ? shift : 0, horizontal ? 0 : shift);
    if (!inside(note.bounds)) continue;
    extent.add(note.bounds);
    notes.push(note.svg);
  }

  const contentWidth = extent.maxX - extent.minX;
  const contentHeight = extent.maxY - extent.minY;
  const title = part ? process.name + labels.part(part.index + 1, part.count) : process.name;
  const titled = options.title !== false;
  const titleHeight = titled ? TITLE_HEIGHT : 0;
  const legend = options.legend === false ? null : diagramLegend(labels, options.legendWidth ?? Math.max(contentWidth, 640));
  const titleLines = titled ? wrapText(title, Math.max(contentWidth * 0.7, 320), 20, 1) : [];
  const subtitle = titled ? wrapText([state.meta.organisation, process.category].filter((t) => t.trim()).join(' · '), Math.max(contentWidth * 0.28, 200), 12, 1) : [];
  const innerWidth = Math.max(contentWidth, legend?.width ?? 0, textWidth(titleLines[0] ?? '', 20) + textWidth(subtitle[0] ?? '', 12) + 24);
  const width = Math.ceil(innerWidth + 2 * MARGIN);
  const legendY = MARGIN + titleHeight + contentHeight + LEGEND_GAP;
  const height = Math.ceil(legend ? legendY + legend.height + MARGIN : legendY - LEGEND_GAP + MARGIN);
  const placed = `translate(${fmt(MARGIN - extent.minX)} ${fmt(MARGIN + titleHeight - extent.minY)})`;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${arrowMarkers()}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    textBlock(titleLines, MARGIN, MARGIN + 14, { fontSize: 20, fill: INK, weight: 'bold', anchor: 'start', className: 'diagram-title' }),
    textBlock(subtitle, width - MARGIN, MARGIN + 16, { fontSize: 12, fill: MUTED_INK, anchor: 'end', className: 'diagram-subtitle' }),
    `<g class="diagram" transform="${placed}">`,
    laneGrid(layout, state.tables.departments, labels.corner),
    `<g class="flows">${lines.join('')}</g>`,
    `<g class="steps">${nodes.join('')}</g>`,
    `<g class="flow-labels">${flowLabels.join('')}</g>`,
    `<g class="annotations">${notes.join('')}</g>`,
    '</g>',
    legend ? `<g transform="translate(${MARGIN} ${fmt(legendY)})">${legend.svg}</g>` : '',
    '</svg>',
  ].join('\n');
  return { svg, occupied, end: horizontal ? extent.maxX : extent.maxY };
}

/**
 * A process as a standalone swimlane diagram (SVG text), drawn from the model: title, lanes by
 * department, phases, steps shaped by kind, flows with hand-offs between departments marked, and a legend.
 */
export function renderProcessSvg(state: ProjectState, processId: string, options: ProcessSvgOptions = {}): string {
  return drawProcess(state, processId, options).svg;
}

/**
 * The same diagram in parts no longer than `maxLength` along the flow, each with the lane names and
 * "(1/3)" after the title, for pages that cannot show a long process legibly in one picture. Cuts
 * fall between steps where there is room; a process that fits is one part, the whole diagram.
 */
/** Where a process's drawing ends along the flow, and the stretch each of its steps takes up: what a cut into parts works from. */
export function processSvgExtent(state: ProjectState, processId: string, options: ProcessSvgOptions = {}): { svg: string; end: number; occupied: Span[] } {
  return drawProcess(state, processId, options);
}

/** One part of a long process's diagram, as renderProcessSvgParts draws it; `state` may be one made for the part (its lanes only). */
export function renderProcessSvgPart(state: ProjectState, processId: string, options: ProcessSvgOptions, part: DiagramPart): string {
  return drawProcess(state, processId, options, part).svg;
}

export function renderProcessSvgParts(state: ProjectState, processId: string, options: ProcessSvgPartsOptions): string[] {
  const whole = drawProcess(state, processId, options);
  const spans = diagramParts(LANE_HEADER, whole.end, whole.occupied, options.maxLength);
  if (spans.length === 1) return [whole.svg];
  return spans.map((span, index) => drawProcess(state, processId, options, { span, index, count: spans.length }).svg);
}
