import { basename } from 'node:path';
import type { Command } from '../../shared/commands/command-schema';
import type { ConflictChoice } from '../../shared/ipc/import-preview';
import type { ReviewNote } from '../../shared/model/entities';
import { own } from '../../shared/model/id-map';
import type { ProjectState } from '../../shared/model/project-state';
import { ExcelImportError } from './excel-errors';
import { excelLabels } from './excel-labels';
import { ExportBase, isRecordSheet, readRecord, RECORD_SHEET } from './export-record';
import { identifyRaciSheet, readRaciSheet, type BadCell, type ClientNote, type ReadCell, type ReadContext } from './raci-sheet-reader';
import { newReviewNotes, partyLabel } from './review-notes-import';
import { sheetCellRef } from '../../shared/interchange/cell-refs';
import { classifyCell } from './three-way';
import { readWorkbook, readWorkbookFile } from './xlsx-reader/read-workbook';
import type { WorkbookData } from './xlsx-reader/workbook-data';
import type { ReportProgress } from '../../shared/jobs/job-progress';

export type { BadCell } from './raci-sheet-reader';
export type { ConflictChoice } from '../../shared/ipc/import-preview';

/** A workbook on disk, or uploaded bytes; `fileName` is how the user knows it. */
export type WorkbookSource = { readonly path: string; readonly fileName?: string } | { readonly bytes: Buffer; readonly fileName: string };

/** One RACI cell that differs between the workbook and the project, with what it was at export. */
export interface CellComparison {
  readonly stepId: string;
  readonly partyId: string;
  readonly processId: string;
  readonly stepCode: string;
  readonly stepName: string;
  readonly partyName: string;
  /** Where it sits in the workbook, as Excel names it. */
  readonly ref: string;
  /** Canonical letters at export time; null when the workbook does not say (no record, or a cell added since). */
  readonly base: string | null;
  /** In the project now. */
  readonly mine: string;
  /** In the workbook. */
  readonly theirs: string;
}

/** Whether the workbook says what it was exported from. */
export type RecordStatus = { readonly kind: 'found'; readonly exportedAt: string } | { readonly kind: 'missing' } | { readonly kind: 'damaged' };

export interface ImportPreview {
  readonly fileName: string;
  readonly record: RecordStatus;
  /** Cells only the client changed (or, without a record, every difference): applied. */
  readonly applied: readonly CellComparison[];
  /** Cells only Lanewise changed since the export: the project's value is kept. */
  readonly kept: readonly CellComparison[];
  /** Cells both changed, differently: the user settles each. */
  readonly conflicts: readonly CellComparison[];
  /** The first bad cells, in workbook order; `badCount` says how many there are in all. */
  readonly bad: readonly BadCell[];
  readonly badCount: number;
  /** Remarks and notes the project does not hold yet, added as review notes. */
  readonly notes: readonly ReviewNote[];
}

/** How the conflicts are settled: one choice for all, and per conflict (by index) where it differs. */
export interface ConflictResolution {
  readonly all?: ConflictChoice;
  readonly cells?: ReadonlyMap<number, ConflictChoice>;
}

/** A preview lists this many bad cells; a hostile sheet may hold a million of them. */
const MAX_LISTED_BAD = 1000;
const CLIENT_TOOLS_AUTHOR = 'Lanewise';

function fileNameOf(source: WorkbookSource): string {
  return source.fileName ?? basename((source as { path: string }).path);
}

/**
 * Reads a RACI workbook a client edited and works out, three ways, what importing it would do.
 * The project is not touched; `importCommand` turns the preview (and how conflicts are settled)
 * into one undoable change. Throws WorkbookReadError for a file that is no readable workbook and
 * ExcelImportError for one that is not a RACI workbook of this project.
 */
export async function previewRaciImport(state: ProjectState, source: WorkbookSource, report: ReportProgress = () => undefined, now = new Date()): Promise<ImportPreview> {
  const fileName = fileNameOf(source);
  report('reading', 0);
  const wanted = { fileName, wanted: (head: Parameters<typeof identifyRaciSheet>[1]) => isRecordSheet(head) || identifyRaciSheet(state, head) !== null };
  const workbook = 'bytes' in source ? await readWorkbook(source.bytes, wanted) : await readWorkbookFile(source.path, wanted);

  report('comparing', 0.5);
  const reading = readRecord(workbook.sheets);
  if (reading.kind === 'found' && reading.record.projectId !== state.meta.projectId) {
    throw new ExcelImportError('import.other-project', { file: fileName, project: reading.record.projectName });
  }
  const base = reading.kind === 'found' ? new ExportBase(reading.record) : null;
  const { cells, bad, notes, sheets } = readSheets(state, workbook, base?.record.exportedAt ?? null);
  if (sheets === 0) {
    const names = workbook.sheetNames.filter((n) => n !== RECORD_SHEET).map((n) => `"${n}"`);
    throw new ExcelImportError('import.not-raci', { file: fileName, sheets: names.join(', ') || '—' });
  }

  const applied: CellComparison[] = [];
  const kept: CellComparison[] = [];
  const conflicts: CellComparison[] = [];
  for (const cell of cells) {
    const mine = own(state.raci, cell.stepId)?.[cell.partyId] ?? '';
    const was = base ? base.letters(cell.stepId, cell.partyId) : null;
    const outcome = classifyCell(was, mine, cell.letters);
    if (outcome === 'same') continue;
    const comparison = compared(state, cell, was, mine);
    if (outcome === 'apply') applied.push(comparison);
    else if (outcome === 'keep') kept.push(comparison);
    else conflicts.push(comparison);
  }
  return {
    fileName,
    record: reading.kind === 'found' ? { kind: 'found', exportedAt: reading.record.exportedAt } : reading,
    applied,
    kept,
    conflicts,
    bad: bad.slice(0, MAX_LISTED_BAD),
    badCount: bad.length,
    notes: newReviewNotes(state, notes, fileName, now.toISOString()),
  };
}

function compared(state: ProjectState, cell: ReadCell, base: string | null, mine: string): CellComparison {
  const step = own(state.tables.steps, cell.stepId)!;
  return { stepId: cell.stepId, partyId: cell.partyId, processId: step.processId, stepCode: step.code, stepName: step.name, partyName: partyLabel(state, cell.partyId), ref: cell.ref, base, mine, theirs: cell.letters };
}

function readSheets(state: ProjectState, workbook: WorkbookData, exportedAt: string | null): { cells: ReadCell[]; bad: BadCell[]; notes: ClientNote[]; sheets: number } {
  // Remarks typed in cells carry no author of their own: the last one to save the workbook wrote them,
  // unless nobody has saved it since Lanewise wrote it.
  const { lastModifiedBy, modified } = workbook.properties;
  // The file keeps whole seconds; the record keeps milliseconds.
  const savedSince = modified !== '' && (exportedAt === null || Math.abs(Date.parse(modified) - Date.parse(exportedAt)) >= 1000) && lastModifiedBy !== CLIENT_TOOLS_AUTHOR;
  const ctx: ReadContext = { state, seenSteps: new Set(), remarkAuthor: savedSince ? lastModifiedBy : '', remarkTime: savedSince ? modified : '' };
  const cells: ReadCell[] = [];
  const bad: BadCell[] = [];
  const notes: ClientNote[] = [];
  let sheets = 0;
  for (const sheet of workbook.sheets) {
    if (isRecordSheet(sheet)) continue;
    const found = identifyRaciSheet(state, sheet);
    if (!found) continue;
    sheets++;
    if (!found.process) {
      bad.push({ ref: sheetCellRef(sheet.name, 'A1'), reason: 'unknown-process', value: sheet.name });
      continue;
    }
    if (!found.header) {
      bad.push({ ref: sheetCellRef(sheet.name, 'A1'), reason: 'no-header', value: sheet.name });
      continue;
    }
    const result = readRaciSheet(ctx, sheet, found.process, found.header);
    // Appended one by one: spreading a 200,000-cell sheet into push() overflows the stack.
    for (const cell of result.cells) cells.push(cell);
    for (const b of result.bad) bad.push(b);
    for (const n of result.notes) notes.push(n);
  }
  return { cells, bad, notes, sheets };
}

/**
 * The one change that applies a preview: the client's cells, the conflicts settled their way, the
 * new review notes. It is made against the project as it is now, and refused when any cell it
 * would set has changed since the preview, so nothing newer is ever overwritten. Null when there
 * is nothing to do.
 */
export function importCommand(state: ProjectState, preview: ImportPreview, resolution: ConflictResolution = {}): Command | null {
  const taken: CellComparison[] = [...preview.applied];
  let unsettled = 0;
  preview.conflicts.forEach((c, i) => {
    const choice = resolution.cells?.get(i) ?? resolution.all;
    if (!choice) unsettled++;
    else if (choice === 'theirs') taken.push(c);
  });
  if (unsettled > 0) throw new ExcelImportError('import.unsettled', { file: preview.fileName, count: String(unsettled) });
  const changed = () => new ExcelImportError('import.changed-since-preview', { file: preview.fileName });
  for (const c of [...taken, ...preview.conflicts]) {
    if (!own(state.tables.steps, c.stepId) || (own(state.raci, c.stepId)?.[c.partyId] ?? '') !== c.mine) throw changed();
  }
  const notes = preview.notes.filter((n) => !own(state.tables.reviewNotes, n.id));
  for (const n of notes) if (!own(state.tables.processes, n.processId) || (n.stepId && !own(state.tables.steps, n.stepId))) throw changed();
  const commands: Command[] = [
    ...taken.map((c): Command => ({ type: 'setRaci', stepId: c.stepId, partyId: c.partyId, letters: c.theirs })),
    ...notes.map((row): Command => ({ type: 'add', table: 'reviewNotes', row })),
  ];
  return commands.length === 0 ? null : { type: 'batch', label: excelLabels(state.meta.language).importLabel, commands };
}
