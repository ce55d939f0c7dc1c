import type { Department } from '../model/entities';
import { CORNER_FILL, FRAME, GRID_LINE, INK, LANE_FILLS, MUTED_INK, PHASE_HEADER_FILL, PHASE_LINE, tint } from './diagram-style';
import { LANE_HEADER, PHASE_HEADER, type LaneBand, type PhaseBand, type ProcessLayout, type Rect } from './geometry';
import { escapeXml, fmt, isWide, textBlock, wrapText } from './svg-text';

const STRIP = 5;

function rect(r: Rect, attrs: string): string {
  return `<rect x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.width)}" height="${fmt(r.height)}" ${attrs}/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, attrs: string): string {
  return `<line x1="${fmt(x1)}" y1="${fmt(y1)}" x2="${fmt(x2)}" y2="${fmt(y2)}" ${attrs}/>`;
}

/** Lane name tab: a light tint of the department colour with a full-colour strip on its outer edge. */
function laneHeader(band: LaneBand, department: Department | undefined, horizontal: boolean): string {
  const h = band.header;
  const colour = department?.color ?? '#8a9bb0';
  const strip = horizontal ? { x: h.x, y: h.y, width: STRIP, height: h.height } : { x: h.x, y: h.y, width: h.width, height: STRIP };
  const name = department?.name ?? '';
  const fontSize = 14;
  const textWidthRoom = horizontal ? h.width - STRIP - 16 : h.width - 16;
  const textHeightRoom = horizontal ? h.height - 12 : h.height - STRIP - 12;
  const lines = wrapText(name, textWidthRoom, fontSize, Math.max(1, Math.floor(textHeightRoom / 19)));
  const cx = horizontal ? h.x + STRIP + (h.width - STRIP) / 2 : h.x + h.width / 2;
  const cy = horizontal ? h.y + h.height / 2 : h.y + STRIP + (h.height - STRIP) / 2;
  return (
    `<g class="lane-header" data-lane-id="${escapeXml(band.lane.id)}">` +
    rect(h, `fill="${tint(colour, 0.2)}"`) +
    rect(strip, `fill="${colour}"`) +
    textBlock(lines, cx, cy, { fontSize, lineHeight: 19, fill: INK, weight: 'bold', className: 'lane-name' }) +
    '</g>'
  );
}

/** Phase names down the left edge of a vertical process: CJK stacked upright, other text turned. */
function sidewaysName(name: string, r: Rect): string {
  const chars = [...name.trim()];
  const step = 16;
  if (chars.length > 0 && chars.every(isWide) && chars.length * step <= r.height - 8) {
    return textBlock(chars, r.x + r.width / 2, r.y + r.height / 2, { fontSize: 13, lineHeight: step, fill: INK, weight: 'bold', className: 'phase-name' });
  }
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const lines = wrapText(name, r.height - 12, 13, 1);
  return `<g transform="rotate(-90 ${fmt(cx)} ${fmt(cy)})">${textBlock(lines, cx, cy, { fontSize: 13, fill: INK, weight: 'bold', className: 'phase-name' })}</g>`;
}

function phaseHeader(band: PhaseBand, horizontal: boolean): string {
  const h = band.header;
  const label = horizontal
    ? textBlock(wrapText(band.phase.name, h.width - 12, 13, 1), h.x + h.width / 2, h.y + h.height / 2, { fontSize: 13, fill: INK, weight: 'bold', className: 'phase-name' })
    : sidewaysName(band.phase.name, h);
  return `<g class="phase-header" data-phase-id="${escapeXml(band.phase.id)}">${label}</g>`;
}

/**
 * The swimlane grid: alternating lane backgrounds, lane name tabs, the phase band with its names,
 * phase separators across all lanes and the outer frame.
 */
export function laneGrid(layout: ProcessLayout, departments: Readonly<Record<string, Department>>, cornerLabel: string): string {
  const horizontal = layout.orientation === 'horizontal';
  const b = layout.bounds;
  const parts: string[] = [];
  const phaseBand = horizontal ? { x: LANE_HEADER, y: 0, width: b.width - LANE_HEADER, height: PHASE_HEADER } : { x: 0, y: LANE_HEADER, width: PHASE_HEADER, height: b.height - LANE_HEADER };
  const corner = horizontal ? { x: 0, y: 0, width: LANE_HEADER, height: PHASE_HEADER } : { x: 0, y: 0, width: PHASE_HEADER, height: LANE_HEADER };
  parts.push(rect(b, 'fill="#ffffff"'));
  layout.lanes.forEach((band, i) => parts.push(rect(band.rect, `class="lane" fill="${LANE_FILLS[i % 2]}"`)));
  parts.push(rect(phaseBand, `fill="${PHASE_HEADER_FILL}"`));
  parts.push(rect(corner, `fill="${CORNER_FILL}"`));
  if (horizontal) parts.push(textBlock([cornerLabel], corner.x + corner.width / 2, corner.y + corner.height / 2, { fontSize: 11, fill: MUTED_INK }));
  for (const band of layout.lanes) parts.push(laneHeader(band, departments[band.lane.departmentId], horizontal));
  for (const band of layout.phases) parts.push(phaseHeader(band, horizontal));

  // Lines last so fills never cover them.
  layout.lanes.forEach((band, i) => {
    if (i === 0) return;
    const r = band.rect;
    parts.push(horizontal ? line(0, r.y, b.width, r.y, `stroke="${GRID_LINE}" stroke-width="1"`) : line(r.x, 0, r.x, b.height, `stroke="${GRID_LINE}" stroke-width="1"`));
  });
  for (const band of layout.phases) {
    const end = horizontal ? band.rect.x + band.rect.width : band.rect.y + band.rect.height;
    const across = horizontal ? b.height : b.width;
    if (horizontal && end >= b.width - 0.5) continue;
    if (!horizontal && end >= b.height - 0.5) continue;
    parts.push(
      horizontal
        ? line(end, 0, end, PHASE_HEADER, `stroke="${FRAME}" stroke-width="1"`) + line(end, PHASE_HEADER, end, across, `class="phase-separator" stroke="${PHASE_LINE}" stroke-width="1.2" stroke-dasharray="8 5"`)
        : line(0, end, PHASE_HEADER, end, `stroke="${FRAME}" stroke-width="1"`) + line(PHASE_HEADER, end, across, end, `class="phase-separator" stroke="${PHASE_LINE}" stroke-width="1.2" stroke-dasharray="8 5"`),
    );
  }
  parts.push(horizontal ? line(0, PHASE_HEADER, b.width, PHASE_HEADER, `stroke="${FRAME}" stroke-width="1.2"`) : line(PHASE_HEADER, 0, PHASE_HEADER, b.height, `stroke="${FRAME}" stroke-width="1.2"`));
  parts.push(horizontal ? line(LANE_HEADER, 0, LANE_HEADER, b.height, `stroke="${FRAME}" stroke-width="1.2"`) : line(0, LANE_HEADER, b.width, LANE_HEADER, `stroke="${FRAME}" stroke-width="1.2"`));
  parts.push(rect(b, `fill="none" stroke="${FRAME}" stroke-width="1.6"`));
  return `<g class="lanes">${parts.join('')}</g>`;
}
