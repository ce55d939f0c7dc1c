import { AlignmentType, BorderStyle, HeightRule, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { PolicyTable, PolicyTableCell } from '../../shared/policy/policy-document-types';
import { STYLE } from './word-styles';

const HEADER_FILL = 'E7E6E6';
const FIELD_FILL = 'F2F2F2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const MARGINS = { top: 40, bottom: 40, left: 85, right: 85 };
/** Room to write by hand in a blank form row: 1 cm. */
const BLANK_ROW_HEIGHT = 567;

/** A table this short is kept on one page, as Word does it: every row but the last kept with the next. */
const KEEP_TOGETHER_ROWS = 15;

/** Lines of a cell's text as paragraphs (Word needs at least one, even when empty). */
function cellParagraphs(text: string, style: string, centred: boolean, keepNext = false): Paragraph[] {
  return text.split(/\r?\n/).map((line) => new Paragraph({ style, text: line, alignment: centred ? AlignmentType.CENTER : undefined, keepNext: keepNext || undefined }));
}

function headerCell(cell: PolicyTableCell, width: number): TableCell {
  return new TableCell({
    children: cellParagraphs(cell.text, STYLE.tableHeader, true, true),
    columnSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

/** Column widths in twips from the relative widths, filling `total`. */
export function columnWidths(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Header cells' widths: the sum of the columns each spans, walking the header rows' spans. */
function headerRows(table: PolicyTable, widths: readonly number[]): TableRow[] {
  const taken = new Map<number, number>(); // column → rows still covered by a row span from above
  return table.header.map((cells) => {
    let column = 0;
    const row: TableCell[] = [];
    for (const cell of cells) {
      while ((taken.get(column) ?? 0) > 0) column++;
      const span = cell.colSpan ?? 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      if ((cell.rowSpan ?? 1) > 1) for (let c = column; c < column + span; c++) taken.set(c, cell.rowSpan!);
      row.push(headerCell(cell, width));
      column += span;
    }
    for (const [c, left] of taken) taken.set(c, left - 1);
    return new TableRow({ children: row, tableHeader: true, cantSplit: true });
  });
}

/** A policy table at the given width: fixed layout so Word, WPS and LibreOffice keep the columns. */
export function wordTable(table: PolicyTable, total: number, centredOnPage = false): Table {
  const widths = columnWidths(table.widths, total);
  const centred = new Set(table.centred);
  const keep = table.rows.length <= KEEP_TOGETHER_ROWS;
  const bodyRows = table.rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        height: table.blank ? { value: BLANK_ROW_HEIGHT, rule: HeightRule.ATLEAST } : undefined,
        children: cells.map(
          (text, i) =>
            new TableCell({
              children: cellParagraphs(text, STYLE.table, centred.has(i), keep && r < table.rows.length - 1),
              width: { size: widths[i]!, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              // The field names of a blank form are shaded like a header.
              shading: table.blank && table.header.length === 0 && i === 0 ? { type: ShadingType.CLEAR, fill: FIELD_FILL, color: 'auto' } : undefined,
            }),
        ),
      }),
  );
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: centredOnPage ? AlignmentType.CENTER : undefined,
    margins: MARGINS,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [...headerRows(table, widths), ...bodyRows],
  });
}
