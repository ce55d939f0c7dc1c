import type { Cell, Worksheet } from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RACI_LAYOUT } from './raci-sheet-layout';
import { cellText } from './workbook-reading';

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
