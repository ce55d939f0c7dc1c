import type { Language } from '../../shared/model/entities';
import type { RecentProject, Result } from '../../shared/ipc/contract';
import type { HostDialogs } from '../ipc/api-handlers';
import type { ExportDialogs } from '../ipc/export-handlers';

/** Every dialog the services may ask main to show: main owns the windows, so only main can. */
export type ServiceDialogs = HostDialogs & ExportDialogs;
export type DialogName = keyof ServiceDialogs;
export const DIALOG_NAMES = ['chooseProjectToOpen', 'chooseSaveAsPath', 'chooseExportPath', 'chooseWorkbookToImport', 'chooseProcessFileToImport', 'chooseWorkbooksToImport'] as const;
// Both directions: every dialog is named here and nothing else is.
const dialogNamesMatch: [DialogName, (typeof DIALOG_NAMES)[number]] extends [(typeof DIALOG_NAMES)[number], DialogName] ? true : never = true;
void dialogNamesMatch;

/** A dialog's answer: the path chosen, the paths (a dialog that takes several), or null when cancelled. */
export type DialogAnswer = string | string[] | null;

export function isDialogName(value: unknown): value is DialogName {
  return typeof value === 'string' && (DIALOG_NAMES as readonly string[]).includes(value);
}

/** What main's menu shows; sent after every request that may change it. */
export interface ServicesStatus {
  hasProject: boolean;
  currentPath: string | null;
  recent: RecentProject[];
}

/** Main → services. The request is the renderer's, relayed as it came: the services validate it. */
export type ToServices =
  | { type: 'request'; id: number; channel: unknown; request: unknown }
  | { type: 'dialogAnswer'; id: number; path: DialogAnswer; error?: string }
  | { type: 'closeProjects' }
  | { type: 'shutdown' };

/** Services → main. */
export type FromServices =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'response'; id: number; result: Result<unknown> }
  | { type: 'dialog'; id: number; name: DialogName; args: unknown[] }
  | { type: 'status'; status: ServicesStatus }
  | { type: 'language'; language: Language }
  | { type: 'closed' };

/** The argument main starts the services with. */
export const SQLITE_BINDING_ARG = '--lanewise-sqlite-binding=';
