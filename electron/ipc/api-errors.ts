import { ZodError } from 'zod';
import { CommandError } from '../../shared/commands/command-error';
import { userErrorText, type UserErrorKey } from '../../shared/errors/user-errors';
import type { ApiError } from '../../shared/ipc/contract';
import { BpmnImportError } from '../bpmn/bpmn-import-error';
import { ExcelImportError } from '../excel/excel-errors';
import { TableImportError } from '../flat-table/table-import-error';
import { PdfExportError } from '../pdf/pdf-document';
import { WorkbookReadError } from '../excel/xlsx-reader/workbook-read-error';
import { ExportError } from '../exports/export-error';
import { ProjectFileError } from '../project/project-file-error';
import { UnknownSessionError } from '../project/workspace';
import { ImportRequestError } from './export-handlers';
import { JobBusyError } from '../jobs/job-errors';
import { fileErrorFromSqlite } from '../project/sqlite-errors';

/** A request for something only the desktop app has (its file dialogs). */
export class UnavailableError extends Error {}

function keyed(code: ApiError['code'], key: UserErrorKey, params: Record<string, string>, message?: string): ApiError {
  return { code, key, params, message: message ?? userErrorText(key, params, 'en') };
}

export function invalidRequest(detail: string): ApiError {
  return keyed('invalid-request', 'request.invalid', { detail });
}

function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * Every failure as an error the user can read in their language: a code for the UI to act on, a
 * message key with its values, and the English text. Nothing internal leaks as raw SQLite text.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ZodError) {
    const detail = clip(err.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; '));
    return keyed('invalid-request', 'request.invalid', { detail });
  }
  if (err instanceof CommandError) {
    const key: UserErrorKey = err.code === 'conflict' ? 'undo.conflict' : `command.${err.code}`;
    return keyed(err.code === 'conflict' ? 'conflict' : 'command', key, { detail: clip(err.message), ...err.params }, err.message);
  }
  if (err instanceof ProjectFileError) return keyed(err.code === 'locked' ? 'locked' : 'file', err.key, { ...err.params }, err.message);
  if (err instanceof UnknownSessionError) return keyed('no-project', 'session.unknown', {}, err.message);
  if (err instanceof UnavailableError) return keyed('invalid-request', 'request.desktop-only', {}, err.message);
  if (err instanceof ImportRequestError || err instanceof ExcelImportError || err instanceof WorkbookReadError) return keyed('import', err.key, { ...err.params }, err.message);
  if (err instanceof BpmnImportError || err instanceof TableImportError) return keyed('import', 'import.failed', { detail: err.message }, err.message);
  if (err instanceof ExportError || err instanceof PdfExportError) return keyed('export', 'export.failed', { detail: err.message }, err.message);
  if (err instanceof JobBusyError) return keyed('busy', 'job.busy', {}, err.message);
  if (err instanceof RangeError && /call stack/i.test(err.message)) return keyed('command', 'command.too-large', { detail: 'nested too deeply' });
  if ((err as { code?: unknown }).code === 'ERR_INVALID_ARG_VALUE' || (err as { code?: unknown }).code === 'ERR_INVALID_ARG_TYPE') {
    return keyed('invalid-request', 'request.invalid', { detail: 'a path or name holds a character files cannot have' });
  }
  if (String((err as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) return keyed('command', 'command.reference', { detail: 'the file holds rows this change did not expect' });
  const file = fileErrorFromSqlite(err, (err as { path?: string }).path ?? 'the project');
  if (file) return toApiError(file);
  return keyed('internal', 'internal', { detail: clip(err instanceof Error ? err.message : String(err)) });
}
