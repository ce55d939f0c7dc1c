import { userErrorText } from '../../shared/errors/user-errors';
import { parseCsv } from '../../shared/interchange/csv';
import { columnOfHeader } from '../../shared/interchange/process-table-columns';
import { MAX_TABLE_ROWS } from '../../shared/interchange/table-import';
import type { Language } from '../../shared/model/entities';
import { readWorkbook } from '../excel/xlsx-reader/read-workbook';
import { cellText, rowNumbers, type SheetData } from '../excel/xlsx-reader/workbook-data';
import { WorkbookReadError } from '../excel/xlsx-reader/workbook-read-error';
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

function sheetRows(sheet: SheetData): string[][] {
  const rows: string[][] = [];
  const last = Math.min(rowNumbers(sheet).at(-1) ?? 0, MAX_TABLE_ROWS + 2);
  for (let r = 1; r <= last; r++) {
    const width = Math.min(Math.max(0, ...(sheet.rows.get(r)?.keys() ?? [])), MAX_COLUMNS);
    rows.push(Array.from({ length: width }, (_, c) => cellText(sheet, r, c + 1)));
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
    // The hardened reader: bounded unpacking, cell notes and every writer's quirks read, nothing calculated.
    let sheets: readonly SheetData[];
    try {
      sheets = (await readWorkbook(Buffer.from(bytes), { fileName })).sheets;
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      throw new TableImportError(text.unreadable(fileName, userErrorText(error.key, error.params, language)));
    }
    const read = sheets.map((ws) => ({ ws, rows: sheetRows(ws) }));
    const chosen = read.find((s) => isTableHeader(s.rows[0])) ?? read[0];
    if (!chosen) throw new TableImportError(text.notTable(fileName));
    return { rows: chosen.rows, sheetName: chosen.ws.name };
  }
  const csv = decodeCsv(bytes);
  if (csv.includes('\u0000')) throw new TableImportError(text.notTable(fileName));
  return { rows: parseCsv(csv), sheetName: '' };
}
