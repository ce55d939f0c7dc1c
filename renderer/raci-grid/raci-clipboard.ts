import { normaliseLetters } from '../../shared/model/raci-letters';
import { displayLetters } from './grid-layout';

export type ParsedBlock =
  | { ok: true; cells: string[][] }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'invalid'; row: number; column: number; text: string };

/** Separators people type between letters: "R/A", "A,R", "R、A", "R A", "R+A". */
const SEPARATORS = /[\s/,;、+|&]/g;
const LETTERS_ONLY = /^[RACI]*$/;

/** One cell of pasted text as canonical letters, or null if it is not made of R, A, C and I. */
export function parseCell(text: string): string | null {
  // NFKC folds full-width letters and commas typed with a Chinese input method.
  let t = text.normalize('NFKC').trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) t = t.slice(1, -1);
  const bare = t.replace(SEPARATORS, '').toUpperCase();
  return LETTERS_ONLY.test(bare) ? normaliseLetters(bare) : null;
}

/**
 * Tab-separated text (what Excel, WPS and LibreOffice put on the clipboard) as a rectangle of letters.
 * Short rows are padded with empty cells; the first cell that is not RACI makes the whole block invalid.
 */
export function parseRaciBlock(text: string): ParsedBlock {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // Spreadsheets end the copied block with a line break.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 1 && lines[0]!.trim() === '') return { ok: false, reason: 'empty' };
  const raw = lines.map((line) => line.split('\t'));
  const width = Math.max(...raw.map((r) => r.length));
  const cells: string[][] = [];
  for (let r = 0; r < raw.length; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) {
      const source = raw[r]![c] ?? '';
      const letters = parseCell(source);
      if (letters === null) return { ok: false, reason: 'invalid', row: r + 1, column: c + 1, text: source.trim() };
      row.push(letters);
    }
    cells.push(row);
  }
  return { ok: true, cells };
}

/** Rows of letters as tab-separated text, letters shown the way the grid shows them. */
export function formatRaciBlock(cells: readonly (readonly string[])[]): string {
  return cells.map((row) => row.map(displayLetters).join('\t')).join('\r\n');
}
