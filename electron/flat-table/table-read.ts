import ExcelJS from 'exceljs';
import { parseCsv } from '../../shared/interchange/csv';
import { columnOfHeader } from '../../shared/interchange/process-table-columns';
import { MAX_TABLE_ROWS } from '../../shared/interchange/table-import';
import type { Language } from '../../shared/model/entities';
import { cellText } from '../excel/workbook-reading';
import { TableImportError, tableErrorText } from './table-import-error';

export const MAX_TABLE_BYTES = 20 * 1024 * 1024;
const MAX_COLUMNS = 64;
const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** CSV as Excel and WPS save it: UTF-8 (with or without BOM), or GB18030 from a Chinese Windows. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  const last = Math.min(sheet.rowCount, MAX_TABLE_ROWS + 2);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    const width = Math.min(row.cellCount, MAX_COLUMNS);
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
  }
  return rows;
}

const isTableHeader = (row: readonly string[] | undefined) => (row ?? []).some((cell) => columnOfHeader(cell) === 'name');

/** The rows of a process table file: the first sheet of a workbook whose row 1 is the header (else the first sheet), or a CSV. */
export async function readTableFile(bytes: Uint8Array, fileName: string, language: Language): Promise<{ rows: string[][]; sheetName: string }> {
  const text = tableErrorText(language);
  if (bytes.byteLength > MAX_TABLE_BYTES) throw new TableImportError(text.tooLarge(fileName));
  if (startsWith(bytes, OLE)) throw new TableImportError(text.unreadable(fileName, language === 'zh-CN' ? '这是旧版 .xls 文件，请另存为 .xlsx 后导入' : 'it is an old .xls file; save it as .xlsx and import that'));
  if (startsWith(bytes, ZIP)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch (error) {
      throw new TableImportError(text.unreadable(fileName, (error as Error).message));
    }
    const sheets = workbook.worksheets.map((ws) => ({ ws, rows: sheetRows(ws) }));
    const chosen = sheets.find((s) => isTableHeader(s.rows[0])) ?? sheets[0];
    if (!chosen) throw new TableImportError(text.notTable(fileName));
    return { rows: chosen.rows, sheetName: chosen.ws.name };
  }
  const csv = decodeCsv(bytes);
  if (csv.includes('\u0000')) throw new TableImportError(text.notTable(fileName));
  return { rows: parseCsv(csv), sheetName: '' };
}
