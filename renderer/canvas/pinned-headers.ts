import { LANE_HEADER, PHASE_HEADER, type ProcessLayout, type Rect } from '../../shared/diagram/geometry';
import type { Orientation } from '../../shared/model/entities';
import { widestWord as widestWordOf, wrapWhole } from '../../shared/diagram/step-text';
import { textWidth, wrapText } from '../../shared/diagram/svg-text';
import type { Margin, StageView, Viewport } from './fit-viewport';
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
 * Border and padding of a pinned name above a column lane: the lane's colour stripe along the top,
 * a narrow side padding so two 9 px lines fit a column of 30 px (canvas.css).
 */
const COLUMNS_INSET = { across: 4, down: 10 };
/** Share of the stage's height column names may take before they turn to run down their columns. */
const COLUMN_SHARE = 0.15;

/**
 * How far pinned lane names beside row lanes reach into the stage: the longest name on one line at
 * 12 px where that takes no more than a tenth of the stage (every pixel of it is zoom the diagram
 * gives up), else narrower, the names wrapping, but always wide enough for the widest word at 9 px.
 */
function rowsDepth(names: readonly string[], stageWidth: number): number {
  const room = (width: number) => width / BOLD + INSET.across;
  const oneLine = room(Math.max(0, ...names.map((name) => textWidth(name, FONTS[0]))));
  const widestWord = room(Math.max(0, ...names.map((name) => widestWordOf(name, SMALLEST))));
  return Math.ceil(Math.min(PINNED_LANE.most, Math.max(PINNED_LANE.least, widestWord, Math.min(oneLine, PINNED_LANE.share * stageWidth))));
}

const lineOf = (fontSize: number) => Math.ceil(fontSize * 1.25);

/** The shortest length that holds a name in `count` lines or fewer, words whole, or null for no line at all. */
function shortestIn(name: string, count: number, fontSize: number): number | null {
  if (count < 1) return null;
  const widest = widestWordOf(name, fontSize);
  let fits = Math.max(widest, textWidth(name, fontSize));
  let short = widest;
  for (let i = 0; i < 12 && fits - short > 0.5; i++) {
    const mid = (fits + short) / 2;
    if (wrapWhole(name, mid, fontSize).length <= count) fits = mid;
    else short = mid;
  }
  return Math.max(0, ...wrapWhole(name, fits, fontSize).map((line) => textWidth(line, fontSize)));
}

/** How column names are written: across their columns (wrapping) or, when a word is wider than a column, down them. */
export interface ColumnNames {
  fontSize: number;
  down: boolean;
  depth: number;
}

/** The depth across (wrapped in the column) or down (along the band) that every name needs at a size, or null when one cannot fit. */
function columnDepth(lanes: ReadonlyArray<{ name: string; width: number }>, fontSize: number, down: boolean): number | null {
  let depth = PINNED_COLUMN;
  for (const { name, width } of lanes) {
    if (!name.trim()) continue;
    if (down) {
      const length = shortestIn(name, Math.floor((width - COLUMNS_INSET.across) / lineOf(fontSize)), fontSize);
      if (length === null) return null;
      depth = Math.max(depth, Math.ceil(length / BOLD + COLUMNS_INSET.down));
    } else {
      const along = (width - COLUMNS_INSET.across) * BOLD;
      if (widestWordOf(name, fontSize) > along) return null;
      depth = Math.max(depth, wrapWhole(name, along, fontSize).length * lineOf(fontSize) + COLUMNS_INSET.down);
    }
  }
  return depth;
}

/**
 * How pinned names above column lanes are written, one way and one size for all: across the
 * column, wrapping on whole words, at the largest size that keeps the band within a share of the
 * stage; else down the column, as the pinned phase names beside them run; else whichever takes
 * the least room. Names are never cut while a 9 px line can hold their longest word.
 */
export function columnNames(lanes: ReadonlyArray<{ name: string; width: number }>, stageHeight: number): ColumnNames {
  const shown = lanes.filter((lane) => lane.width >= LEAST);
  const possible: ColumnNames[] = [false, true].flatMap((down) =>
    FONTS.flatMap((fontSize) => {
      const depth = columnDepth(shown, fontSize, down);
      return depth === null ? [] : [{ fontSize, down, depth }];
    }),
  );
  const cap = Math.max(PINNED_COLUMN, COLUMN_SHARE * stageHeight);
  const chosen = possible.find((c) => c.depth <= cap) ?? possible.sort((a, b) => a.depth - b.depth)[0];
  return chosen ?? { fontSize: SMALLEST, down: false, depth: PINNED_COLUMN };
}

/** Each lane's name and its size across, on screen at a zoom. */
const columnsAt = (layout: ProcessLayout, zoom: number, laneName: (departmentId: string) => string) =>
  layout.lanes.map((band) => ({ name: laneName(band.lane.departmentId), width: band.rect.width * zoom }));

/** How far pinned lane names reach into the stage at a zoom: beside row lanes, or above column lanes. */
export function pinnedLaneDepth(layout: ProcessLayout, laneName: (departmentId: string) => string, stage: { width: number; height: number }, zoom: number): number {
  if (layout.orientation === 'horizontal') return rowsDepth(layout.lanes.map((band) => laneName(band.lane.departmentId)), stage.width);
  return columnNames(columnsAt(layout, zoom, laneName), stage.height).depth;
}

/**
 * What fit to window fits when names are pinned: the diagram without its header bands (the pinned
 * names stand in for them), with `laneDepth` of screen room kept beside it for the lane names.
 */
export function fitFrame(bounds: Rect, orientation: Orientation, hasPhases: boolean, laneDepth: number): { bounds: Rect; margin: Margin } {
  const horizontal = orientation === 'horizontal';
  const phase = hasPhases ? PHASE_HEADER : 0;
  const trim = horizontal ? { left: LANE_HEADER, top: phase } : { left: phase, top: LANE_HEADER };
  const pinnedPhase = hasPhases ? PINNED_PHASE : 0;
  const margin = horizontal ? { left: laneDepth, top: pinnedPhase } : { left: pinnedPhase, top: laneDepth };
  return { bounds: { x: bounds.x + trim.left, y: bounds.y + trim.top, width: bounds.width - trim.left, height: bounds.height - trim.top }, margin };
}

/**
 * Fit to window with the pinned names' room kept. Column names need more room the narrower the
 * columns come out, and the more room they take the narrower the columns: the room grows until
 * the names it is fitted for fit in it (a few rounds; the depth only grows, up to its largest).
 */
export function fitPinned(
  layout: ProcessLayout,
  laneName: (departmentId: string) => string,
  stage: { width: number; height: number },
  fit: (frame: { bounds: Rect; margin: Margin }) => Viewport,
): Viewport {
  const frameOf = (depth: number) => fitFrame(layout.bounds, layout.orientation, layout.phases.length > 0, depth);
  let depth = pinnedLaneDepth(layout, laneName, stage, fit(frameOf(PINNED_COLUMN)).zoom);
  let viewport = fit(frameOf(depth));
  for (let round = 0; round < 8; round++) {
    const needed = pinnedLaneDepth(layout, laneName, stage, viewport.zoom);
    if (needed <= depth) break;
    depth = needed;
    viewport = fit(frameOf(depth));
  }
  return viewport;
}

export interface PinnedName {
  id: string;
  /** The whole name: the accessible name and the tooltip, however it is drawn. */
  name: string;
  /** As drawn: the whole name, or abbreviated with an ellipsis when even 9 px lines cannot hold it. */
  text: string;
  fontSize: number;
  /** Written down its box (turned a quarter) rather than across it. */
  down: boolean;
  box: Rect;
}

/** Padding and border of a name's box along its lines and across them. */
interface Inset {
  along: number;
  across: number;
}

/** The largest size (of `fonts`) at which the name fits its box whole (it wraps), else 9 px abbreviated. */
function fitted(name: string, box: Rect, down: boolean, inset: Inset, fonts: readonly number[] = FONTS): Pick<PinnedName, 'text' | 'fontSize' | 'down'> {
  const along = ((down ? box.height : box.width) - inset.along) * BOLD;
  const across = (down ? box.width : box.height) - inset.across;
  for (const fontSize of fonts) {
    // A word is never broken: the largest size its widest word fits at.
    if (widestWordOf(name, fontSize) > along) continue;
    const lines = wrapWhole(name, along, fontSize);
    if (lines.length * lineOf(fontSize) <= across) return { text: name, fontSize, down };
  }
  // Line by line as estimated (canvas.css keeps the breaks): a word cut to fit is not rejoined with a space.
  return { text: wrapText(name, along, SMALLEST, Math.max(1, Math.floor(across / lineOf(SMALLEST)))).join('\n'), fontSize: SMALLEST, down };
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
  const columns = horizontal ? null : columnNames(columnsAt(layout, view.zoom, laneName), view.height);
  const laneDepth = columns ? columns.depth : rowsDepth(layout.lanes.map((band) => laneName(band.lane.departmentId)), view.width);
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
      const drawn = columns
        ? fitted(name, box, columns.down, columns.down ? { along: COLUMNS_INSET.down, across: COLUMNS_INSET.across } : { along: COLUMNS_INSET.across, across: COLUMNS_INSET.down }, FONTS.filter((f) => f <= columns.fontSize))
        : fitted(name, box, false, { along: INSET.across, across: INSET.down });
      lanes.push({ id: band.lane.id, departmentId: band.lane.departmentId, name, box, ...drawn });
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
      phases.push({ id: band.phase.id, name: band.phase.name, box, ...fitted(band.phase.name, box, !horizontal, { along: INSET.across, across: INSET.down }) });
    }
  }
  const corner = showLanes && showPhases ? (horizontal ? { x: laneAt, y: phaseAt, width: laneDepth, height: PINNED_PHASE } : { x: phaseAt, y: laneAt, width: PINNED_PHASE, height: laneDepth }) : null;
  return { corner, lanes, phases };
}
