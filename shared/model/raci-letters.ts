export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

/** Canonical form of a set of letters: upper case, each once, in R-A-C-I order. Unknown characters are dropped. */
export function normaliseLetters(input: string): string {
  const upper = input.toUpperCase();
  return RACI_LETTERS.filter((l) => upper.includes(l)).join('');
}

export function toggleLetter(letters: string, letter: RaciLetter): string {
  return letters.includes(letter) ? letters.replace(letter, '') : normaliseLetters(letters + letter);
}

/** How letters read in a cell: "AR" → "R/A", in canonical order so the same assignment always reads the same. */
export function displayLetters(letters: string): string {
  return normaliseLetters(letters).split('').join('/');
}
