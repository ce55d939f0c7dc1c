import type { Step } from '../model/entities';
import { INK } from './diagram-style';
import type { Rect } from './geometry';
import { stepShape } from './step-shapes';
import { escapeXml, textBlock, wrapText } from './svg-text';

/**
 * A step as it is drawn zoomed out, where the export's 12–13 px names would be too small to read:
 * the shape, and the name alone at a size that stays readable on screen, as many lines as the shape
 * holds (the full name is in the tooltip and the step's accessible name).
 */
export function stepGlance(step: Step, r: Rect, fontSize: number): string {
  const lineHeight = Math.round(fontSize * 1.15);
  const round = step.kind === 'start' || step.kind === 'end';
  const diamond = step.kind === 'decision';
  const cx = r.x + r.width / 2;
  let text = '';
  if (round) {
    // Below the circle, as BPMN draws event names.
    const lines = wrapText(step.name, Math.max(r.width * 2.4, fontSize * 6), fontSize, 2);
    text = textBlock(lines, cx, r.y + r.height + 4 + (lines.length * lineHeight) / 2, { fontSize, lineHeight, fill: INK, className: 'step-name' });
  } else {
    const width = diamond ? r.width * 0.62 : r.width - 10;
    const height = diamond ? r.height * 0.6 : r.height - 6;
    // Far out the readable size is taller than the shape's room: one line still shows, never none.
    const lines = wrapText(step.name, width, fontSize, Math.max(1, Math.floor(height / lineHeight)));
    text = textBlock(lines, cx, r.y + r.height / 2, { fontSize, lineHeight, fill: INK, className: 'step-name' });
  }
  const tooltip = `<title>${escapeXml([step.code, step.name].filter(Boolean).join(' '))}</title>`;
  return `<g class="step step-${step.kind} glance">${tooltip}${stepShape(step.kind, r, false, step.color)}${text}</g>`;
}
