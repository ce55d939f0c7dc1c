import { FONT_FAMILY, INK } from '../diagram/diagram-style';
import { routeFlow, pathData, type NodeBox, type Point } from '../diagram/flow-routes';
import { layoutProcess, LANE_HEADER, NODE_SIZE, type ProcessLayout, type Rect } from '../diagram/geometry';
import { laneGrid } from '../diagram/lane-bands';
import { areaOf } from '../diagram/event-label';
import { stepNode } from '../diagram/step-node';
import { escapeXml, fmt, textBlock, textWidth } from '../diagram/svg-text';
import type { Department, Lane, Step } from '../model/entities';
import type { MeasurementLabels } from '../metrics/measurement-labels';
import type { ProcessSnapshot } from '../process/process-snapshot';
import type { SnapshotStep, VersionComparison } from './version-compare';

export const DIFF_STATUSES = ['added', 'removed', 'changed', 'same'] as const;
export type DiffStatus = (typeof DIFF_STATUSES)[number];

/** Colour, line and mark of each status: the mark and the line style tell them apart without colour. */
export const DIFF_STYLE: Readonly<Record<DiffStatus, { colour: string; mark: string; dash: string | null }>> = {
  added: { colour: '#1a7f37', mark: '+', dash: null },
  removed: { colour: '#b42318', mark: '−', dash: '5 3' },
  changed: { colour: '#9a6700', mark: '~', dash: '2 2' },
  same: { colour: '#8a95a3', mark: '', dash: null },
};

const MARGIN = 24;
const TITLE = 40;
const TAIL = 60;
const HALO = 6;
const LEGEND_HEIGHT = 36;

interface Placed {
  step: Step;
  status: DiffStatus;
}

const rectOf = (s: Pick<Step, 'kind' | 'x' | 'y'>): Rect => ({ x: s.x, y: s.y, ...NODE_SIZE[s.kind] });

function departmentsOf(a: ProcessSnapshot, b: ProcessSnapshot): Record<string, Department> {
  const out: Record<string, Department> = {};
  for (const s of [a, b]) s.departments.forEach((d, order) => (out[d.id] = { ...d, order }));
  return out;
}

/** The later version's lanes, then the lanes only the earlier one had, so every removed step has a place. */
function mergedLanes(c: VersionComparison): Lane[] {
  const after = c.to.snapshot.lanes;
  const kept = new Set(after.map((l) => l.departmentId));
  const gone = c.from.snapshot.lanes.filter((l) => !kept.has(l.departmentId));
  return [...after, ...gone].map((l, order) => ({ ...l, id: `lane:${l.departmentId}`, processId: 'diff', order }));
}

/** A removed step keeps its place along the flow and across its department's lane. */
function removedPlace(step: SnapshotStep, from: ProcessSnapshot, fromLayout: ProcessLayout, merged: ProcessLayout, horizontal: boolean): Step {
  const department = from.lanes.find((l) => l.id === step.laneId)?.departmentId ?? '';
  const before = fromLayout.lanes.find((b) => b.lane.id === step.laneId)?.rect;
  const now = merged.lanes.find((b) => b.lane.departmentId === department)?.rect;
  const across = before && now ? (horizontal ? now.y + (step.y - before.y) : now.x + (step.x - before.x)) : horizontal ? step.y : step.x;
  return { ...step, id: `removed:${step.id}`, processId: 'diff', laneId: `lane:${department}`, x: horizontal ? step.x : across, y: horizontal ? across : step.y };
}

function badge(r: Rect, status: DiffStatus): string {
  const { colour, mark } = DIFF_STYLE[status];
  if (!mark) return '';
  const cx = r.x + r.width + HALO;
  const cy = r.y - HALO;
  return `<g class="diff-mark"><circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="8" fill="${colour}"/>${textBlock([mark], cx, cy, { fontSize: 13, fill: '#ffffff', weight: 'bold' })}</g>`;
}

function halo(r: Rect, status: DiffStatus): string {
  const { colour, dash } = DIFF_STYLE[status];
  if (status === 'same') return '';
  return `<rect class="diff-halo" x="${fmt(r.x - HALO)}" y="${fmt(r.y - HALO)}" width="${fmt(r.width + 2 * HALO)}" height="${fmt(r.height + 2 * HALO)}" rx="8" fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

function arrowHead(id: string, colour: string): string {
  return `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 Z" fill="${colour}"/></marker>`;
}

function legend(labels: MeasurementLabels, x: number, y: number): string {
  let at = x + textWidth(labels.diff.legend, 12) + 16;
  const parts = [textBlock([labels.diff.legend], x, y, { fontSize: 12, fill: INK, weight: 'bold', anchor: 'start' })];
  for (const status of DIFF_STATUSES) {
    const { colour, mark, dash } = DIFF_STYLE[status];
    parts.push(`<rect x="${fmt(at)}" y="${fmt(y - 9)}" width="28" height="18" rx="4" fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    if (mark) parts.push(textBlock([mark], at + 14, y, { fontSize: 13, fill: colour, weight: 'bold' }));
    const text = labels.diff[status];
    parts.push(textBlock([text], at + 36, y, { fontSize: 12, fill: INK, anchor: 'start' }));
    at += 36 + textWidth(text, 12) + 24;
  }
  return `<g class="diff-legend">${parts.join('')}</g>`;
}

/**
 * Both versions in one swimlane picture: the later version as drawn, the steps and flows the
 * earlier one had and the later lacks drawn where they were, every change outlined in its colour,
 * with a mark (+ − ~) and line style of its own, and a legend.
 */
export function diffDiagramSvg(c: VersionComparison, labels: MeasurementLabels): string {
  const from = c.from.snapshot;
  const to = c.to.snapshot;
  const orientation = to.process.orientation;
  const horizontal = orientation === 'horizontal';
  const lanes = mergedLanes(c);
  const laneOfDepartment = (snapshot: ProcessSnapshot, laneId: string) => `lane:${snapshot.lanes.find((l) => l.id === laneId)?.departmentId ?? ''}`;
  const fromLayout = layoutProcess(from.process.orientation, from.lanes.map((l, order) => ({ ...l, processId: 'diff', order })), [], 0);
  const reachOf = (steps: readonly SnapshotStep[]) => steps.reduce((m, s) => Math.max(m, horizontal ? s.x + NODE_SIZE[s.kind].width : s.y + NODE_SIZE[s.kind].height), 0);
  const layout = layoutProcess(orientation, lanes, [], Math.max(reachOf(to.steps), reachOf(from.steps)) - LANE_HEADER + TAIL);

  const status = new Map<string, DiffStatus>();
  for (const d of c.steps) if (d.after) status.set(d.after.id, d.change === 'added' ? 'added' : 'changed');
  const placed = new Map<string, Placed>();
  for (const s of to.steps) placed.set(s.id, { step: { ...s, processId: 'diff', laneId: laneOfDepartment(to, s.laneId) }, status: status.get(s.id) ?? 'same' });
  for (const d of c.steps) if (d.change === 'removed') placed.set(`removed:${d.before!.id}`, { step: removedPlace(d.before!, from, fromLayout, layout, horizontal), status: 'removed' });

  // The earlier version's steps are named by their later ids where both versions have them.
  const earlier = (id: string) => c.matched.get(id) ?? `removed:${id}`;
  const lines: string[] = [];
  const drawFlow = (fromId: string, toId: string, flowStatus: DiffStatus) => {
    const a = placed.get(fromId);
    const b = placed.get(toId);
    if (!a || !b) return;
    const boxA: NodeBox = { kind: a.step.kind, rect: rectOf(a.step) };
    const boxB: NodeBox = { kind: b.step.kind, rect: rectOf(b.step) };
    const points: Point[] = routeFlow(boxA, boxB, orientation, { selfLoop: fromId === toId, paired: false });
    const { colour, dash } = DIFF_STYLE[flowStatus];
    const width = flowStatus === 'same' ? 1.4 : 2.4;
    lines.push(`<path class="diff-flow diff-${flowStatus}" d="${pathData(points, 6)}" fill="none" stroke="${colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#diff-arrow-${flowStatus})"/>`);
  };
  const changedFlows = new Map<string, DiffStatus>();
  for (const f of c.flows) {
    if (f.change === 'removed') drawFlow(earlier(f.before!.fromStepId), earlier(f.before!.toStepId), 'removed');
    else changedFlows.set(`${f.after!.fromStepId}\n${f.after!.toStepId}\n${f.after!.label}`, f.change === 'added' ? 'added' : 'changed');
  }
  for (const f of to.flows) drawFlow(f.fromStepId, f.toStepId, changedFlows.get(`${f.fromStepId}\n${f.toStepId}\n${f.label}`) ?? 'same');

  const nodes: string[] = [];
  const area = areaOf(layout.lanes.map((band) => band.rect));
  for (const p of placed.values()) {
    const r = rectOf(p.step);
    const lane = layout.lanes.find((band) => band.lane.id === p.step.laneId)?.rect ?? null;
    const round = p.step.kind === 'start' || p.step.kind === 'end';
    const obstacles = round ? [...placed.values()].filter((o) => o !== p).map((o) => rectOf(o.step)) : [];
    const node = stepNode(p.step, r, orientation, new Set(), { lane, area, obstacles }).svg;
    nodes.push(`<g class="diff-step diff-${p.status}"${p.status === 'removed' ? ' opacity="0.6"' : ''}>${halo(r, p.status)}${node}${badge(r, p.status)}</g>`);
  }

  const b = layout.bounds;
  const width = Math.ceil(b.width + 2 * MARGIN + 2 * HALO);
  const height = Math.ceil(TITLE + b.height + 2 * MARGIN + LEGEND_HEIGHT);
  const title = labels.diff.title(c.from.label, c.to.label);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${DIFF_STATUSES.map((s) => arrowHead(`diff-arrow-${s}`, DIFF_STYLE[s].colour)).join('')}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    textBlock([title], MARGIN, MARGIN + 8, { fontSize: 16, fill: INK, weight: 'bold', anchor: 'start' }),
    `<g transform="translate(${MARGIN + HALO} ${MARGIN + TITLE})">`,
    laneGrid(layout, departmentsOf(from, to), ''),
    `<g class="flows">${lines.join('')}</g>`,
    `<g class="steps">${nodes.join('')}</g>`,
    '</g>',
    legend(labels, MARGIN, MARGIN + TITLE + b.height + 24),
    '</svg>',
  ].join('\n');
}
