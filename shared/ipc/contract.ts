import { z } from 'zod';
import { commandSchema } from '../commands/command-schema';
import type { EditSummary } from '../commands/edit-summary';
import type { Op } from '../commands/ops';
import { languageSchema } from '../model/entities';
import { isChannel, type ChannelName } from './channels';
import { TEMPLATE_IDS } from '../templates/template-catalogue';
import type { ProjectState } from '../model/project-state';
import type { JobProgress } from '../jobs/job-progress';
import type { UserErrorKey } from '../errors/user-errors';
import { CONFLICT_CHOICES, type ImportPreviewView } from './import-preview';
import { DIAGNOSIS_EXPORT_KINDS, MAX_UPLOAD_FILES, uploadedFileSchema, type DiagnosisImportOutcome } from './diagnosis-requests';

export type { BadCellReason, BadCellView, ConflictChoice, ImportCellView, ImportNoteView, ImportPreviewView, ImportRecordStatus } from './import-preview';

export interface ProjectFileInfo {
  path: string;
  fileName: string;
  modifiedAt: string;
}

/** A project on the start screen: remembered or in the project folder; a remembered file may be gone. */
export interface RecentProject {
  path: string;
  fileName: string;
  /** Null when the file is missing. */
  modifiedAt: string | null;
  missing: boolean;
}

/** A process the user saved as a template, for adding to any project. */
export interface UserTemplateInfo {
  id: string;
  name: string;
  savedAt: string;
  steps: number;
  lanes: number;
}

/** Why a project is open read-only: asked for, the file cannot be written, or it was moved while open; null when editable. */
export type ReadOnlyReason = 'requested' | 'file-read-only' | 'moved' | null;

/** A project as one window or tab sees it; every later request about it names the session. */
export interface OpenProject {
  session: string;
  path: string;
  state: ProjectState;
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo and Redo would take back or do again ("paste of 6 steps"), when there is one. */
  undoEdit: EditSummary | null;
  redoEdit: EditSummary | null;
  /** How far the session has followed the project's changes. */
  revision: number;
  readOnly: ReadOnlyReason;
}

export const EXPORT_KINDS = ['xlsx', 'docx', 'svg', 'png', 'pdf', 'diagramsPdf', 'bpmn', 'tableXlsx', 'tableCsv'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Electron saves through a dialog; the browser host hands the bytes back for a download. */
export type ExportOutcome =
  | { kind: 'saved'; path: string }
  /** The browser fetches the file from `url` (on the host's own origin), once. */
  | { kind: 'download'; fileName: string; mime: string; url: string }
  | { kind: 'cancelled' };

/** Files a process can be imported from: BPMN 2.0 from another tool, or a flat table (xlsx, CSV). */
export const PROCESS_IMPORT_FORMATS = ['bpmn', 'table'] as const;
export type ProcessImportFormat = (typeof PROCESS_IMPORT_FORMATS)[number];

/** What a BPMN or table import would add, shown before anything changes. */
export interface ProcessImportPreviewView {
  token: string;
  fileName: string;
  processes: Array<{ name: string; lanes: number; steps: number; flows: number }>;
  departmentsCreated: string[];
  departmentsMatched: string[];
  positionsCreated: string[];
  /** What the file holds that Lanewise cannot represent, one line each, in the project's language. */
  leftOut: string[];
}

/**
 * What changed since the session last looked — others' changes first, then what this request did —
 * as ops the renderer applies to its copy in order; `reload` when it must fetch the whole project.
 */
export interface Change {
  ops: Op[];
  canUndo: boolean;
  canRedo: boolean;
  undoEdit: EditSummary | null;
  redoEdit: EditSummary | null;
  revision: number;
  reload?: boolean;
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  home: string;
}

function channel<Req extends z.ZodType, Res>(request: Req) {
  return { request, response: undefined as unknown as Res };
}

const empty = z.object({}).strict();
const sessionId = z.string().min(1).max(100);
/** Requests about an open project name the session that opened it. */
const inSession = z.object({ session: sessionId }).strict();
const templateId = z.enum(TEMPLATE_IDS);
const createRequest = z
  .object({ name: z.string().trim().min(1).max(200), language: languageSchema, organisation: z.string().max(200).default(''), templateId: templateId.optional() })
  .strict();
const templateRequest = inSession.extend({ templateId });
const exportRequest = inSession.extend({ kind: z.enum(EXPORT_KINDS), processId: z.string().min(1).max(64).optional() });
/** The browser host uploads the workbook; Electron leaves both out and asks with a dialog. */
const importRequest = inSession.extend({ fileName: z.string().max(500).optional(), base64: z.string().max(100_000_000).optional() });
const applyProcessImportRequest = inSession.extend({ token: z.string().min(1).max(100) });
/** How the preview's conflicts are settled: one choice for all, and per conflict (by its index in the preview) where it differs. */
const conflictChoice = z.enum(CONFLICT_CHOICES);
const applyImportRequest = applyProcessImportRequest.extend({
  conflicts: z
    .object({ all: conflictChoice.optional(), cells: z.array(z.object({ index: z.number().int().min(0).max(100_000), take: conflictChoice }).strict()).max(10_000).optional() })
    .strict()
    .optional(),
});
const processImportRequest = inSession.extend({ format: z.enum(PROCESS_IMPORT_FORMATS), fileName: z.string().max(500).optional(), base64: z.string().max(40_000_000).optional() });
/** A file path from the renderer: never one with a NUL character, which file systems cannot hold. */
const filePath = z.string().min(1).max(4096).refine((p) => !p.includes('\u0000'), { message: 'A file name cannot hold a NUL character' });
const pathRequest = z.object({ path: filePath }).strict();
const openRequest = z.object({ path: filePath, readOnly: z.boolean().optional() }).strict();
const executeRequest = inSession.extend({ command: commandSchema });
const languageRequest = z.object({ language: languageSchema }).strict();
const jobRequest = inSession.extend({ id: z.string().min(1).max(100) });
const userTemplateRequest = z.object({ id: z.string().min(1).max(64) }).strict();
const saveTemplateRequest = inSession.extend({ processId: z.string().min(1).max(64), name: z.string().trim().min(1).max(200) });
const userTemplateInSession = inSession.extend({ id: z.string().min(1).max(64) });
const currentRequest = z.object({ session: sessionId.optional() }).strict();
const diagnosisExportRequest = inSession.extend({ kind: z.enum(DIAGNOSIS_EXPORT_KINDS) });
const diagnosisImportRequest = inSession.extend({ files: z.array(uploadedFileSchema).min(1).max(MAX_UPLOAD_FILES).optional() });

/** Every message between renderer and main. Main validates each request against its schema. */
export const contract = {
  'app.info': channel<typeof empty, AppInfo>(empty),
  'app.language': channel<typeof languageRequest, null>(languageRequest),
  'projects.list': channel<typeof empty, ProjectFileInfo[]>(empty),
  'projects.recent': channel<typeof empty, RecentProject[]>(empty),
  'projects.forget': channel<typeof pathRequest, RecentProject[]>(pathRequest),
  'project.create': channel<typeof createRequest, OpenProject>(createRequest),
  'project.addTemplate': channel<typeof templateRequest, Change>(templateRequest),
  'project.open': channel<typeof openRequest, OpenProject>(openRequest),
  /** Desktop only: the system's open dialog; null when the user cancels. */
  'project.openDialog': channel<typeof empty, OpenProject | null>(empty),
  /** Desktop only: the system's save dialog, then the session carries on in the copy; null when cancelled. */
  'project.saveAsDialog': channel<typeof inSession, OpenProject | null>(inSession),
  /** The session's project, or null when the host does not hold it (e.g. after a restart); without a session, the project the desktop app was started with. */
  'project.current': channel<typeof currentRequest, OpenProject | null>(currentRequest),
  /** What other windows, tabs or programs changed since the session last looked. */
  'project.changes': channel<typeof inSession, Change>(inSession),
  'project.close': channel<typeof inSession, null>(inSession),
  'project.execute': channel<typeof executeRequest, Change>(executeRequest),
  'project.undo': channel<typeof inSession, Change | null>(inSession),
  'project.redo': channel<typeof inSession, Change | null>(inSession),
  'export.file': channel<typeof exportRequest, ExportOutcome>(exportRequest),
  'import.xlsxPreview': channel<typeof importRequest, ImportPreviewView | null>(importRequest),
  'import.xlsxApply': channel<typeof applyImportRequest, Change>(applyImportRequest),
  'import.processPreview': channel<typeof processImportRequest, ProcessImportPreviewView | null>(processImportRequest),
  'import.processApply': channel<typeof applyProcessImportRequest, Change>(applyProcessImportRequest),
  'templates.list': channel<typeof empty, UserTemplateInfo[]>(empty),
  'templates.saveProcess': channel<typeof saveTemplateRequest, UserTemplateInfo>(saveTemplateRequest),
  'templates.add': channel<typeof userTemplateInSession, Change>(userTemplateInSession),
  'templates.delete': channel<typeof userTemplateRequest, UserTemplateInfo[]>(userTemplateRequest),
  /** The session's export or import that is running, if any. */
  'jobs.progress': channel<typeof inSession, JobProgress | null>(inSession),
  /** Stops it: an export leaves no file, an import changes nothing. False when it had already ended. */
  'jobs.cancel': channel<typeof jobRequest, boolean>(jobRequest),
  /** Questionnaire forms, the history data workbook and the status report of the diagnosis. */
  'diagnosis.export': channel<typeof diagnosisExportRequest, ExportOutcome>(diagnosisExportRequest),
  /** Filled questionnaires, many files at once; all are imported as one change or none is. */
  'diagnosis.importSurvey': channel<typeof diagnosisImportRequest, DiagnosisImportOutcome<Change>>(diagnosisImportRequest),
  'diagnosis.importHistory': channel<typeof diagnosisImportRequest, DiagnosisImportOutcome<Change>>(diagnosisImportRequest),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
// Both directions: every contract channel is named in CHANNEL_NAMES and nothing else is.
const channelNamesMatch: [Channel, ChannelName] extends [ChannelName, Channel] ? true : never = true;
void channelNamesMatch;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export type ErrorCode = 'invalid-request' | 'command' | 'conflict' | 'file' | 'locked' | 'no-project' | 'import' | 'export' | 'busy' | 'internal';
export interface ApiError {
  code: ErrorCode;
  /** In English, for logs and the CLI; the UI shows `key` in its own language. */
  message: string;
  key?: UserErrorKey;
  params?: Record<string, string>;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The only thing the renderer can call; exposed by the preload in Electron and by fetch in the browser host. */
export interface LanewiseApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}

export { isChannel };
