import { CommandError } from '../../shared/commands/command-error';
import { ExcelExportError, ExcelImportError } from '../excel/excel-errors';
import { ExportError } from '../exports/project-exports';

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
  params?: Record<string, string>;
}

export function toWire(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const { code, params } = err as { code?: unknown; params?: unknown };
  return { name: err.name, message: err.message, ...(typeof code === 'string' ? { code } : {}), ...(params && typeof params === 'object' ? { params: { ...(params as Record<string, string>) } } : {}) };
}

/** Back into the class the API maps to an error code. */
export function fromWire(wire: WireError): Error {
  switch (wire.name) {
    case 'ExportError':
    case 'PdfExportError':
      return new ExportError(wire.message);
    // Every refused import reaches the user the same way: "the file could not be imported" and why.
    case 'ExcelImportError':
    case 'BpmnImportError':
    case 'TableImportError':
      return new ExcelImportError(wire.message);
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
