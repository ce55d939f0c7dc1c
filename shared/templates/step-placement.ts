import type { StepKind } from '../model/entities';
import { NODE_SIZE, type ProcessLayout } from '../diagram/geometry';
import type { TemplatePhase } from './template-types';

/** Distance between neighbouring steps along the flow; leaves room for an arrow between the widest nodes. */
export const COLUMN_WIDTH = 200;
export const LANE_SIZE = 160;

/** Index of the phase that spans a column, or -1 when the column lies beyond every phase. */
export function phaseIndexOfColumn(phases: readonly TemplatePhase[], column: number): number {
  let end = 0;
  for (const [index, phase] of phases.entries()) {
    end += phase.columns;
    if (column < end) return index;
  }
  return -1;
}

/**
 * Top-left corner of a step centred in its column and in its lane's band. Phases are sized in whole
 * columns and start where the lanes do, so the column also falls inside its phase's band.
 */
export function placeStep(layout: ProcessLayout, laneId: string, column: number, kind: StepKind): { x: number; y: number } {
  const band = layout.lanes.find((b) => b.lane.id === laneId);
  if (!band) throw new Error(`No band for lane ${laneId}`);
  const size = NODE_SIZE[kind];
  return {
    x: band.rect.x + column * COLUMN_WIDTH + (COLUMN_WIDTH - size.width) / 2,
    y: band.rect.y + (band.rect.height - size.height) / 2,
  };
}
