import type { Annotation } from '../model/entities';
import { INK } from './diagram-style';
import type { Rect } from './geometry';
import { escapeXml, fmt, textBlock, wrapText } from './svg-text';

export const NOTE_FONT = 12;
export const NOTE_LINE = 16;
export const NOTE_PAD = 10;
/** The folded corner's side. */
export const NOTE_FOLD = 14;
const NOTE_FILL = '#fff8d6';
const NOTE_STROKE = '#b08a1e';

export interface NoteLayout {
  /** The drawn note: the size the user gave it, taller when its text needs more room. */
  rect: Rect;
  lines: string[];
}

/** Wraps a note's text (its own line breaks kept) inside its width; the note grows downwards rather than cut a line. */
export function noteLayout(note: Pick<Annotation, 'x' | 'y' | 'width' | 'height' | 'text'>): NoteLayout {
  const inner = Math.max(note.width - 2 * NOTE_PAD - NOTE_FOLD / 2, NOTE_FONT);
  const lines = note.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => (paragraph.trim() ? wrapText(paragraph, inner, NOTE_FONT, Number.POSITIVE_INFINITY) : ['']));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const needed = lines.length * NOTE_LINE + 2 * NOTE_PAD;
  return { rect: { x: note.x, y: note.y, width: note.width, height: Math.max(note.height, needed) }, lines };
}

/** A note as SVG: a pale rectangle with its top-right corner folded, the text top-left inside. */
export function noteSvg(note: Annotation, dx = 0, dy = 0): { svg: string; bounds: Rect } {
  const { rect, lines } = noteLayout(note);
  const x = rect.x + dx;
  const y = rect.y + dy;
  const right = x + rect.width;
  const bottom = y + rect.height;
  const outline = `M${fmt(x)} ${fmt(y)}H${fmt(right - NOTE_FOLD)}L${fmt(right)} ${fmt(y + NOTE_FOLD)}V${fmt(bottom)}H${fmt(x)}Z`;
  const fold = `M${fmt(right - NOTE_FOLD)} ${fmt(y)}V${fmt(y + NOTE_FOLD)}H${fmt(right)}`;
  const middle = y + NOTE_PAD + (lines.length * NOTE_LINE) / 2;
  const text = textBlock(lines, x + NOTE_PAD, middle, { fontSize: NOTE_FONT, fill: INK, anchor: 'start', lineHeight: NOTE_LINE });
  const svg =
    `<g class="annotation" data-annotation-id="${escapeXml(note.id)}">` +
    `<path d="${outline}" fill="${NOTE_FILL}" stroke="${NOTE_STROKE}" stroke-width="1"/>` +
    `<path d="${fold}" fill="none" stroke="${NOTE_STROKE}" stroke-width="1"/>` +
    `${text}</g>`;
  return { svg, bounds: { x, y, width: rect.width, height: rect.height } };
}
