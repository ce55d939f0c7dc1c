import type { CommandInput } from '../../shared/commands/command-schema';
import { normaliseLetters, type RaciLetter } from '../../shared/model/raci-letters';
import type { GridLayout } from './grid-layout';
import { rectSize, type Rect } from './grid-range';

/** A cell's letters as the grid currently shows them (pending edits included). */
export type LettersAt = (stepId: string, partyId: string) => string;

export interface CellEdit {
  stepId: string;
  partyId: string;
  letters: string;
}

export function stepIdAt(layout: GridLayout, stepIndex: number): string {
  const row = layout.rows[layout.stepRows[stepIndex]!];
  if (row?.kind !== 'step') throw new Error(`No step at index ${stepIndex}`);
  return row.step.id;
}

function cellsOf(layout: GridLayout, rect: Rect): { stepId: string; partyId: string }[] {
  const out: { stepId: string; partyId: string }[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const stepId = stepIdAt(layout, r);
    for (let c = rect.left; c <= rect.right; c++) out.push({ stepId, partyId: layout.columns[c]!.partyId });
  }
  return out;
}

/** Only edits that change something, so an edit that changes nothing adds no undo step. */
function changed(edits: CellEdit[], lettersAt: LettersAt): CellEdit[] {
  return edits.filter((e) => lettersAt(e.stepId, e.partyId) !== e.letters);
}

/**
 * Typing a letter over a selection: if every cell already has it, it is taken out of all of them;
 * otherwise it is added where missing (so a mixed selection ends up uniform).
 */
export function toggleEdits(layout: GridLayout, rect: Rect, letter: RaciLetter, lettersAt: LettersAt): CellEdit[] {
  const cells = cellsOf(layout, rect);
  const all = cells.every((c) => lettersAt(c.stepId, c.partyId).includes(letter));
  return changed(
    cells.map((c) => {
      const current = lettersAt(c.stepId, c.partyId);
      return { ...c, letters: all ? current.replace(letter, '') : normaliseLetters(current + letter) };
    }),
    lettersAt,
  );
}

export function clearEdits(layout: GridLayout, rect: Rect, lettersAt: LettersAt): CellEdit[] {
  return changed(
    cellsOf(layout, rect).map((c) => ({ ...c, letters: '' })),
    lettersAt,
  );
}

export type PastePlan = { ok: true; edits: CellEdit[]; cells: number } | { ok: false; rows: number; columns: number; fitRows: number; fitColumns: number };

/**
 * Where a pasted block goes: from the top-left of the selection. A single value fills the whole selection,
 * as in a spreadsheet. A block that does not fit is refused as a whole.
 */
export function pasteEdits(layout: GridLayout, target: Rect, block: readonly (readonly string[])[], lettersAt: LettersAt): PastePlan {
  const size = rectSize(target);
  const one = block.length === 1 && block[0]!.length === 1;
  const rows = one ? size.rows : block.length;
  const columns = one ? size.cols : block[0]!.length;
  const fitRows = layout.stepRows.length - target.top;
  const fitColumns = layout.columns.length - target.left;
  if (rows > fitRows || columns > fitColumns) return { ok: false, rows, columns, fitRows, fitColumns };
  const edits: CellEdit[] = [];
  for (let r = 0; r < rows; r++) {
    const stepId = stepIdAt(layout, target.top + r);
    for (let c = 0; c < columns; c++) {
      edits.push({ stepId, partyId: layout.columns[target.left + c]!.partyId, letters: one ? block[0]![0]! : block[r]![c]! });
    }
  }
  return { ok: true, edits: changed(edits, lettersAt), cells: rows * columns };
}

/** The letters of a rectangle, row by row, for copying. */
export function lettersIn(layout: GridLayout, rect: Rect, lettersAt: LettersAt): string[][] {
  const out: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const stepId = stepIdAt(layout, r);
    const row: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(lettersAt(stepId, layout.columns[c]!.partyId));
    out.push(row);
  }
  return out;
}

/** Edits as one command: one undo step, however many cells. */
export function editCommand(edits: readonly CellEdit[], label: string): CommandInput | null {
  if (edits.length === 0) return null;
  return { type: 'batch', label, commands: edits.map((e) => ({ type: 'setRaci', stepId: e.stepId, partyId: e.partyId, letters: e.letters })) };
}
