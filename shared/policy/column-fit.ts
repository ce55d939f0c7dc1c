/** Text widths of the A4 pages of the Word export, in centimetres. */
export const PAGE_TEXT_CM = { portrait: 14.6, landscape: 24.6 } as const;

/**
 * Centimetres a cell needs at 五号 so that none of its words breaks in the middle: Chinese wraps
 * between any two characters, so only Latin words count — about 0.23 cm a letter in bold (enough
 * for the wider fonts LibreOffice substitutes for Calibri), plus the cell margins.
 */
export function wordWidth(text: string): number {
  const longest = Math.max(0, ...text.split(/[\s/\u3000-\u9fff\uff00-\uffef]+/).map((w) => w.length));
  return longest * 0.23 + 0.35;
}

/**
 * Column widths in centimetres: each column as wide as its longest word (header or cell) within
 * its bounds; the flexible column takes what is left of the page, at least its minimum.
 */
export function fitColumns(bounds: ReadonlyArray<{ min: number; max: number }>, lines: ReadonlyArray<readonly string[]>, flexible: number, page: number): number[] {
  const widths = bounds.map((b, i) => Math.min(b.max, Math.max(b.min, ...lines.map((line) => wordWidth(line[i] ?? '')))));
  const others = widths.reduce((sum, w, i) => (i === flexible ? sum : sum + w), 0);
  widths[flexible] = Math.max(bounds[flexible]!.min, page - others);
  return widths;
}
