import type { ImportProblem } from '../../shared/diagnosis/import-problems';
import { problem } from '../../shared/diagnosis/import-problems';
import { ZipFormatError, ZipLimitError } from './bounded-zip';
import { readXlsxSheets, XlsxFormatError, XlsxLimitError, type XlsxLimits, type XlsxSheet } from './xlsx-cells';

/** A form or a data workbook is small: these bounds leave room for real ones and stop hostile ones early. */
export const WORKBOOK_LIMITS: XlsxLimits & { readonly maxFileBytes: number } = {
  maxFileBytes: 5 * 1024 * 1024,
  maxEntries: 500,
  maxEntryBytes: 40 * 1024 * 1024,
  maxTotalBytes: 80 * 1024 * 1024,
  maxCells: 250_000,
  maxSheets: 50,
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export interface UploadedWorkbook {
  readonly name: string;
  readonly bytes: Buffer;
}

/** The sheets of an uploaded workbook, or the reason it cannot be read, in the user's terms. */
export function readUploadedWorkbook(file: UploadedWorkbook): { sheets: XlsxSheet[] } | { problem: ImportProblem } {
  const params = { file: file.name };
  if (file.bytes.length > WORKBOOK_LIMITS.maxFileBytes) return { problem: problem('survey.too-large', { ...params, detail: `${(file.bytes.length / 1048576).toFixed(1)} MB > ${WORKBOOK_LIMITS.maxFileBytes / 1048576} MB` }) };
  if (startsWith(file.bytes, OLE_MAGIC)) return { problem: problem('survey.old-xls', params) };
  if (!startsWith(file.bytes, ZIP_MAGIC)) return { problem: problem('survey.not-xlsx', params) };
  try {
    return { sheets: readXlsxSheets(file.bytes, WORKBOOK_LIMITS) };
  } catch (e) {
    if (e instanceof ZipLimitError || e instanceof XlsxLimitError) return { problem: problem('survey.too-large', { ...params, detail: e.message }) };
    if (e instanceof ZipFormatError || e instanceof XlsxFormatError) return { problem: problem('survey.damaged', params) };
    throw e;
  }
}
