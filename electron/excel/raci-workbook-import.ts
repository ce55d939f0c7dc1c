import { basename } from 'node:path';
import type { Command } from '../../shared/commands/command-schema';
import type { ProjectState } from '../../shared/model/project-state';
import { describeIssue, ExcelImportError, type ImportIssue } from './excel-errors';
import { excelLabels } from './excel-labels';
import { identifyRaciSheet, readRaciSheet, type ReadCell, type ReadContext, type UnmatchedColumn, type UnmatchedRow } from './raci-sheet-reader';
import { readWorkbookFile } from './workbook-reading';
import type { ReportProgress } from '../../shared/jobs/job-progress';

export type { UnmatchedColumn, UnmatchedRow } from './raci-sheet-reader';

export interface RaciImportChange {
  readonly stepId: string;
  readonly partyId: string;
  readonly processId: string;
  readonly stepCode: string;
  readonly partyName: string;
  /** Canonical letters ('' for an empty cell). */
  readonly before: string;
  readonly after: string;
}

export interface UnmatchedSheet {
  readonly sheet: string;
  readonly reason: 'unknownProcess';
}

export interface ImportPreview {
  readonly changes: RaciImportChange[];
  /** Cells empty before and filled now. */
  readonly added: number;
  /** Cells filled before and empty now. */
  readonly removed: number;
  /** Cells whose letters changed. */
  readonly changed: number;
  readonly unmatchedRows: UnmatchedRow[];
  readonly unmatchedColumns: UnmatchedColumn[];
  /** RACI sheets of processes no longer in the project. */
  readonly unmatchedSheets: UnmatchedSheet[];
  /** One batch setting every changed cell, for execute(); null when nothing changes. */
  readonly command: Command | null;
}

const MAX_LISTED_ISSUES = 5;

/**
 * Reads a RACI workbook a client edited and works out what it would change. The project is not
 * touched: applying `command` is one undoable step. Throws ExcelImportError for anything that is not
 * a readable Lanewise RACI workbook, or when a cell holds something other than RACI letters.
 */
export async function previewRaciImport(state: ProjectState, xlsxPath: string, report: ReportProgress = () => undefined): Promise<ImportPreview> {
  report('reading', 0);
  const workbook = await readWorkbookFile(xlsxPath);
  report('comparing', 0.5);
  const ctx: ReadContext = { state, seenSteps: new Set() };
  const cells: ReadCell[] = [];
  const unmatchedRows: UnmatchedRow[] = [];
  const unmatchedColumns: UnmatchedColumn[] = [];
  const unmatchedSheets: UnmatchedSheet[] = [];
  const issues: ImportIssue[] = [];
  let raciSheets = 0;

  for (const [i, ws] of workbook.worksheets.entries()) {
    report('comparing', 0.5 + (0.5 * i) / workbook.worksheets.length);
    const found = identifyRaciSheet(state, ws);
    if (!found) continue;
    raciSheets++;
    if (!found.process) {
      unmatchedSheets.push({ sheet: ws.name, reason: 'unknownProcess' });
      continue;
    }
    if (!found.header) {
      issues.push({ sheet: ws.name, message: `no header row with "节点编号" and "节点名称" (or "Code" and "Step") was found` });
      continue;
    }
    const result = readRaciSheet(ctx, ws, found.process, found.header);
    // Appended one by one: spreading a 200,000-cell sheet into push() overflows the stack.
    for (const cell of result.cells) cells.push(cell);
    for (const row of result.unmatchedRows) unmatchedRows.push(row);
    for (const column of result.unmatchedColumns) unmatchedColumns.push(column);
    for (const issue of result.issues) issues.push(issue);
  }

  if (raciSheets === 0) {
    const sheets = workbook.worksheets.map((ws) => `"${ws.name}"`).join(', ') || 'none';
    throw new ExcelImportError(`"${basename(xlsxPath)}" is not a Lanewise RACI workbook: none of its sheets (${sheets}) is the RACI matrix of a process in this project`);
  }
  if (issues.length > 0) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map(describeIssue).join('\n');
    const more = issues.length > MAX_LISTED_ISSUES ? `\n… and ${issues.length - MAX_LISTED_ISSUES} more` : '';
    throw new ExcelImportError(`Nothing was imported from "${basename(xlsxPath)}":\n${listed}${more}`, issues);
  }

  const changes = compareCells(state, cells);
  return {
    changes,
    added: changes.filter((c) => !c.before).length,
    removed: changes.filter((c) => !c.after).length,
    changed: changes.filter((c) => c.before && c.after).length,
    unmatchedRows,
    unmatchedColumns,
    unmatchedSheets,
    command:
      changes.length === 0
        ? null
        : {
            type: 'batch',
            label: excelLabels(state.meta.language).importLabel,
            commands: changes.map((c) => ({ type: 'setRaci', stepId: c.stepId, partyId: c.partyId, letters: c.after })),
          },
  };
}

function compareCells(state: ProjectState, cells: readonly ReadCell[]): RaciImportChange[] {
  const { steps, departments, positions } = state.tables;
  const changes: RaciImportChange[] = [];
  for (const cell of cells) {
    const before = state.raci[cell.stepId]?.[cell.partyId] ?? '';
    if (before === cell.letters) continue;
    const step = steps[cell.stepId]!;
    const position = positions[cell.partyId];
    const department = departments[position ? position.departmentId : cell.partyId];
    const partyName = position ? (department ? `${department.name} / ${position.name}` : position.name) : (department?.name ?? cell.partyId);
    changes.push({ stepId: cell.stepId, partyId: cell.partyId, processId: step.processId, stepCode: step.code, partyName, before, after: cell.letters });
  }
  return changes;
}
