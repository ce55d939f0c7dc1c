import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import { importPlan, type ImportPlan } from '../../shared/interchange/import-commands';
import { interchangeLabels } from '../../shared/interchange/interchange-labels';
import { readProcessTable } from '../../shared/interchange/table-import';
import type { ProjectState } from '../../shared/model/project-state';
import { readTableFile } from './table-read';
import { TableImportError } from './table-import-error';

/**
 * What importing a process table (xlsx or CSV, hand-written or exported) would add, as one batch
 * not yet applied; steps laid out from the flows. Throws TableImportError, naming each bad cell,
 * when anything in the table is wrong: then nothing is imported.
 */
export async function previewTableImport(state: ProjectState, bytes: Uint8Array, fileName: string, newId: () => string = randomUUID): Promise<ImportPlan> {
  const language = state.meta.language;
  const { rows, sheetName } = await readTableFile(bytes, fileName, language);
  const { processes, issues } = readProcessTable(rows, sheetName || basename(fileName, extname(fileName)));
  if (issues.length > 0) throw TableImportError.fromIssues(fileName, issues, language);
  if (processes.length === 0) throw TableImportError.fromIssues(fileName, [{ cell: 'A2', code: 'noName', value: '' }], language);
  return importPlan(state, processes, [], { newId, label: interchangeLabels(language).importTableLabel(fileName) });
}
