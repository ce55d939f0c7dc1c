import { CommandError } from '../../shared/commands/command-error';
import { isUserErrorKey } from '../../shared/errors/user-errors';
import { ExcelExportError, ExcelImportError } from '../excel/excel-errors';
import { WorkbookReadError } from '../excel/xlsx-reader/workbook-read-error';
import { ExportError } from '../exports/export-error';

/** The user stopped the job; an export leaves no file, an import changes nothing. */
export class JobCancelledError extends Error {
  override readonly name = 'JobCancelledError';
}

/** One export or import at a time: a second is refused rather than doubling the memory and the wait. */
export class JobBusyError extends Error {
  override readonly name = 'JobBusyError';
}

/** An error as it crosses a thread or process: structured clone keeps the message but not the class. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  key?: string;
  params?: Record<string, string>;
}

export function toWire(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const { code, key, params } = err as { code?: unknown; key?: unknown; params?: unknown };
  return { name: err.name, message: err.message, ...(typeof code === 'string' ? { code } : {}), ...(typeof key === 'string' ? { key } : {}), ...(params && typeof params === 'object' ? { params: { ...(params as Record<string, string>) } } : {}) };
}

/** Back into the class the API maps to an error code. */
export function fromWire(wire: WireError): Error {
  switch (wire.name) {
    case 'ExportError':
    case 'PdfExportError':
      return new ExportError(wire.message);
    case 'ExcelImportError':
    case 'WorkbookReadError': {
      const Keyed = wire.name === 'ExcelImportError' ? ExcelImportError : WorkbookReadError;
      return isUserErrorKey(wire.key) ? new Keyed(wire.key, wire.params ?? {}) : new ExcelImportError('import.failed', { detail: wire.message });
    }
    // A refused process import reaches the user as "the file could not be imported" and why, in the project's language.
    case 'BpmnImportError':
    case 'TableImportError':
      return new ExcelImportError('import.failed', { detail: wire.message });
    case 'ExcelExportError':
      return new ExcelExportError(wire.message);
    case 'CommandError':
      return new CommandError((wire.code ?? 'invalid') as CommandError['code'], wire.message, wire.params);
    case 'JobCancelledError':
      return new JobCancelledError(wire.message);
    default:
      return new Error(wire.message);
  }
}
