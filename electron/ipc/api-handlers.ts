import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { freeProcessName } from '../../shared/process/duplicate-process';
import { snapshotCommands, snapshotProcess } from '../../shared/process/process-snapshot';
import type { Language } from '../../shared/model/entities';
import { CommandError } from '../../shared/commands/command-error';
import {
  contract,
  isChannel,
  type ApiError,
  type AppInfo,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
  type Result,
} from '../../shared/ipc/contract';
import { ProjectFileError } from '../project/project-file-error';
import { ExcelImportError } from '../excel/excel-errors';
import { ExportError } from '../exports/project-exports';
import { exportHandlers, ImportRequestError, type ExportDialogs } from './export-handlers';
import type { ProjectSession } from '../project/project-session';
import type { Workspace } from '../project/workspace';

type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

/** The system's file dialogs; only the desktop app has them. Each resolves to null when the user cancels. */
export interface HostDialogs {
  chooseProjectToOpen(): Promise<string | null>;
  chooseSaveAsPath(currentPath: string, projectName: string): Promise<string | null>;
}

export interface HostOptions {
  host: AppInfo['host'];
  version: string;
  /** The browser host only opens files inside the library folder. */
  restrictToLibrary: boolean;
  dialogs?: HostDialogs;
  exportDialogs?: ExportDialogs;
  /** The interface language changed (the desktop app relabels its menu). */
  onLanguage?: (language: Language) => void;
}

class NoProjectError extends Error {}
class UnavailableError extends Error {}

function requireDialogs(options: HostOptions): HostDialogs {
  if (!options.dialogs) throw new UnavailableError('File dialogs are only available in the desktop app');
  return options.dialogs;
}

function requireSession(workspace: Workspace): ProjectSession {
  const session = workspace.current;
  if (!session) throw new NoProjectError('No project is open');
  return session;
}

function handlers(workspace: Workspace, options: HostOptions): Handlers {
  return {
    ...exportHandlers(() => requireSession(workspace), options.exportDialogs),
    'app.info': () => ({ host: options.host, version: options.version, home: workspace.library.home }),
    'app.language': (r) => {
      options.onLanguage?.(r.language);
      return null;
    },
    'projects.list': () => workspace.library.list(),
    'projects.recent': () => workspace.recent.list(workspace.library),
    'projects.forget': (r) => {
      workspace.recent.remove(r.path);
      return workspace.recent.list(workspace.library);
    },
    'project.create': (r) => workspace.create(r.name, r.language, r.organisation, r.templateId),
    'project.addTemplate': (r) => {
      const session = requireSession(workspace);
      return session.execute(templateCommands(r.templateId, session.state.meta.language, session.state, randomUUID));
    },
    'project.open': (r) => {
      if (options.restrictToLibrary && !workspace.library.contains(r.path)) throw new ProjectFileError('unreadable', 'Only projects in the project folder can be opened here');
      return workspace.open(r.path);
    },
    'project.openDialog': async () => {
      const path = await requireDialogs(options).chooseProjectToOpen();
      return path ? workspace.open(path) : null;
    },
    'project.saveAsDialog': async () => {
      const session = requireSession(workspace);
      const path = await requireDialogs(options).chooseSaveAsPath(session.path, session.state.meta.name);
      return path ? workspace.saveAs(session, path) : null;
    },
    'project.current': () => workspace.current?.snapshot() ?? null,
    'project.close': () => {
      workspace.close();
      return null;
    },
    'project.execute': (r) => requireSession(workspace).execute(r.command),
    'project.undo': () => requireSession(workspace).undo(),
    'project.redo': () => requireSession(workspace).redo(),
    'templates.list': () => workspace.templates.list(),
    'templates.saveProcess': (r) => workspace.templates.save(r.name, snapshotProcess(requireSession(workspace).state, r.processId)),
    'templates.add': (r) => {
      const session = requireSession(workspace);
      const { name, snapshot } = workspace.templates.load(r.id);
      const processName = freeProcessName(session.state, name, (n) => `${name} (${n})`);
      return session.execute({ type: 'batch', label: `Add from template: ${name}`, commands: snapshotCommands(snapshot, session.state, processName, randomUUID) });
    },
    'templates.delete': (r) => {
      workspace.templates.remove(r.id);
      return workspace.templates.list();
    },
  };
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ZodError) return { code: 'invalid-request', message: err.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ') };
  if (err instanceof CommandError) return { code: 'command', message: err.message };
  if (err instanceof ExcelImportError || err instanceof ImportRequestError) return { code: 'import', message: err.message };
  if (err instanceof ExportError) return { code: 'export', message: err.message };
  if (err instanceof ProjectFileError) return { code: 'file', message: err.message };
  if (err instanceof NoProjectError) return { code: 'no-project', message: err.message };
  if (err instanceof UnavailableError) return { code: 'invalid-request', message: err.message };
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}

export type Dispatch = (channel: unknown, request: unknown) => Promise<Result<unknown>>;

/** Binds the services to the contract: every request is validated before any service sees it. */
export function createDispatch(workspace: Workspace, options: HostOptions): Dispatch {
  const table = handlers(workspace, options);
  return async (channel, request) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'invalid-request', message: `Unknown channel ${String(channel)}` } };
    try {
      const parsed = contract[channel].request.parse(request ?? {});
      const handler = table[channel] as (r: unknown) => unknown;
      return { ok: true, value: await handler(parsed) };
    } catch (err) {
      return { ok: false, error: toApiError(err) };
    }
  };
}
