import { basename } from 'node:path';
import { problem, type ImportProblem } from '../../shared/diagnosis/import-problems';
import { readWorkbook, readWorkbookFile } from '../excel/xlsx-reader/read-workbook';
import { cellAt, type SheetData } from '../excel/xlsx-reader/workbook-data';
import type { WorkbookLimits } from '../excel/xlsx-reader/workbook-limits';
import { WorkbookReadError } from '../excel/xlsx-reader/workbook-read-error';

/** A workbook to import: uploaded bytes (the browser), or a file the user chose (the desktop, the CLI). */
export type UploadedWorkbook = { readonly name: string; readonly bytes: Buffer } | { readonly name: string; readonly path: string };

/** A questionnaire or a history workbook is small: tighter bounds than the RACI workbook's stop a hostile one sooner. */
export const DIAGNOSIS_WORKBOOK_LIMITS: Partial<WorkbookLimits> = {
  fileBytes: 5 * 1024 * 1024,
  partBytes: 16 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
  cells: 250_000,
};

export const chosenWorkbook = (path: string): UploadedWorkbook => ({ name: basename(path), path });

/** The sheets of a workbook read by the hardened reader, or why it cannot be read, in the user's terms. */
export async function readUploadedWorkbook(file: UploadedWorkbook): Promise<{ sheets: readonly SheetData[] } | { problem: ImportProblem }> {
  const options = { fileName: file.name, limits: DIAGNOSIS_WORKBOOK_LIMITS };
  try {
    const workbook = 'bytes' in file ? await readWorkbook(file.bytes, options) : await readWorkbookFile(file.path, options);
    return { sheets: workbook.sheets };
  } catch (err) {
    if (err instanceof WorkbookReadError) return { problem: problem(err.key, err.params) };
    throw err;
  }
}

/** What a cell holds as the import checks it: a number stays a number; empty cells and formulas never calculated are absent. */
export type RawCell = string | number;

export function rawAt(sheet: SheetData, row: number, column: number): RawCell | undefined {
  const cell = cellAt(sheet, row, column);
  if (!cell || cell.text === '') return undefined;
  const n = Number(cell.text);
  return cell.type === 'number' && Number.isFinite(n) ? n : cell.text;
}
