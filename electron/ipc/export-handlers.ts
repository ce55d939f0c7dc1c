import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Command } from '../../shared/commands/command-schema';
import type { ExportKind, ImportPreviewView, ParsedRequestOf, ProcessImportFormat, ResponseOf } from '../../shared/ipc/contract';
import type { ImportPreview } from '../excel/raci-workbook-import';
import type { DownloadStore } from '../exports/download-store';
import { exportFileName } from '../exports/project-exports';
import { writeAtomically } from '../exports/write-atomically';
import { JobCancelledError } from '../jobs/job-errors';
import type { JobRunner } from '../jobs/job-runner';
import type { ProjectSession } from '../project/project-session';

/** Where exports go and imports come from in the desktop app; each resolves to null when the user cancels. */
export interface ExportDialogs {
  chooseExportPath(fileName: string, kind: ExportKind): Promise<string | null>;
  chooseWorkbookToImport(): Promise<string | null>;
  chooseProcessFileToImport(format: ProcessImportFormat): Promise<string | null>;
}

type ExportChannel = 'export.file' | 'import.xlsxPreview' | 'import.xlsxApply';
type ExportHandlers = { [C in ExportChannel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

const PREVIEW_ROWS = 500;

export class ImportRequestError extends Error {}

/** The job's result, or null when the user cancelled it. */
async function unlessCancelled<T>(result: Promise<T>): Promise<T | null> {
  try {
    return await result;
  } catch (err) {
    if (err instanceof JobCancelledError) return null;
    throw err;
  }
}

async function previewFromBytes(jobs: JobRunner, session: ProjectSession, bytes: Buffer): Promise<ImportPreview | null> {
  const dir = await mkdtemp(join(tmpdir(), 'lanewise-import-'));
  try {
    const path = join(dir, 'upload.xlsx');
    await writeFile(path, bytes);
    return await unlessCancelled(jobs.run({ type: 'importPreview', state: session.state, workbookPath: path }, session.id));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Exports and the Excel import, run as jobs off the thread that answers requests: bytes for a
 * browser download, or a save/open dialog on the desktop. An export is of the state when it starts.
 */
export function exportHandlers(session: (id: string) => ProjectSession, dialogs: ExportDialogs | undefined, jobs: JobRunner, downloads: DownloadStore): ExportHandlers {
  // The preview each session is looking at; applying it needs its token, so a stale preview cannot be applied.
  const pending = new Map<string, { token: string; command: Command; sessionPath: string }>();

  return {
    'export.file': async (r) => {
      const { state } = session(r.session);
      const { fileName } = exportFileName(state, r.kind, r.processId);
      const job = jobs.start({ type: 'export', state, kind: r.kind, processId: r.processId }, r.session);
      const exported = unlessCancelled(job.result);
      if (!dialogs) {
        const file = await exported;
        return file ? { kind: 'download', fileName: file.fileName, mime: file.mime, url: downloads.put(file) } : { kind: 'cancelled' };
      }
      // The export runs while the user chooses where it goes (a failure meanwhile is reported after the dialog).
      exported.catch(() => undefined);
      const path = await dialogs.chooseExportPath(fileName, r.kind).catch((err: unknown) => {
        jobs.cancel(job.id);
        throw err;
      });
      if (!path) jobs.cancel(job.id);
      const file = await exported;
      if (!path || !file) return { kind: 'cancelled' };
      await writeAtomically(path, file.bytes);
      return { kind: 'saved', path };
    },
    'import.xlsxPreview': async (r) => {
      const current = session(r.session);
      let fileName: string;
      let preview: ImportPreview | null;
      if (r.base64 !== undefined) {
        fileName = r.fileName ?? 'workbook.xlsx';
        preview = await previewFromBytes(jobs, current, Buffer.from(r.base64, 'base64'));
      } else {
        if (!dialogs) throw new ImportRequestError('Choose a workbook to upload');
        const path = await dialogs.chooseWorkbookToImport();
        if (!path) return null;
        fileName = basename(path);
        preview = await unlessCancelled(jobs.run({ type: 'importPreview', state: current.state, workbookPath: path }, current.id));
      }
      if (!preview) return null;
      const token = randomUUID();
      if (preview.command) pending.set(current.id, { token, command: preview.command, sessionPath: current.path });
      else pending.delete(current.id);
      const view: ImportPreviewView = {
        token: preview.command ? token : '',
        fileName,
        added: preview.added,
        removed: preview.removed,
        changed: preview.changed,
        changes: preview.changes.slice(0, PREVIEW_ROWS).map((c) => ({
          processName: current.state.tables.processes[c.processId]?.name ?? '',
          stepCode: c.stepCode,
          stepName: current.state.tables.steps[c.stepId]?.name ?? '',
          partyName: c.partyName,
          before: c.before,
          after: c.after,
        })),
        unmatched: [
          ...preview.unmatchedSheets.map((s) => `${s.sheet}`),
          ...preview.unmatchedRows.map((u) => `${u.sheet} · ${u.row}: ${u.text}`),
          ...preview.unmatchedColumns.map((u) => `${u.sheet} · ${u.column}: ${u.text}`),
        ],
      };
      return view;
    },
    'import.xlsxApply': (r) => {
      const current = session(r.session);
      const waiting = pending.get(current.id);
      if (!waiting || waiting.token !== r.token || waiting.sessionPath !== current.path) throw new ImportRequestError('This import preview is out of date; preview the workbook again');
      pending.delete(current.id);
      return current.execute(waiting.command, 'import');
    },
  };
}
