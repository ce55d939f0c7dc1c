import { STEP_KINDS, type StepKind } from '../model/entities';
import type { DiagramLabels } from './diagram-labels';
import { GRID_LINE, INK } from './diagram-style';
import { flowStroke } from './flow-arrows';
import { stepShape } from './step-shapes';
import { fmt, textBlock, textWidth } from './svg-text';

const ROW = 28;
const FONT = 11;
const PAD = 10;

interface Item {
  width: number;
  draw: (x: number, cy: number) => string;
}

function iconSize(kind: StepKind): { width: number; height: number } {
  return kind === 'start' || kind === 'end' ? { width: 18, height: 18 } : { width: 30, height: 20 };
}

function label(text: string, x: number, cy: number): string {
  return textBlock([text], x, cy, { fontSize: FONT, fill: INK, anchor: 'start' });
}

function kindItem(kind: StepKind, text: string): Item {
  const icon = iconSize(kind);
  return {
    width: icon.width + 6 + textWidth(text, FONT),
    draw: (x, cy) => stepShape(kind, { x, y: cy - icon.height / 2, ...icon }, false) + label(text, x + icon.width + 6, cy),
  };
}

function lineItem(handoff: boolean, text: string): Item {
  return {
    width: 36 + 6 + textWidth(text, FONT),
    draw: (x, cy) => `<path class="${handoff ? 'legend-handoff' : 'legend-flow'}" d="M${fmt(x)},${fmt(cy)} H${fmt(x + 34)}" fill="none" ${flowStroke(handoff)}/>` + label(text, x + 42, cy),
  };
}

/** The key to shapes and arrows, wrapped into rows no wider than maxWidth; drawn from (0, 0). */
export function diagramLegend(labels: DiagramLabels, maxWidth: number): { svg: string; width: number; height: number } {
  const items = [...STEP_KINDS.map((k) => kindItem(k, labels.kinds[k])), lineItem(false, labels.flow), lineItem(true, labels.handoff)];
  const titleWidth = textWidth(labels.legend, 12) + 16;
  const gap = 20;
  const parts: string[] = [];
  let x = PAD + titleWidth;
  let row = 0;
  let widest = 0;
  for (const item of items) {
    if (x > PAD + titleWidth && x + item.width > maxWidth - PAD) {
      row += 1;
      x = PAD + titleWidth;
    }
    parts.push(item.draw(x, PAD + row * ROW + ROW / 2));
    x += item.width + gap;
    widest = Math.max(widest, x - gap + PAD);
  }
  const height = (row + 1) * ROW + 2 * PAD;
  const frame = `<rect x="0" y="0" width="${fmt(widest)}" height="${fmt(height)}" rx="4" fill="#ffffff" stroke="${GRID_LINE}" stroke-width="1"/>`;
  const title = textBlock([labels.legend], PAD, PAD + ROW / 2, { fontSize: 12, fill: INK, weight: 'bold', anchor: 'start' });
  return { svg: `<g class="legend">${frame}${title}${parts.join('')}</g>`, width: widest, height };
}
