/**
 * What to do with one RACI cell, comparing the workbook (theirs) with the export it was cut from
 * (base) and with the project now (mine):
 * - 'apply': only the client changed it, or nobody knows what it was (no base);
 * - 'keep': only Lanewise changed it since the export: the workbook's older value is not taken;
 * - 'conflict': both changed it, differently: the user settles it;
 * - 'same': the workbook already says what the project says.
 */
export type CellOutcome = 'apply' | 'keep' | 'conflict' | 'same';

export function classifyCell(base: string | null, mine: string, theirs: string): CellOutcome {
  if (theirs === mine) return 'same';
  if (base === null || mine === base) return 'apply';
  if (theirs === base) return 'keep';
  return 'conflict';
}
