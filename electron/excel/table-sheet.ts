import type { Style, Worksheet } from 'exceljs';
import { cellRef } from '../../shared/interchange/cell-refs';
import { clamp, columnWidthFor, HEADER_FILL, landscapeFitToWidth, pageFooter, solidFill, THIN_BORDER, wrappedRowHeight, type SheetFonts } from './excel-styles';

export interface TableColumn {
  readonly header: string;
  /** The column is as wide as its longest text, within these bounds; longer text wraps. */
  readonly min: number;
  readonly max: number;
  readonly align?: 'left' | 'center';
  /** Vertical alignment of the data cells; 'top' suits multi-line text. */
  readonly valign?: 'top' | 'middle';
}

export interface TableRow {
  readonly values: readonly string[];
  /** Fill of the first cell, e.g. the severity colour. */
  readonly markFill?: string;
}

export interface TableSheetInput {
  readonly fonts: SheetFonts;
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Shown in place of the rows when there are none. */
  readonly emptyText: string;
  /** Filter buttons on the header row; on unless false. */
  readonly filter?: boolean;
}

export const TABLE_HEADER_ROW = 3;
const HEADER_ROW = TABLE_HEADER_ROW;

/** A titled, filterable, printable table: the layout of every sheet besides the RACI matrices. */
export function writeTableSheet(ws: Worksheet, input: TableSheetInput): void {
  const { columns, rows, fonts } = input;
  ws.getCell(1, 1).value = input.title;
  ws.getCell(1, 1).style = { font: fonts.title };
  ws.getRow(1).height = 24;
  ws.getCell(2, 1).value = input.subtitle;
  ws.getCell(2, 1).style = { font: fonts.subtitle };

  const headerStyle: Partial<Style> = { font: fonts.bold, fill: HEADER_FILL, border: THIN_BORDER, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } };
  const styles = columns.map(
    (c): Partial<Style> => ({ font: fonts.body, border: THIN_BORDER, alignment: { vertical: c.valign ?? 'top', horizontal: c.align ?? 'left', wrapText: true }, numFmt: '@' }),
  );
  const widths = columns.map((c, i) => clamp(rows.reduce((w, r) => Math.max(w, columnWidthFor(r.values[i] ?? '')), columnWidthFor(c.header)), c.min, c.max));
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = widths[i];
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = c.header;
    cell.style = headerStyle;
  });

  rows.forEach((row, r) => {
    const excelRow = ws.getRow(HEADER_ROW + 1 + r);
    columns.forEach((_, i) => {
      const cell = excelRow.getCell(i + 1);
      const value = row.values[i] ?? '';
      if (value !== '') cell.value = value;
      cell.style = i === 0 && row.markFill ? { ...styles[i], fill: solidFill(row.markFill) } : styles[i]!;
    });
    const height = wrappedRowHeight(
      columns.map((_, i) => [row.values[i] ?? '', widths[i]!] as const),
      fonts.lineHeight,
    );
    if (height) excelRow.height = height;
  });
  if (rows.length === 0) {
    ws.getCell(HEADER_ROW + 1, 1).value = input.emptyText;
    ws.getCell(HEADER_ROW + 1, 1).style = { font: fonts.body };
  }

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: cellRef(HEADER_ROW + 1, 1), activeCell: cellRef(HEADER_ROW + 1, 1) }];
  if (rows.length > 0 && input.filter !== false) ws.autoFilter = { from: cellRef(HEADER_ROW, 1), to: cellRef(HEADER_ROW + rows.length, columns.length) };
  landscapeFitToWidth(ws, `${HEADER_ROW}:${HEADER_ROW}`);
  pageFooter(ws, input.title);
}
