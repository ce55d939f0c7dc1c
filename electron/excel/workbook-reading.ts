import ExcelJS from 'exceljs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { ExcelImportError } from './excel-errors';

const ZIP_MAGIC = [0x50, 0x4b];
// Old binary .xls (and other OLE compound files) start with D0 CF 11 E0.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

async function firstBytes(path: string, count: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await file.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

const startsWith = (bytes: Buffer, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Opens an .xlsx file, turning every way it can fail into an ExcelImportError a user can act on. */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const name = basename(path);
  let head: Buffer;
  try {
    head = await firstBytes(path, 8);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new ExcelImportError(`Cannot open "${name}": ${reason}`, [], { cause: error });
  }
  if (startsWith(head, OLE_MAGIC)) {
    throw new ExcelImportError(`"${name}" is an old-format Excel file (.xls); save it as an Excel workbook (.xlsx) and import that`);
  }
  if (!startsWith(head, ZIP_MAGIC)) throw new ExcelImportError(`"${name}" is not an Excel workbook (.xlsx)`);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new ExcelImportError(`"${name}" is damaged or incomplete and cannot be read as an Excel workbook (${(error as Error).message})`, [], { cause: error });
  }
  return workbook;
}

/** What a cell shows, whatever exceljs made of it: rich text, formula results, hyperlinks, numbers. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('error' in value) return value.error;
  return '';
}
