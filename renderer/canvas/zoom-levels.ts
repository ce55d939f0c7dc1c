import type { ReactFlowState } from '@xyflow/react';

/**
 * How much of a step the canvas draws at a zoom: everything as in the export; a glance (the name
 * alone, large enough to read) once the export's 12 px text would be under 9 px on screen; and,
 * far out and for a large process, one drawn picture of the whole process instead of a component
 * per step.
 */
export type DetailLevel = 'detail' | 'glance' | 'overview';

export const GLANCE_BELOW = 0.75;
export const OVERVIEW_BELOW = 0.3;
/** Steps a process has before, far out, it becomes one drawn picture: a smaller one keeps every name readable at a glance at any zoom. */
export const OVERVIEW_STEPS = 300;
/** The canvas's smallest and largest zoom. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;
/** Names at a glance are drawn at least this large on screen. */
export const GLANCE_SCREEN_FONT = 9;

export function detailLevel(zoom: number, steps: number): DetailLevel {
  return zoom >= GLANCE_BELOW ? 'detail' : zoom >= OVERVIEW_BELOW || steps <= OVERVIEW_STEPS ? 'glance' : 'overview';
}

/** The level of the canvas's current zoom, for a process of this many steps. */
export const levelFor =
  (steps: number) =>
  (s: ReactFlowState): DetailLevel =>
    detailLevel(s.transform[2], steps);

/** Zooms a glance's font size is worked out for, each this much larger than the one before. */
const FONT_STEP = 1.04;

/**
 * The font size (in diagram units) of names at a glance, in steps of 4 % of the zoom so steps redraw
 * seldom while zooming and names are never much larger than they need to be (far out, every unit of
 * room counts); the step below the zoom is used, so names are never smaller on screen than promised.
 */
export function glanceFont(zoom: number): number {
  const bucket = Math.max(MIN_ZOOM, FONT_STEP ** Math.floor(Math.log(zoom) / Math.log(FONT_STEP) + 1e-9));
  return Math.max(13, Math.ceil((GLANCE_SCREEN_FONT / bucket) * 2) / 2);
}

export const glanceFontOf = (s: ReactFlowState): number => (s.transform[2] < GLANCE_BELOW ? glanceFont(s.transform[2]) : 0);
