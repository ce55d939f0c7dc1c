import { LANE_HEADER, PHASE_HEADER, type ProcessLayout, type Rect } from '../../shared/diagram/geometry';
import type { Orientation } from '../../shared/model/entities';
import { widestWord as widestWordOf, wrapWhole } from '../../shared/diagram/step-text';
import { textWidth, wrapText } from '../../shared/diagram/svg-text';
import type { Margin, StageView } from './fit-viewport';
import { GLANCE_BELOW } from './zoom-levels';

/** Screen size of pinned names: lane names beside row lanes (see pinnedLaneDepth), above column lanes; phase names. */
export const PINNED_LANE = { least: 40, most: 120, share: 0.1 };
export const PINNED_COLUMN = 32;
export const PINNED_PHASE = 24;
/** Border and padding of a pinned name (canvas.css), and the share of its room the estimate may use (names are bold). */
const INSET = { across: 12, down: 6 };
const BOLD = 0.95;
/** Sizes a pinned name is tried at, largest first: never below 9 px. */
const SMALLEST = 9;
const FONTS = [12, 11, 10, SMALLEST] as const;
/** A lane or phase showing less than one 9 px line on screen gets no name. */
const LEAST = Math.ceil(SMALLEST * 1.25) + INSET.down;

/**
 * Far out, the diagram's own header names (13–14 units) are under 10 px on screen: names are then
 * pinned at screen size, as they are once the headers have scrolled out of view.
 */
export const pinnedFar = (zoom: number) => zoom < GLANCE_BELOW;

/**
 * How far pinned lane names reach into the stage. Beside row lanes: the longest name on one line at
 * 12 px where that takes no more than a tenth of the stage (every pixel of it is zoom the diagram
 * gives up), else narrower, the names wrapping, but always wide enough for the widest word at 9 px.
 */
export function pinnedLaneDepth(orientation: Orientation, names: readonly string[], stageWidth: number): number {
  if (orientation === 'vertical') return PINNED_COLUMN;
  const room = (width: number) => width / BOLD + INSET.across;
  const oneLine = room(Math.max(0, ...names.map((name) => textWidth(name, FONTS[0]))));
  const widestWord = room(Math.max(0, ...names.map((name) => widestWordOf(name, SMALLEST))));
  return Math.ceil(Math.min(PINNED_LANE.most, Math.max(PINNED_LANE.least, widestWord, Math.min(oneLine, PINNED_LANE.share * stageWidth))));
}

/**
 * What fit to window fits when names are pinned: the diagram without its header bands (the pinned
 * names stand in for them), with the pinned names' screen room kept beside it.
 */
export function fitFrame(bounds: Rect, orientation: Orientation, hasPhases: boolean, laneNames: readonly string[], stageWidth: number): { bounds: Rect; margin: Margin } {
  const horizontal = orientation === 'horizontal';
  const phase = hasPhases ? PHASE_HEADER : 0;
  const trim = horizontal ? { left: LANE_HEADER, top: phase } : { left: phase, top: LANE_HEADER };
  const pinnedPhase = hasPhases ? PINNED_PHASE : 0;
  const lanes = pinnedLaneDepth(orientation, laneNames, stageWidth);
  const margin = horizontal ? { left: lanes, top: pinnedPhase } : { left: pinnedPhase, top: lanes };
  return { bounds: { x: bounds.x + trim.left, y: bounds.y + trim.top, width: bounds.width - trim.left, height: bounds.height - trim.top }, margin };
}

export interface PinnedName {
  id: string;
  /** The whole name: the accessible name and the tooltip, however it is drawn. */
  name: string;
  /** As drawn: the whole name, or abbreviated with an ellipsis when even 9 px lines cannot hold it. */
  text: string;
  fontSize: number;
  box: Rect;
}

/** The largest size at which the name fits its box whole (it wraps), else 9 px abbreviated. */
function fitted(name: string, box: Rect, vertical: boolean): Pick<PinnedName, 'text' | 'fontSize'> {
  const along = ((vertical ? box.height : box.width) - INSET.across) * BOLD;
  const down = (vertical ? box.width : box.height) - INSET.down;
  for (const fontSize of FONTS) {
    // A word is never broken: the largest size its widest word fits at.
    if (widestWordOf(name, fontSize) > along) continue;
    const lines = wrapWhole(name, along, fontSize);
    if (lines.length * Math.ceil(fontSize * 1.25) <= down) return { text: name, fontSize };
  }
  // Line by line as estimated (canvas.css keeps the breaks): a word cut to fit is not rejoined with a space.
  return { text: wrapText(name, along, SMALLEST, Math.max(1, Math.floor(down / Math.ceil(SMALLEST * 1.25)))).join('\n'), fontSize: SMALLEST };
}

export interface Pinned {
  /** The corner where pinned lane and phase names meet, when both are pinned. */
  corner: Rect | null;
  lanes: Array<PinnedName & { departmentId: string }>;
  phases: PinnedName[];
}

/**
 * Lane and phase names at screen size along the stage's edge, each in the part of its lane or phase
 * that is in view. They end where the diagram's header bands end, so fitted to the window (which
 * keeps that room) they cover none of the diagram; scrolled past, they stay at the stage's edge.
 */
export function pinnedNames(layout: ProcessLayout, view: StageView, laneName: (departmentId: string) => string): Pinned {
  const horizontal = layout.orientation === 'horizontal';
  const far = pinnedFar(view.zoom);
  // Where the diagram's own header bands end on screen.
  const laneHeaderEnd = (horizontal ? view.tx : view.ty) + LANE_HEADER * view.zoom;
  const phaseHeaderEnd = (horizontal ? view.ty : view.tx) + PHASE_HEADER * view.zoom;
  const showLanes = far || laneHeaderEnd < 4;
  const showPhases = layout.phases.length > 0 && (far || phaseHeaderEnd < 4);
  const laneDepth = pinnedLaneDepth(layout.orientation, layout.lanes.map((band) => laneName(band.lane.departmentId)), view.width);
  const laneAt = Math.max(0, laneHeaderEnd - laneDepth);
  const phaseAt = Math.max(0, phaseHeaderEnd - PINNED_PHASE);
  // Each row of names starts past the other's.
  const laneFrom = showPhases ? phaseAt + PINNED_PHASE : 0;
  const phaseFrom = showLanes ? laneAt + laneDepth : 0;
  const lengthOnScreen = horizontal ? view.height : view.width;
  const phaseLength = horizontal ? view.width : view.height;

  const span = (start: number, size: number, from: number, to: number) => ({ start: Math.max(start, from), end: Math.min(start + size, to) });
  const lanes: Pinned['lanes'] = [];
  if (showLanes) {
    for (const band of layout.lanes) {
      const r = band.rect;
      const { start, end } = span((horizontal ? view.ty + r.y * view.zoom : view.tx + r.x * view.zoom), (horizontal ? r.height : r.width) * view.zoom, laneFrom, lengthOnScreen);
      if (end - start < LEAST) continue;
      const box = horizontal ? { x: laneAt, y: start, width: laneDepth, height: end - start } : { x: start, y: laneAt, width: end - start, height: laneDepth };
      const name = laneName(band.lane.departmentId);
      lanes.push({ id: band.lane.id, departmentId: band.lane.departmentId, name, box, ...fitted(name, box, false) });
    }
  }
  // One size for every lane name, the largest at which all of them fit, so the column reads evenly.
  const laneFont = Math.min(...lanes.map((p) => p.fontSize));
  for (const p of lanes) p.fontSize = laneFont;
  const phases: PinnedName[] = [];
  if (showPhases) {
    for (const band of layout.phases) {
      const r = band.rect;
      const { start, end } = span((horizontal ? view.tx + r.x * view.zoom : view.ty + r.y * view.zoom), (horizontal ? r.width : r.height) * view.zoom, phaseFrom, phaseLength);
      if (end - start < LEAST) continue;
      const box = horizontal ? { x: start, y: phaseAt, width: end - start, height: PINNED_PHASE } : { x: phaseAt, y: start, width: PINNED_PHASE, height: end - start };
      phases.push({ id: band.phase.id, name: band.phase.name, box, ...fitted(band.phase.name, box, !horizontal) });
    }
  }
  const corner = showLanes && showPhases ? (horizontal ? { x: laneAt, y: phaseAt, width: laneDepth, height: PINNED_PHASE } : { x: phaseAt, y: laneAt, width: PINNED_PHASE, height: laneDepth }) : null;
  return { corner, lanes, phases };
}
