import type { Cell, CellFormulaValue, CellValue, Worksheet } from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RACI_LAYOUT } from './raci-sheet-layout';

/** Test helper: what a cell shows, whatever exceljs made of it: rich text, formula results, hyperlinks, numbers. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as CellFormulaValue).result ?? null);
  if ('error' in value) return value.error;
  return '';
}

/** Test helper: a fresh folder for the workbooks of one test file. */
export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'lanewise-excel-'));
}

/** Test helper: the RACI cell of a step and party, found through the hidden anchors as import does. */
export function raciCell(ws: Worksheet, stepId: string, partyId: string): Cell {
  let row = 0;
  ws.getColumn(RACI_LAYOUT.idColumn).eachCell((cell, r) => {
    if (cellText(cell.value) === stepId) row = r;
  });
  let column = 0;
  ws.getRow(RACI_LAYOUT.anchorRow).eachCell((cell, c) => {
    if (cellText(cell.value) === partyId) column = c;
  });
  if (!row || !column) throw new Error(`No cell for step ${stepId} and party ${partyId} on "${ws.name}"`);
  return ws.getCell(row, column);
}

/** Test helper: the texts of one row from a column on, as a reader sees them. */
export function rowTexts(ws: Worksheet, row: number, from = 1): string[] {
  const out: string[] = [];
  for (let c = from; c <= ws.columnCount; c++) out.push(cellText(ws.getCell(row, c).value));
  return out;
}
