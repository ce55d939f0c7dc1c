import type { Worksheet } from 'exceljs';
import { RACI_LETTERS } from '../../shared/model/raci-letters';
import type { ExcelLabels } from './excel-labels';
import { FLAG_FILL, solidFill, THIN_BORDER, wrappedRowHeight, type SheetFonts } from './excel-styles';
import { RACI_FILLS } from './raci-cell-text';
import { TABLE_HEADER_ROW, writeTableSheet } from './table-sheet';

/** What R, A, C and I mean, the colours of the matrix, and how a client may edit the file. */
export function writeLegendSheet(ws: Worksheet, labels: ExcelLabels, fonts: SheetFonts, projectName: string, subtitle: string): void {
  writeTableSheet(ws, {
    fonts,
    title: `${projectName} — ${labels.legendSheet}`,
    subtitle,
    columns: [
      { header: labels.letter, min: 8, max: 8, align: 'center', valign: 'middle' },
      { header: labels.role, min: 12, max: 16, align: 'center', valign: 'middle' },
      { header: labels.translation, min: 12, max: 16, align: 'center', valign: 'middle' },
      { header: labels.meaning, min: 40, max: 70, valign: 'middle' },
    ],
    rows: RACI_LETTERS.map((letter) => {
      const entry = labels.legend[letter];
      return { markFill: RACI_FILLS[letter], values: [letter, entry.role, entry.translation, entry.meaning] };
    }),
    emptyText: '',
    filter: false,
  });
  let row = TABLE_HEADER_ROW + RACI_LETTERS.length + 2;
  ws.getCell(row, 1).value = labels.notesTitle;
  ws.getCell(row, 1).style = { font: fonts.bold };
  for (const note of labels.notes) {
    row++;
    // The note on the one-A check shows a flagged step code as it appears in the matrix.
    const marker = ws.getCell(row, 1);
    marker.value = note.flag ? 'N01' : '•';
    marker.style = note.flag
      ? { font: fonts.flag, fill: solidFill(FLAG_FILL), border: THIN_BORDER, alignment: { vertical: 'middle', horizontal: 'center' } }
      : { font: fonts.body, alignment: { vertical: 'middle', horizontal: 'center' } };
    ws.mergeCells(row, 2, row, 4);
    ws.getCell(row, 2).value = note.text;
    ws.getCell(row, 2).style = { font: fonts.body, alignment: { vertical: 'middle', wrapText: true } };
    // Excel never fits the height of merged cells, so the row is sized for the text.
    const merged = [2, 3, 4].reduce((sum, c) => sum + (ws.getColumn(c).width ?? 10), 0);
    ws.getRow(row).height = (wrappedRowHeight([[note.text, merged]], fonts.lineHeight) ?? fonts.lineHeight) + 6;
  }
}
