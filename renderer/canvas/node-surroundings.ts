import { createContext, useContext } from 'react';
import type { Side as BoxSide } from '../../shared/diagram/flow-routes';
import type { ProcessLayout, Rect } from '../../shared/diagram/geometry';
import type { Flow, Orientation, Step } from '../../shared/model/entities';
import { flowSides, type Side } from './step-nodes';

/**
 * What a step's picture depends on besides the step: the orientation, and for start and end points
 * (whose names may sit outside the circle) the sides arrows touch and the lane the name should stay in.
 */
export interface NodeSurroundings {
  orientation: Orientation;
  busy: ReadonlyMap<string, ReadonlySet<BoxSide>>;
  laneRects: ReadonlyMap<string, Rect>;
}

const BOX_SIDE: Record<Side, BoxSide> = { t: 'top', r: 'right', b: 'bottom', l: 'left' };

/** The sides of each step that flows leave or enter by, as the export routes them. */
export function busySides(flows: readonly Flow[], steps: ReadonlyMap<string, Step>, orientation: Orientation): Map<string, Set<BoxSide>> {
  const pairs = new Set(flows.map((f) => `${f.fromStepId}\n${f.toStepId}`));
  const busy = new Map<string, Set<BoxSide>>();
  const mark = (id: string, side: Side) => (busy.get(id) ?? busy.set(id, new Set()).get(id)!).add(BOX_SIDE[side]);
  for (const f of flows) {
    const from = steps.get(f.fromStepId);
    const to = steps.get(f.toStepId);
    if (!from || !to) continue;
    const sides = flowSides(from, to, orientation, f.fromStepId !== f.toStepId && pairs.has(`${f.toStepId}\n${f.fromStepId}`));
    mark(from.id, sides.source);
    mark(to.id, sides.target);
  }
  return busy;
}

export function laneRects(layout: ProcessLayout): Map<string, Rect> {
  return new Map(layout.lanes.map((b) => [b.lane.id, b.rect]));
}

export const NodeSurroundingsContext = createContext<NodeSurroundings>({ orientation: 'horizontal', busy: new Map(), laneRects: new Map() });

export const useNodeSurroundings = () => useContext(NodeSurroundingsContext);
