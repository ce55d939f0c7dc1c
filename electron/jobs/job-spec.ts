import type { Command, CommandInput } from '../../shared/commands/command-schema';
import type { Op } from '../../shared/commands/ops';
import type { ImportPlan } from '../../shared/interchange/import-commands';
import type { ExportKind, ProcessImportFormat } from '../../shared/ipc/contract';
import type { DiagnosisExportKind } from '../../shared/ipc/diagnosis-requests';
import type { JobKind } from '../../shared/jobs/job-progress';
import type { ProjectState } from '../../shared/model/project-state';
import type { ImportPreview, WorkbookSource } from '../excel/raci-workbook-import';
import type { ExportedFile } from '../exports/project-exports';

/**
 * Work too long for the thread that answers the API. Each job carries its own copy of the project
 * state (taken when the job starts), so an export is of the state it was started at, whatever the
 * user edits, deletes or renames meanwhile.
 */
export type JobSpec =
  | { type: 'export'; state: ProjectState; kind: ExportKind; processId?: string | undefined }
  | { type: 'diagnosisExport'; state: ProjectState; kind: DiagnosisExportKind }
  | { type: 'importPreview'; state: ProjectState; source: WorkbookSource }
  | { type: 'processImportPreview'; state: ProjectState; format: ProcessImportFormat; bytes: Uint8Array; fileName: string }
  | { type: 'batch'; state: ProjectState; command: CommandInput | Command };

/** A command worked out on a copy of the state: the ops to apply and their inverse, for undo. */
export interface PreparedChange {
  ops: Op[];
  inverse: Op[];
}

export interface JobOutputs {
  export: ExportedFile;
  diagnosisExport: ExportedFile;
  importPreview: ImportPreview;
  processImportPreview: ImportPlan;
  batch: PreparedChange;
}

export type JobOutput<S extends JobSpec> = JobOutputs[S['type']];

/** Exports and imports show progress and run one at a time; a batch is quick and runs beside them. */
export function progressKind(spec: JobSpec): JobKind | null {
  switch (spec.type) {
    case 'export':
    case 'diagnosisExport':
      return 'export';
    case 'importPreview':
    case 'processImportPreview':
      return 'import';
    case 'batch':
      return null;
  }
}
