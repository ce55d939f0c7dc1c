import { z } from 'zod';
import { commandSchema } from '../commands/command-schema';
import type { Op } from '../commands/ops';
import { languageSchema } from '../model/entities';
import { isChannel, type ChannelName } from './channels';
import { TEMPLATE_IDS } from '../templates/template-catalogue';
import type { ProjectState } from '../model/project-state';

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

export interface OpenProject {
  path: string;
  state: ProjectState;
  canUndo: boolean;
  canRedo: boolean;
}

export const EXPORT_KINDS = ['xlsx', 'docx', 'svg', 'png'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Electron saves through a dialog; the browser host hands the bytes back for a download. */
export type ExportOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'download'; fileName: string; mime: string; base64: string }
  | { kind: 'cancelled' };

export interface ImportChangeView {
  processName: string;
  stepCode: string;
  stepName: string;
  partyName: string;
  before: string;
  after: string;
}

/** What an Excel import would do, shown before anything changes. */
export interface ImportPreviewView {
  token: string;
  fileName: string;
  added: number;
  removed: number;
  changed: number;
  /** The first changes, for the preview table. */
  changes: ImportChangeView[];
  unmatched: string[];
}

/** What one command, undo or redo did: the renderer applies the same ops to its copy of the state. */
export interface Change {
  ops: Op[];
  canUndo: boolean;
  canRedo: boolean;
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
const templateId = z.enum(TEMPLATE_IDS);
const createRequest = z
  .object({ name: z.string().trim().min(1).max(200), language: languageSchema, organisation: z.string().max(200).default(''), templateId: templateId.optional() })
  .strict();
const templateRequest = z.object({ templateId }).strict();
const exportRequest = z.object({ kind: z.enum(EXPORT_KINDS), processId: z.string().min(1).max(64).optional() }).strict();
/** The browser host uploads the workbook; Electron leaves both out and asks with a dialog. */
const importRequest = z.object({ fileName: z.string().max(500).optional(), base64: z.string().max(100_000_000).optional() }).strict();
const applyImportRequest = z.object({ token: z.string().min(1).max(100) }).strict();
const pathRequest = z.object({ path: z.string().min(1).max(4096) }).strict();
const languageRequest = z.object({ language: languageSchema }).strict();
const userTemplateRequest = z.object({ id: z.string().min(1).max(64) }).strict();
const saveTemplateRequest = z.object({ processId: z.string().min(1).max(64), name: z.string().trim().min(1).max(200) }).strict();

/** Every message between renderer and main. Main validates each request against its schema. */
export const contract = {
  'app.info': channel<typeof empty, AppInfo>(empty),
  'app.language': channel<typeof languageRequest, null>(languageRequest),
  'projects.list': channel<typeof empty, ProjectFileInfo[]>(empty),
  'projects.recent': channel<typeof empty, RecentProject[]>(empty),
  'projects.forget': channel<typeof pathRequest, RecentProject[]>(pathRequest),
  'project.create': channel<typeof createRequest, OpenProject>(createRequest),
  'project.addTemplate': channel<typeof templateRequest, Change>(templateRequest),
  'project.open': channel<z.ZodObject<{ path: z.ZodString }>, OpenProject>(z.object({ path: z.string().min(1).max(4096) }).strict()),
  /** Desktop only: the system's open dialog; null when the user cancels. */
  'project.openDialog': channel<typeof empty, OpenProject | null>(empty),
  /** Desktop only: the system's save dialog, then the session carries on in the copy; null when cancelled. */
  'project.saveAsDialog': channel<typeof empty, OpenProject | null>(empty),
  'project.current': channel<typeof empty, OpenProject | null>(empty),
  'project.close': channel<typeof empty, null>(empty),
  'project.execute': channel<z.ZodObject<{ command: typeof commandSchema }>, Change>(z.object({ command: commandSchema }).strict()),
  'project.undo': channel<typeof empty, Change | null>(empty),
  'export.file': channel<typeof exportRequest, ExportOutcome>(exportRequest),
  'import.xlsxPreview': channel<typeof importRequest, ImportPreviewView | null>(importRequest),
  'import.xlsxApply': channel<typeof applyImportRequest, Change>(applyImportRequest),
  'project.redo': channel<typeof empty, Change | null>(empty),
  'templates.list': channel<typeof empty, UserTemplateInfo[]>(empty),
  'templates.saveProcess': channel<typeof saveTemplateRequest, UserTemplateInfo>(saveTemplateRequest),
  'templates.add': channel<typeof userTemplateRequest, Change>(userTemplateRequest),
  'templates.delete': channel<typeof userTemplateRequest, UserTemplateInfo[]>(userTemplateRequest),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
// Both directions: every contract channel is named in CHANNEL_NAMES and nothing else is.
const channelNamesMatch: [Channel, ChannelName] extends [ChannelName, Channel] ? true : never = true;
void channelNamesMatch;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export type ErrorCode = 'invalid-request' | 'command' | 'file' | 'no-project' | 'import' | 'export' | 'internal';
export interface ApiError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The only thing the renderer can call; exposed by the preload in Electron and by fetch in the browser host. */
export interface LanewiseApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}

export { isChannel };
