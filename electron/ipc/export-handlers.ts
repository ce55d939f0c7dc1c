import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Command } from '../../shared/commands/command-schema';
import type { ExportKind, ImportPreviewView, ParsedRequestOf, ProcessImportFormat, ResponseOf } from '../../shared/ipc/contract';
import { previewRaciImport } from '../excel/raci-workbook-import';
import { exportProjectFile } from '../exports/project-exports';
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

async function previewFromBytes(session: ProjectSession, bytes: Buffer): Promise<Awaited<ReturnType<typeof previewRaciImport>>> {
  const dir = await mkdtemp(join(tmpdir(), 'lanewise-import-'));
  try {
    const path = join(dir, 'upload.xlsx');
    await writeFile(path, bytes);
    return await previewRaciImport(session.state, path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Exports and the Excel import: bytes for a browser download, or a save/open dialog on the desktop. */
export function exportHandlers(session: (id: string) => ProjectSession, dialogs: ExportDialogs | undefined): ExportHandlers {
  // The preview each session is looking at; applying it needs its token, so a stale preview cannot be applied.
  const pending = new Map<string, { token: string; command: Command; sessionPath: string }>();

  return {
    'export.file': async (r) => {
      const file = await exportProjectFile(session(r.session).state, r.kind, r.processId);
      if (!dialogs) return { kind: 'download', fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64') };
      const path = await dialogs.chooseExportPath(file.fileName, r.kind);
      if (!path) return { kind: 'cancelled' };
      await writeFile(path, file.bytes);
      return { kind: 'saved', path };
    },
    'import.xlsxPreview': async (r) => {
      const current = session(r.session);
      let fileName: string;
      let preview: Awaited<ReturnType<typeof previewRaciImport>>;
      if (r.base64 !== undefined) {
        fileName = r.fileName ?? 'workbook.xlsx';
        preview = await previewFromBytes(current, Buffer.from(r.base64, 'base64'));
      } else {
        if (!dialogs) throw new ImportRequestError('Choose a workbook to upload');
        const path = await dialogs.chooseWorkbookToImport();
        if (!path) return null;
        fileName = basename(path);
        preview = await previewRaciImport(current.state, path);
      }
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
