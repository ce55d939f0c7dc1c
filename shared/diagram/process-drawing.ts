import type { Flow, Step } from '../model/entities';
import { flowLabelText, type FlowLabelText } from './flow-arrows';
import { placeLabels } from './flow-label-places';
import { routeFlows } from './flow-router';
import { sideOf, type Point, type Side } from './flow-routes';
import type { ProcessLayout, Rect } from './geometry';
import { stepRect } from './step-text';

/**
 * Everything about a process's picture that is worked out rather than drawn: where each step is and
 * how big, the route of every flow, where each flow label goes and which sides of each step flows
 * touch. The exported diagram and the canvas both draw from this, so they show the same picture.
 */
export interface ProcessDrawing {
  rects: Map<string, Rect>;
  routes: Map<string, Point[]>;
  labels: Map<string, { box: Rect; text: FlowLabelText }>;
  /** Sides of each step that flows leave or enter by (names beside start and end points keep off them). */
  busy: Map<string, Set<Side>>;
}

export interface DrawingInput {
  layout: ProcessLayout;
  steps: readonly Step[];
  flows: readonly Flow[];
}

/** The lines routes should not run along: borders between lanes, and between phases. */
export function separators(layout: ProcessLayout): { lanes: number[]; phases: number[]; across: [number, number] } {
  const horizontal = layout.orientation === 'horizontal';
  const lanes = layout.lanes.slice(1).map((b) => (horizontal ? b.rect.y : b.rect.x));
  const phases = layout.phases.slice(0, -1).map((b) => (horizontal ? b.rect.x + b.rect.width : b.rect.y + b.rect.height));
  const first = layout.lanes[0]?.rect;
  const last = layout.lanes[layout.lanes.length - 1]?.rect;
  const across: [number, number] =
    first && last ? (horizontal ? [first.y, last.y + last.height] : [first.x, last.x + last.width]) : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  return { lanes, phases, across };
}

export function processDrawing({ layout, steps, flows }: DrawingInput): ProcessDrawing {
  const rects = new Map(steps.map((s) => [s.id, stepRect(s)]));
  const lines = separators(layout);
  const routes = routeFlows({
    orientation: layout.orientation,
    steps: steps.map((s) => ({ id: s.id, kind: s.kind, rect: rects.get(s.id)! })),
    flows,
    laneBorders: lines.lanes,
    phaseBorders: lines.phases,
    acrossRange: lines.across,
  });
  const texts = new Map<string, FlowLabelText>();
  for (const f of flows) {
    const text = flowLabelText(f.label);
    if (text && routes.has(f.id)) texts.set(f.id, text);
  }
  const boxes = placeLabels(routes, [...rects.values()], [...texts].map(([flowId, t]) => ({ flowId, width: t.width, height: t.height })), layout.bounds);
  const labels = new Map<string, { box: Rect; text: FlowLabelText }>();
  for (const [id, box] of boxes) labels.set(id, { box, text: texts.get(id)! });
  const busy = new Map<string, Set<Side>>();
  const touch = (stepId: string, p: Point | undefined) => {
    const r = rects.get(stepId);
    if (p && r) (busy.get(stepId) ?? busy.set(stepId, new Set()).get(stepId)!).add(sideOf(p, r));
  };
  for (const f of flows) {
    const points = routes.get(f.id);
    if (!points) continue;
    touch(f.fromStepId, points[0]);
    touch(f.toStepId, points[points.length - 1]);
  }
  return { rects, routes, labels, busy };
}

