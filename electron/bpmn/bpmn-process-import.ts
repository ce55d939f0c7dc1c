import { randomUUID } from 'node:crypto';
import type { ProjectState } from '../../shared/model/project-state';
import { importPlan, type ImportPlan } from '../../shared/interchange/import-commands';
import { interchangeLabels } from '../../shared/interchange/interchange-labels';
import type { LeftOut } from '../../shared/interchange/import-report';
import { mapBpmn } from './bpmn-import';
import { BpmnImportError } from './bpmn-import-error';
import { readBpmn } from './bpmn-read';

/**
 * What importing a BPMN file would add to the project, as one batch not yet applied. Throws
 * BpmnImportError (nothing changed) for a file that cannot be read.
 */
export async function previewBpmnImport(state: ProjectState, bytes: Uint8Array, fileName: string, newId: () => string = randomUUID): Promise<ImportPlan> {
  const language = state.meta.language;
  const { definitions, warnings } = await readBpmn(bytes, fileName, language);
  const { processes, leftOut } = mapBpmn(definitions, language);
  if (processes.length === 0) throw new BpmnImportError('noProcess', fileName, language);
  const unread: LeftOut[] = warnings.map((w) => ({ kind: 'other', name: w, process: '', type: 'XML' }));
  return importPlan(state, processes, [...leftOut, ...unread], { newId, label: interchangeLabels(language).importBpmnLabel(fileName) });
}
