import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { userErrorText, type UserErrorKey } from '../../shared/errors/user-errors';
import type { ExportKind, ExportOutcome, ParsedRequestOf, ProcessImportFormat, ResponseOf } from '../../shared/ipc/contract';
import { importCommand, type ConflictResolution, type ImportPreview } from '../excel/raci-workbook-import';
import type { DownloadStore } from '../exports/download-store';
import { exportFileName, type ExportedFile } from '../exports/project-exports';
import { writeAtomically } from '../exports/write-atomically';
import { JobCancelledError } from '../jobs/job-errors';
import type { JobRunner, RunningJob } from '../jobs/job-runner';
import type { ProjectSession } from '../project/project-session';
import { hasWork, importPreviewView } from './import-preview-view';

/** Where exports go and imports come from in the desktop app; each resolves to null when the user cancels. */
export interface ExportDialogs {
  chooseExportPath(fileName: string, kind: ExportKind): Promise<string | null>;
  chooseWorkbookToImport(): Promise<string | null>;
  chooseProcessFileToImport(format: ProcessImportFormat): Promise<string | null>;
  /** Filled questionnaires (several at once when `multiple`) or a history data workbook. */
  chooseWorkbooksToImport(multiple: boolean): Promise<string[] | null>;
}

type ExportChannel = 'export.file' | 'import.xlsxPreview' | 'import.xlsxApply';
type ExportHandlers = { [C in ExportChannel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

/** The job's result, or null when the user cancelled it. */
async function unlessCancelled<T>(result: Promise<T>): Promise<T | null> {
  try {
    return await result;
  } catch (err) {
    if (err instanceof JobCancelledError) return null;
    throw err;
  }
}

/** An import request that cannot be served (no file chosen, a stale preview); `key` words it in the user's language. */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly key: UserErrorKey = 'import.failed',
    readonly params: Readonly<Record<string, string>> = { detail: message },
  ) {
    super(message);
  }

  static keyed(key: UserErrorKey, params: Readonly<Record<string, string>> = {}): ImportRequestError {
    return new ImportRequestError(userErrorText(key, params, 'en'), key, params);
  }
}

function resolutionOf(request: ParsedRequestOf<'import.xlsxApply'>['conflicts']): ConflictResolution {
  return {
    ...(request?.all ? { all: request.all } : {}),
    cells: new Map((request?.cells ?? []).map((c) => [c.index, c.take])),
  };
}

/**
 * Hands a running export to the user: the browser fetches it from the download store; on the
 * desktop it runs while the user chooses where it goes (a failure meanwhile is reported after the
 * dialog), and cancelling the dialog cancels the job.
 */
export async function deliverExport(job: RunningJob<ExportedFile>, to: { jobs: JobRunner; dialogs: ExportDialogs | undefined; downloads: DownloadStore; fileName: string; kind: ExportKind }): Promise<ExportOutcome> {
  const exported = unlessCancelled(job.result);
  if (!to.dialogs) {
    const file = await exported;
    return file ? { kind: 'download', fileName: file.fileName, mime: file.mime, url: to.downloads.put(file) } : { kind: 'cancelled' };
  }
  exported.catch(() => undefined);
  const path = await to.dialogs.chooseExportPath(to.fileName, to.kind).catch((err: unknown) => {
    to.jobs.cancel(job.id);
    throw err;
  });
  if (!path) to.jobs.cancel(job.id);
  const file = await exported;
  if (!path || !file) return { kind: 'cancelled' };
  await writeAtomically(path, file.bytes);
  return { kind: 'saved', path };
}

/**
 * Exports and the Excel import, run as jobs off the thread that answers requests: bytes for a
 * browser download, or a save/open dialog on the desktop. An export is of the state when it starts.
 */
export function exportHandlers(session: (id: string) => ProjectSession, dialogs: ExportDialogs | undefined, jobs: JobRunner, downloads: DownloadStore): ExportHandlers {
  // The preview each session is looking at; applying it needs its token, so a stale preview cannot be applied.
  const pending = new Map<string, { token: string; preview: ImportPreview; sessionPath: string }>();

  return {
    'export.file': async (r) => {
      const { state } = session(r.session);
      const { fileName } = exportFileName(state, r.kind, r.processId);
      return deliverExport(jobs.start({ type: 'export', state, kind: r.kind, processId: r.processId }, r.session), { jobs, dialogs, downloads, fileName, kind: r.kind });
    },
    'import.xlsxPreview': async (r) => {
      const current = session(r.session);
      let preview: ImportPreview | null;
      if (r.base64 !== undefined) {
        const source = { bytes: Buffer.from(r.base64, 'base64'), fileName: basename(r.fileName ?? 'workbook.xlsx') };
        preview = await unlessCancelled(jobs.run({ type: 'importPreview', state: current.state, source }, current.id));
      } else {
        if (!dialogs) throw ImportRequestError.keyed('import.choose-file');
        const path = await dialogs.chooseWorkbookToImport();
        if (!path) return null;
        preview = await unlessCancelled(jobs.run({ type: 'importPreview', state: current.state, source: { path } }, current.id));
      }
      if (!preview) return null;
      const token = hasWork(preview) ? randomUUID() : '';
      if (token) pending.set(current.id, { token, preview, sessionPath: current.path });
      else pending.delete(current.id);
      return importPreviewView(current.state, preview, token);
    },
    'import.xlsxApply': (r) => {
      const current = session(r.session);
      const waiting = pending.get(current.id);
      if (!waiting || waiting.token !== r.token || waiting.sessionPath !== current.path) throw ImportRequestError.keyed('import.stale-preview');
      // Built against the project as it is now: a cell changed since the preview refuses the whole import.
      const command = importCommand(current.state, waiting.preview, resolutionOf(r.conflicts));
      pending.delete(current.id);
      return command ? current.execute(command, 'import') : current.changes();
    },
  };
}
