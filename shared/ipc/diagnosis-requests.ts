import { z } from 'zod';
import type { ImportProblem } from '../diagnosis/import-problems';

/** Deliverables of the diagnosis: the questionnaire (Excel form, Word form), the history data workbook, the status report. */
export const DIAGNOSIS_EXPORT_KINDS = ['survey-xlsx', 'survey-docx', 'history-xlsx', 'report-docx'] as const;
export type DiagnosisExportKind = (typeof DIAGNOSIS_EXPORT_KINDS)[number];

/** Forms in one survey import, and the bytes of one upload. */
export const MAX_UPLOAD_FILES = 1000;
export const MAX_UPLOAD_BASE64 = 7_000_000;

/** A workbook the browser host uploads; the desktop app leaves the files out and asks with a dialog. */
export const uploadedFileSchema = z.object({ fileName: z.string().min(1).max(500), base64: z.string().max(MAX_UPLOAD_BASE64) }).strict();

/** What an import of questionnaires or history data did: imported as one undoable change, refused with its reasons, or cancelled. */
export type DiagnosisImportOutcome<Change> =
  | { kind: 'imported'; change: Change; added: number; updated: number }
  | { kind: 'refused'; problems: ImportProblem[]; total: number }
  | { kind: 'cancelled' };
