import type { Lane, Orientation, Phase, StepKind } from '../model/entities';

/** Size of a step's shape by kind; the canvas and the exported picture both use these. */
export const NODE_SIZE: Record<StepKind, { width: number; height: number }> = {
  start: { width: 56, height: 56 },
  end: { width: 56, height: 56 },
  task: { width: 160, height: 64 },
  decision: { width: 120, height: 80 },
  approval: { width: 160, height: 64 },
  delivery: { width: 160, height: 64 },
};

/** Band holding the lane names: left of the lanes when they are rows, above them when they are columns. */
export const LANE_HEADER = 120;
/** Band holding phase names, across the top (rows) or down the left (columns). */
export const PHASE_HEADER = 32;
/** How far the drawing runs along the flow when no phase or step says otherwise. */
export const MIN_LENGTH = 1200;
export const GRID = 8;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaneBand {
  lane: Lane;
  /** The lane's own area, steps go here. */
  rect: Rect;
  /** The lane's name tab. */
  header: Rect;
}

export interface PhaseBand {
  phase: Phase;
  rect: Rect;
  header: Rect;
}

export interface ProcessLayout {
  orientation: Orientation;
  lanes: LaneBand[];
  phases: PhaseBand[];
  bounds: Rect;
}

/**
 * Where lanes and phases sit for a process. Lanes are stacked across the flow in their order,
 * phases follow each other along it; `length` is how far the flow runs (at least the phases, or
 * without phases MIN_LENGTH).
 */
export function layoutProcess(orientation: Orientation, lanes: readonly Lane[], phases: readonly Phase[], length: number): ProcessLayout {
  const sortedLanes = [...lanes].sort((a, b) => a.order - b.order);
  const sortedPhases = [...phases].sort((a, b) => a.order - b.order);
  const phaseLength = sortedPhases.reduce((sum, p) => sum + p.size, 0);
  // Phases say how long the lanes are: a minimum length past them would be an unlabelled strip.
  const along = Math.max(length, sortedPhases.length > 0 ? phaseLength : MIN_LENGTH);
  const across = sortedLanes.reduce((sum, l) => sum + l.size, 0);
  const start = LANE_HEADER;
  const top = PHASE_HEADER;
  let offset = top;
  const laneBands = sortedLanes.map((lane) => {
    const band =
      orientation === 'horizontal'
        ? { lane, rect: { x: start, y: offset, width: along, height: lane.size }, header: { x: 0, y: offset, width: LANE_HEADER, height: lane.size } }
        : { lane, rect: { x: offset, y: start, width: lane.size, height: along }, header: { x: offset, y: 0, width: lane.size, height: LANE_HEADER } };
    offset += lane.size;
    return band;
  });
  let pos = start;
  const phaseBands = sortedPhases.map((phase) => {
    const band =
      orientation === 'horizontal'
        ? { phase, rect: { x: pos, y: top, width: phase.size, height: across }, header: { x: pos, y: 0, width: phase.size, height: PHASE_HEADER } }
        : { phase, rect: { x: top, y: pos, width: across, height: phase.size }, header: { x: 0, y: pos, width: PHASE_HEADER, height: phase.size } };
    pos += phase.size;
    return band;
  });
  const bounds = orientation === 'horizontal' ? { x: 0, y: 0, width: start + along, height: top + across } : { x: 0, y: 0, width: top + across, height: start + along };
  return { orientation, lanes: laneBands, phases: phaseBands, bounds };
}

/** The lane whose area holds a point, or null when the point is outside every lane. */
export function laneAt(layout: ProcessLayout, x: number, y: number): Lane | null {
  for (const band of layout.lanes) {
    const r = band.rect;
    if (x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height) return band.lane;
  }
  return null;
}

export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}
