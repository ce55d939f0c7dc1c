/** Characters XML 1.0 refuses outright; a name pasted from elsewhere must not break the file. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Full-width characters: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
export function isWide(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}

/**
 * Estimated advance of one character in em; the export cannot measure, so it errs on the wide side of
 * Noto Sans CJK, the font the pictures are drawn in (its m is 0.93 em, its O 0.74, and its quotes,
 * dashes and dots beyond Latin-1 full width).
 */
function charEm(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  let em = EMS.get(cp);
  if (em === undefined) {
    em = measuredEm(char, cp);
    EMS.set(cp, em);
  }
  return em;
}

/** Each character's advance, worked out once: text is measured over and over as it is wrapped. */
const EMS = new Map<number, number>();

function measuredEm(char: string, cp: number): number {
  if (isWide(char) || (cp > 0x7e && (cp < 0xc0 || cp > 0x24f))) return 1;
  if (char === ' ') return 0.3;
  if (/[mwMW@%]/.test(char)) return 0.95;
  if (/[DGHNOQU\u00c0-\u00de]/.test(char)) return 0.75;
  if (/[A-Z&]/.test(char)) return 0.69;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[bdhnopqu`\u00df-\u024f]/.test(char)) return 0.62;
  if (/[ijl.,:;'|!]/.test(char)) return 0.33;
  if (/[frt()[\]{}\-/]/.test(char)) return 0.4;
  return 0.57;
}

export function textWidth(text: string, fontSize: number): number {
  return emsAfter(0, text) * fontSize;
}

/**
 * The advance of text in em, added on to `em` character by character: the same sum as measuring
 * the whole line again, so a line is measured as it grows rather than from its start each time.
 */
function emsAfter(em: number, text: string): number {
  let sum = em;
  for (const char of text) sum += charEm(char);
  return sum;
}

/** Closing punctuation never starts a line, opening punctuation never ends one (禁则). */
const NO_LINE_START = /^[，。、；：！？）》」』】〉,.;:!?)\]}%]/;
const NO_LINE_END = /[（《「『【〈([{]$/;

/** Words of latin text stay whole; each CJK character may break on its own. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const char of text) {
    if (isWide(char) || char === ' ') {
      if (word) out.push(word);
      word = '';
      out.push(char);
    } else {
      word += char;
    }
  }
  if (word) out.push(word);
  return out;
}

function splitLongToken(token: string, maxWidth: number, fontSize: number): string[] {
  const parts: string[] = [];
  let part = '';
  let partEm = 0;
  for (const char of token) {
    if (part && emsAfter(partEm, char) * fontSize > maxWidth) {
      parts.push(part);
      part = '';
      partEm = 0;
    }
    part += char;
    partEm = emsAfter(partEm, char);
  }
  if (part) parts.push(part);
  return parts;
}

function withEllipsis(line: string, maxWidth: number, fontSize: number): string {
  let chars = [...line.trimEnd()];
  while (chars.length > 0 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars = chars.slice(0, -1);
  return chars.join('') + '…';
}

/**
 * Breaks text into at most maxLines lines no wider than maxWidth (estimated); what does not fit
 * ends the last line with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const lines: string[] = [];
  let line = '';
  let lineEm = 0;
  for (const token of tokens(clean)) {
    const pieces = textWidth(token, fontSize) > maxWidth ? splitLongToken(token, maxWidth, fontSize) : [token];
    for (const piece of pieces) {
      const withPiece = emsAfter(lineEm, piece);
      const fits = withPiece * fontSize <= maxWidth;
      if (fits || !line || (NO_LINE_START.test(piece) && withPiece * fontSize <= maxWidth + fontSize)) {
        line += piece;
        lineEm = withPiece;
      } else {
        const carried = NO_LINE_END.test(line) && line.length > 1 ? (line.match(NO_LINE_END)?.[0] ?? '') : '';
        lines.push(line.slice(0, line.length - carried.length).trimEnd());
        line = carried + (piece === ' ' ? '' : piece);
        lineEm = emsAfter(0, line);
      }
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, fontSize);
  return kept;
}

export interface TextStyle {
  fontSize: number;
  fill: string;
  weight?: 'normal' | 'bold';
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
  className?: string;
}

/** Baseline offset that puts a line's visual middle on y (CJK glyphs sit around 0.35em above it). */
const MIDDLE_TO_BASELINE = 0.35;

/** Lines centred as a block on (x, cy). */
export function textBlock(lines: readonly string[], x: number, cy: number, style: TextStyle): string {
  if (lines.length === 0) return '';
  const lineHeight = style.lineHeight ?? Math.round(style.fontSize * 1.3);
  const firstMiddle = cy - ((lines.length - 1) * lineHeight) / 2;
  const attrs = [
    style.className ? `class="${style.className}"` : '',
    `x="${fmt(x)}"`,
    `y="${fmt(firstMiddle + style.fontSize * MIDDLE_TO_BASELINE)}"`,
    `font-size="${style.fontSize}"`,
    `fill="${style.fill}"`,
    style.weight === 'bold' ? 'font-weight="bold"' : '',
    `text-anchor="${style.anchor ?? 'middle'}"`,
  ]
    .filter(Boolean)
    .join(' ');
  const spans = lines.map((line, i) => (i === 0 ? `<tspan x="${fmt(x)}">${escapeXml(line)}</tspan>` : `<tspan x="${fmt(x)}" dy="${lineHeight}">${escapeXml(line)}</tspan>`));
  return `<text ${attrs}>${spans.join('')}</text>`;
}

/** Numbers for attributes: at most two decimals, no "-0". */
export function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
