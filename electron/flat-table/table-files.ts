import ExcelJS from 'exceljs';
import { toCsv } from '../../shared/interchange/csv';
import type { ProjectState } from '../../shared/model/project-state';
import { processTable } from '../../shared/interchange/process-table';
import { TABLE_COLUMNS } from '../../shared/interchange/process-table-columns';
import { sanitiseSheetName } from '../excel/sheet-names';

/** Widths in characters, roughly what each column holds. */
const WIDTHS = [18, 10, 22, 10, 12, 14, 18, 24, 24, 8, 8, 14, 22, 22, 22, 22];

/**
 * A process as an xlsx table for online tools: one sheet, header in row 1, one row per step,
 * no merged cells, no title rows; only the header is styled, and frozen with a filter.
 */
export async function processTableXlsx(state: ProjectState, processId: string): Promise<Buffer> {
  const rows = processTable(state, processId);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lanewise';
  const sheet = workbook.addWorksheet(sanitiseSheetName(state.tables.processes[processId]!.name, 'Process'), { views: [{ state: 'frozen', ySplit: 1 }] });
  // Durations as numbers, so a number field in 飞书 or 钉钉 takes them as they are.
  const duration = TABLE_COLUMNS.indexOf('duration');
  rows.forEach((row, i) => sheet.addRow(i > 0 && row[duration] ? row.map((cell, c) => (c === duration ? Number(cell) : cell)) : row));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => (column.width = WIDTHS[i] ?? 14));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: rows[0]!.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same table as CSV, UTF-8 with a byte-order mark so Excel and WPS read the Chinese. */
export function processTableCsv(state: ProjectState, processId: string): Buffer {
  return Buffer.from(toCsv(processTable(state, processId)), 'utf8');
}
