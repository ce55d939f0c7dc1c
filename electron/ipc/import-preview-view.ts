import type { ImportCellView, ImportPreviewView } from '../../shared/ipc/contract';
import { own } from '../../shared/model/id-map';
import type { ProjectState } from '../../shared/model/project-state';
import type { CellComparison, ImportPreview } from '../excel/raci-workbook-import';

/** Each group of a preview sends its first rows and its count: a workbook may differ in 200,000 cells. */
export const PREVIEW_ROWS = 200;

function cellView(state: ProjectState, c: CellComparison): ImportCellView {
  return {
    processName: own(state.tables.processes, c.processId)?.name ?? '',
    stepCode: c.stepCode,
    stepName: c.stepName,
    partyName: c.partyName,
    ref: c.ref,
    base: c.base,
    mine: c.mine,
    theirs: c.theirs,
  };
}

/** The preview as the import dialog shows it; `token` names it for applying ('' when there is nothing to apply). */
export function importPreviewView(state: ProjectState, preview: ImportPreview, token: string): ImportPreviewView {
  const first = <T, V>(list: readonly T[], view: (item: T) => V) => list.slice(0, PREVIEW_ROWS).map(view);
  return {
    token,
    fileName: preview.fileName,
    record: preview.record.kind,
    exportedAt: preview.record.kind === 'found' ? preview.record.exportedAt : '',
    counts: { applied: preview.applied.length, kept: preview.kept.length, conflicts: preview.conflicts.length, bad: preview.badCount, notes: preview.notes.length },
    applied: first(preview.applied, (c) => cellView(state, c)),
    kept: first(preview.kept, (c) => cellView(state, c)),
    conflicts: first(preview.conflicts, (c) => cellView(state, c)),
    bad: first(preview.bad, (b) => ({ ...b })),
    notes: first(preview.notes, (n) => ({
      processName: own(state.tables.processes, n.processId)?.name ?? '',
      stepLabel: n.stepLabel,
      partyLabel: n.partyLabel,
      source: n.source,
      author: n.author,
      writtenAt: n.writtenAt,
      text: n.text,
    })),
  };
}

/** Whether applying the preview would change anything at all. */
export function hasWork(preview: ImportPreview): boolean {
  return preview.applied.length > 0 || preview.conflicts.length > 0 || preview.notes.length > 0;
}
