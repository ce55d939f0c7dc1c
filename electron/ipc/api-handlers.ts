import { randomUUID } from 'node:crypto';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { freeProcessName } from '../../shared/process/duplicate-process';
import { snapshotCommands, snapshotProcess } from '../../shared/process/process-snapshot';
import type { Language } from '../../shared/model/entities';
import {
  contract,
  isChannel,
  type AppInfo,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
  type Result,
} from '../../shared/ipc/contract';
import { ProjectFileError } from '../project/project-file-error';
import { invalidRequest, toApiError, UnavailableError } from './api-errors';
import { exportHandlers, type ExportDialogs } from './export-handlers';
import { processImportHandlers } from './process-import-handlers';
import { executeBatch } from '../jobs/batch-job';
import { jobHandlers } from '../jobs/job-handlers';
import { createJobRunner, inlineExecutor, type JobRunner } from '../jobs/job-runner';
import { DownloadStore } from '../exports/download-store';
import { diagnosisHandlers } from './diagnosis-handlers';
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
  /** The desktop app opens a file it was started with before its window asks; this is that session. */
  launchSession?: () => string | undefined;
  /** Where exports, imports and big batches run: a worker thread in the hosts; this thread when absent. */
  jobs?: JobRunner;
  /** The browser host's finished exports, fetched by the page (the desktop saves through a dialog instead). */
  downloads?: DownloadStore;
}

function requireDialogs(options: HostOptions): HostDialogs {
  if (!options.dialogs) throw new UnavailableError('File dialogs are only available in the desktop app');
  return options.dialogs;
}

function handlers(workspace: Workspace, options: HostOptions): Handlers {
  const session = (id: string): ProjectSession => workspace.session(id);
  const jobs = options.jobs ?? createJobRunner(inlineExecutor);
  const downloads = options.downloads ?? new DownloadStore();
  return {
    ...exportHandlers(session, options.exportDialogs, jobs, downloads),
    ...processImportHandlers(session, options.exportDialogs, jobs),
    ...jobHandlers(jobs),
    ...diagnosisHandlers(session, options.exportDialogs, jobs, downloads),
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
      const { state } = session(r.session);
      return executeBatch(jobs, () => session(r.session), templateCommands(r.templateId, state.meta.language, state, randomUUID), 'addTemplate');
    },
    'project.open': (r) => {
      if (options.restrictToLibrary && !workspace.library.contains(r.path)) {
        throw new ProjectFileError('unreadable', 'Only projects in the project folder can be opened here', { path: r.path });
      }
      return workspace.open(r.path, r.readOnly ? { readOnly: true } : {});
    },
    'project.openDialog': async () => {
      const path = await requireDialogs(options).chooseProjectToOpen();
      return path ? workspace.open(path) : null;
    },
    'project.saveAsDialog': async (r) => {
      const s = session(r.session);
      const path = await requireDialogs(options).chooseSaveAsPath(s.path, s.state.meta.name);
      return path ? workspace.saveAs(s.id, path) : null;
    },
    'project.current': (r) => {
      const id = r.session ?? options.launchSession?.();
      const s = id ? workspace.find(id) : undefined;
      return s ? s.snapshot() : null;
    },
    'project.changes': (r) => session(r.session).changes(),
    'project.close': (r) => {
      workspace.close(r.session);
      return null;
    },
    'project.execute': (r) => session(r.session).execute(r.command),
    'project.undo': (r) => session(r.session).undo(),
    'project.redo': (r) => session(r.session).redo(),
    'templates.list': () => workspace.templates.list(),
    'templates.saveProcess': (r) => workspace.templates.save(r.name, snapshotProcess(session(r.session).state, r.processId)),
    'templates.add': (r) => {
      const { state } = session(r.session);
      const { name, snapshot } = workspace.templates.load(r.id);
      const processName = freeProcessName(state, name, (n) => `${name} (${n})`);
      return executeBatch(jobs, () => session(r.session), { type: 'batch', label: `Add from template: ${name}`, commands: snapshotCommands(snapshot, state, processName, randomUUID) });
    },
    'templates.delete': (r) => {
      workspace.templates.remove(r.id);
      return workspace.templates.list();
    },
  };
}

export type Dispatch = (channel: unknown, request: unknown) => Promise<Result<unknown>>;

/** Binds the services to the contract: every request is validated before any service sees it. */
export function createDispatch(workspace: Workspace, options: HostOptions): Dispatch {
  const table = handlers(workspace, options);
  return async (channel, request) => {
    if (!isChannel(channel)) return { ok: false, error: invalidRequest(`Unknown channel ${String(channel).slice(0, 100)}`) };
    try {
      const parsed = contract[channel].request.parse(request ?? {});
      const handler = table[channel] as (r: unknown) => unknown;
      return { ok: true, value: await handler(parsed) };
    } catch (err) {
      return { ok: false, error: toApiError(err) };
    }
  };
}
