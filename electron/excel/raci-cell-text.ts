import { normaliseLetters, RACI_LETTERS, type RaciLetter } from '../../shared/model/raci-letters';

export { displayLetters } from '../../shared/model/raci-letters';

/** Values offered by the cell drop-down: single letters and the pairs consultants actually use. */
export const RACI_LIST_VALUES: readonly string[] = ['R', 'A', 'C', 'I', 'R/A', 'R/C', 'R/I', 'A/C', 'A/I', 'C/I'];

// Separators clients type between letters: "A/R", "A,R", "A、R", "A R", "A+R", full-width forms via NFKC.
const CELL_PATTERN = /^[RACI](?:[\s/,;+、|]*[RACI])*$/;

/**
 * Letters of a cell as a client may have typed them, in canonical form ('' for a blank cell),
 * or null when the text is not a RACI value.
 */
export function parseLetters(text: string): string | null {
  const cleaned = text.normalize('NFKC').trim().toUpperCase();
  if (cleaned === '' || cleaned === '-') return '';
  return CELL_PATTERN.test(cleaned) ? normaliseLetters(cleaned) : null;
}

/** Strongest letter first: A owns the result, then R does the work, C and I only take part. */
const STRENGTH: readonly RaciLetter[] = ['A', 'R', 'C', 'I'];

export function strongestLetter(letters: string): RaciLetter | null {
  return STRENGTH.find((l) => letters.includes(l)) ?? null;
}

export const RACI_FILLS: Readonly<Record<RaciLetter, string>> = {
  A: 'F8CBAD',
  R: 'BDD7EE',
  C: 'C6E0B4',
  I: 'FFE699',
};

export { RACI_LETTERS, STRENGTH as LETTERS_BY_STRENGTH };
