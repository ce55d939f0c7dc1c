import { rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { addDiagramPages } from './diagram-pages';
import { newPdfDocument, pdfBytes } from './pdf-document';

/** Swimlane diagrams as one vector PDF: each process (or the ones named) on pages of its own, one page per part. */
export async function diagramsPdfBytes(state: ProjectState, processIds?: readonly string[]): Promise<Buffer> {
  const ids = processIds ?? sortedByOrder(rowsOf(state, 'processes')).map((p) => p.id);
  const first = state.tables.processes[ids[0] ?? ''];
  const doc = newPdfDocument(state.meta.language, ids.length === 1 && first ? first.name : state.meta.name);
  for (const id of ids) addDiagramPages(doc, state, id);
  if (ids.length === 0) doc.addPage();
  return pdfBytes(doc);
}
