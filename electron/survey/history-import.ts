import { planHistoryImport, type HistoryImportPlan } from '../../shared/diagnosis/history-import-plan';
import type { ProjectState } from '../../shared/model/project-state';
import { readHistoryWorkbook } from './history-workbook';
import type { UploadedWorkbook } from './uploaded-workbook';

/** Reads a history data workbook and plans its import: one change, or the problems and no change. */
export async function planHistoryFile(state: ProjectState, file: UploadedWorkbook, options: { newId: (prefix: string) => string; label: string }): Promise<HistoryImportPlan> {
  const read = await readHistoryWorkbook(file);
  if ('problems' in read) return { problems: read.problems, command: null, added: 0, updated: 0 };
  return planHistoryImport(state, read.rows, options);
}
