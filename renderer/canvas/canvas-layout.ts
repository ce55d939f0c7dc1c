import type { Lane, Orientation, Phase, Step, StepKind } from '../../shared/model/entities';
import { LANE_HEADER, layoutProcess, NODE_SIZE, snap, type ProcessLayout, type Rect } from '../../shared/diagram/geometry';
import { TAIL } from '../../shared/diagram/diagram-layout';
import { stepSize } from '../../shared/diagram/step-text';

/** Space past the drawn lanes where a step can still be dropped (the lanes, or the last phase, grow to hold it). */
const ROOM = 480;

export interface Point {
  x: number;
  y: number;
}

/** How far along the flow the furthest step reaches (absolute coordinate). */
export function stepReach(steps: readonly Step[], orientation: Orientation): number {
  let reach = 0;
  for (const s of steps) {
    const size = stepSize(s);
    reach = Math.max(reach, orientation === 'horizontal' ? s.x + size.width : s.y + size.height);
  }
  return reach;
}

/**
 * Where steps may be placed: the lanes run on, undrawn, past the diagram's end (`diagramLayout`, the
 * one drawn on the canvas and in the exports), so there is always room for the next step.
 */
export function canvasLayout(orientation: Orientation, lanes: readonly Lane[], phases: readonly Phase[], reach: number): ProcessLayout {
  return layoutProcess(orientation, lanes, phases, reach - LANE_HEADER + TAIL + ROOM);
}

export function centreOf(step: Step): Point {
  const size = stepSize(step);
  return { x: step.x + size.width / 2, y: step.y + size.height / 2 };
}

/** Top-left corner, on the grid, of a new step of this kind centred on a point. */
export function topLeftFor(kind: StepKind, centre: Point): Point {
  const size = NODE_SIZE[kind];
  return { x: snap(centre.x - size.width / 2), y: snap(centre.y - size.height / 2) };
}

/** The band (lane or phase) whose area holds a point, or null. */
function bandAt<B extends { rect: Rect }>(bands: readonly B[], point: Point): B | null {
  for (const band of bands) {
    const r = band.rect;
    if (point.x >= r.x && point.x < r.x + r.width && point.y >= r.y && point.y < r.y + r.height) return band;
  }
  return null;
}

/** The phase whose band holds a point, or null before, after or without phases. */
export function phaseAt(layout: ProcessLayout, point: Point): Phase | null {
  return bandAt(layout.phases, point)?.phase ?? null;
}

/** Coordinate along the flow and across the lanes, whatever the orientation. */
export function along(orientation: Orientation, p: Point): number {
  return orientation === 'horizontal' ? p.x : p.y;
}

export function across(orientation: Orientation, p: Point): number {
  return orientation === 'horizontal' ? p.y : p.x;
}

export function fromAxes(orientation: Orientation, alongValue: number, acrossValue: number): Point {
  return orientation === 'horizontal' ? { x: alongValue, y: acrossValue } : { x: acrossValue, y: alongValue };
}
