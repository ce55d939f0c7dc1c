import type { Rect } from '../../shared/diagram/geometry';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Margin kept round the diagram, as a share of its size (React Flow's fitView padding). */
const PADDING = 0.04;
/** Zoom given up, at most, to keep the diagram clear of what lies over the stage's corners. */
const WORTH = 0.85;

/** Screen room kept left of and above the diagram, for headers pinned there at every zoom. */
/** The stage as drawn: React Flow's pan and zoom, and the stage's size on screen. */
export interface StageView {
  tx: number;
  ty: number;
  zoom: number;
  width: number;
  height: number;
}

export interface Margin {
  left: number;
  top: number;
}

const NO_MARGIN: Margin = { left: 0, top: 0 };

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function centredIn(bounds: Rect, area: Rect, minZoom: number, maxZoom: number, margin: Margin): { viewport: Viewport; onScreen: Rect } {
  const across = (area.width - margin.left) / (bounds.width * (1 + PADDING));
  const down = (area.height - margin.top) / (bounds.height * (1 + PADDING));
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min(across, down)));
  // The diagram and its margin are centred together.
  const width = bounds.width * zoom + margin.left;
  const height = bounds.height * zoom + margin.top;
  const x = area.x + (area.width - width) / 2;
  const y = area.y + (area.height - height) / 2;
  return { viewport: { x: x + margin.left - bounds.x * zoom, y: y + margin.top - bounds.y * zoom, zoom }, onScreen: { x, y, width, height } };
}

/**
 * Fit to window: the whole diagram as large as the stage allows. When that puts part of it under
 * something lying over the stage (the mini map, the critical path's summary), the diagram goes
 * beside or above them instead, if that costs little zoom. `margin` is screen room kept free on the
 * diagram's left and top.
 */
export function fitViewport(bounds: Rect, stage: { width: number; height: number }, covers: readonly Rect[], minZoom: number, maxZoom: number, margin: Margin = NO_MARGIN): Viewport {
  const whole = { x: 0, y: 0, ...stage };
  const full = centredIn(bounds, whole, minZoom, maxZoom, margin);
  if (!covers.some((c) => overlaps(c, full.onScreen))) return full.viewport;
  // The strips of the stage on each side of each cover, those clear of every cover.
  const strips = covers
    .flatMap((c) => [
      { x: 0, y: 0, width: stage.width, height: c.y },
      { x: 0, y: c.y + c.height, width: stage.width, height: stage.height - c.y - c.height },
      { x: 0, y: 0, width: c.x, height: stage.height },
      { x: c.x + c.width, y: 0, width: stage.width - c.x - c.width, height: stage.height },
    ])
    .filter((r) => r.width > 0 && r.height > 0 && !covers.some((c) => overlaps(c, r)));
  const best = strips.map((r) => centredIn(bounds, r, minZoom, maxZoom, margin)).sort((a, b) => b.viewport.zoom - a.viewport.zoom)[0];
  return best && best.viewport.zoom >= full.viewport.zoom * WORTH ? best.viewport : full.viewport;
}
