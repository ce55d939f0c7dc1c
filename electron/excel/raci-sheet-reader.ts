import type { BadCellReason, BadCellView } from '../../shared/ipc/import-preview';
import type { Process } from '../../shared/model/entities';
import { own } from '../../shared/model/id-map';
import type { ProjectState } from '../../shared/model/project-state';
import { cellRef, sheetCellRef } from '../../shared/interchange/cell-refs';
import { CODE_HEADERS, DEPARTMENT_ITSELF, NAME_HEADERS, REMARKS_HEADERS } from './excel-labels';
import { parseLetters } from './raci-cell-text';
import { PROCESS_ANCHOR_PREFIX, REMARKS_ANCHOR } from './raci-sheet-layout';
import { sanitiseSheetName } from './sheet-names';
import { parseCellRef } from './xlsx-reader/sheet-part';
import { cellAt, cellText, lastColumn, rowNumbers, type CellRange, type CellValue, type SheetData } from './xlsx-reader/workbook-data';

/** One RACI cell as found in the workbook, letters already in canonical form. */
export interface ReadCell {
  readonly stepId: string;
  readonly partyId: string;
  readonly letters: string;
  readonly ref: string;
}

/** A remark or a note a reviewer left on the sheet. */
export interface ClientNote {
  readonly processId: string;
  /** The step of the row it was left on; null for a row that is no step (a header, a row typed in). */
  readonly stepId: string | null;
  /** The row's code and name as the workbook shows them, for notes of rows that are no step. */
  readonly rowLabel: string;
  /** The party of the RACI cell it was left on, if any. */
  readonly partyId: string | null;
  readonly source: 'remark' | 'comment';
  readonly author: string;
  readonly writtenAt: string;
  readonly text: string;
  readonly ref: string;
}

export type BadCell = Readonly<BadCellView>;

export interface SheetResult {
  readonly cells: ReadCell[];
  readonly bad: BadCell[];
  readonly notes: ClientNote[];
}

const HEADER_SEARCH_ROWS = 20;
const HEADER_SEARCH_COLUMNS = 10;
/** Headers a client may give a column of their own remarks. */
const REMARK_WORDS: readonly string[] = [...REMARKS_HEADERS, '备注', '批注', 'Comments', 'Notes'];

/** Shared across the sheets of one workbook, so a step copied into two sheets is caught. */
export interface ReadContext {
  readonly state: ProjectState;
  readonly seenSteps: Set<string>;
  /** Author and time of remarks typed into cells, which carry none of their own. */
  readonly remarkAuthor: string;
  readonly remarkTime: string;
}

export interface Header {
  readonly row: number;
  readonly codeColumn: number;
}

type Rows = Pick<SheetData, 'rows'>;

function findProcessAnchor(sheet: Rows): string | null {
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    for (let c = 1; c <= 4; c++) {
      const value = cellText(sheet, r, c);
      if (value.startsWith(PROCESS_ANCHOR_PREFIX)) return value.slice(PROCESS_ANCHOR_PREFIX.length);
    }
  }
  return null;
}

/** The header is found by its texts (either language), so inserted or deleted rows and columns do not matter. */
function findHeader(sheet: Rows): Header | null {
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    for (let c = 1; c < HEADER_SEARCH_COLUMNS; c++) {
      if (CODE_HEADERS.includes(cellText(sheet, r, c)) && NAME_HEADERS.includes(cellText(sheet, r, c + 1))) return { row: r, codeColumn: c };
    }
  }
  return null;
}

function processOfSheet(state: ProjectState, name: string, anchor: string | null): Process | null {
  if (anchor !== null) return own(state.tables.processes, anchor) ?? null;
  const matches = Object.values(state.tables.processes).filter((p) => p.name === name || sanitiseSheetName(p.name, '') === name);
  return matches.length === 1 ? matches[0]! : null;
}

export interface RaciSheetFound {
  readonly process: Process | null;
  readonly header: Header | null;
}

/** The process a sheet belongs to (judged on its name and first rows), or null when it is no RACI matrix (legend, key nodes, a client's own sheet). */
export function identifyRaciSheet(state: ProjectState, sheet: Rows & { name: string }): RaciSheetFound | null {
  const anchor = findProcessAnchor(sheet);
  const process = processOfSheet(state, sheet.name, anchor);
  if (anchor === null && !process) return null;
  return { process, header: findHeader(sheet) };
}

interface Columns {
  readonly parties: ReadonlyArray<{ column: number; partyId: string }>;
  readonly remarks: readonly number[];
}

/**
 * The RACI cells, bad cells and notes of one matrix sheet. Nothing is guessed: a cell that cannot be
 * read for sure (not RACI letters, a formula never calculated, an error, part of a merged range) is
 * listed as bad with its place and left out, and the rest of the sheet still counts.
 */
export function readRaciSheet(ctx: ReadContext, sheet: SheetData, process: Process, header: Header): SheetResult {
  const result: SheetResult = { cells: [], bad: [], notes: [] };
  const where = (row: number, column: number) => sheetCellRef(sheet.name, cellRef(row, column));
  const columns = readColumns(ctx.state, sheet, header, result, where);
  const nameColumn = header.codeColumn + 1;
  const stepsByCode = new Map<string, string[]>();
  for (const s of Object.values(ctx.state.tables.steps)) {
    if (s.processId === process.id) stepsByCode.set(s.code, [...(stepsByCode.get(s.code) ?? []), s.id]);
  }
  const merged = new MergedCells(sheet.merges, header.row + 2, columns.parties.map((p) => p.column));
  const stepOfRow = new Map<number, string>();
  const labelOfRow = new Map<number, string>();

  for (const r of rowNumbers(sheet)) {
    if (r < header.row + 2) continue;
    const id = cellText(sheet, r, header.codeColumn - 1);
    const code = cellText(sheet, r, header.codeColumn);
    const name = cellText(sheet, r, nameColumn);
    const values = columns.parties.map((p) => ({ ...p, cell: cellAt(sheet, r, p.column) }));
    const remarks = columns.remarks.map((c) => ({ column: c, text: cellText(sheet, r, c) })).filter((x) => x.text);
    if (!id && !code && !name && remarks.length === 0 && values.every((v) => !v.cell?.text && !v.cell?.formula)) continue;

    const rowText = [code, name].filter(Boolean).join(' ') || id;
    labelOfRow.set(r, rowText);
    const rowRef = where(r, code ? header.codeColumn : name ? nameColumn : header.codeColumn - 1);
    const step = resolveStep(ctx.state, process, id, code, name, stepsByCode);
    if (step.kind !== 'found') {
      result.bad.push({ ref: step.kind === 'other-process' ? where(r, header.codeColumn - 1) : rowRef, reason: step.kind === 'other-process' ? 'step-of-other-process' : 'unknown-step', value: rowText });
      for (const remark of remarks) result.notes.push(note(ctx, process, null, rowText, null, 'remark', remark.text, where(r, remark.column)));
      continue;
    }
    if (ctx.seenSteps.has(step.stepId)) {
      result.bad.push({ ref: rowRef, reason: 'duplicate-step', value: rowText });
      continue;
    }
    ctx.seenSteps.add(step.stepId);
    stepOfRow.set(r, step.stepId);
    for (const v of values) {
      const ref = where(r, v.column);
      const problem = cellProblem(v.cell, merged.at(r, v.column));
      if (problem) {
        result.bad.push({ ref, reason: problem, value: v.cell?.text ?? '' });
        continue;
      }
      const letters = parseLetters(v.cell?.text ?? '');
      if (letters === null) result.bad.push({ ref, reason: 'not-raci', value: v.cell!.text });
      else result.cells.push({ stepId: step.stepId, partyId: v.partyId, letters, ref });
    }
    for (const remark of remarks) result.notes.push(note(ctx, process, step.stepId, rowText, null, 'remark', remark.text, where(r, remark.column)));
  }

  const partyAt = new Map(columns.parties.map((p) => [p.column, p.partyId]));
  for (const [ref, list] of sheet.notes) {
    const at = parseCellRef(ref);
    if (!at) continue;
    const stepId = stepOfRow.get(at.row) ?? null;
    const label = labelOfRow.get(at.row) ?? '';
    const partyId = stepId ? (partyAt.get(at.column) ?? null) : null;
    for (const n of list) result.notes.push({ ...note(ctx, process, stepId, label, partyId, 'comment', n.text, sheetCellRef(sheet.name, ref)), author: n.author, writtenAt: n.writtenAt });
  }
  return result;
}

function note(ctx: ReadContext, process: Process, stepId: string | null, rowLabel: string, partyId: string | null, source: 'remark' | 'comment', text: string, ref: string): ClientNote {
  return { processId: process.id, stepId, rowLabel, partyId, source, author: ctx.remarkAuthor, writtenAt: ctx.remarkTime, text, ref };
}

function cellProblem(cell: CellValue | undefined, merged: boolean): BadCellReason | null {
  if (merged) return 'merged';
  if (!cell) return null;
  if (cell.formula && !cell.formula.cached) return 'formula-without-value';
  if (cell.type === 'error') return 'error-value';
  return null;
}

/** Cells of the matrix inside a merged range: only its first cell holds a value, so none of them can be read for sure. */
class MergedCells {
  private readonly ranges: CellRange[];

  constructor(merges: readonly CellRange[], firstRow: number, partyColumns: readonly number[]) {
    const left = Math.min(...partyColumns);
    const right = Math.max(...partyColumns);
    this.ranges = partyColumns.length === 0 ? [] : merges.filter((m) => m.bottom >= firstRow && m.right >= left && m.left <= right && (m.bottom > m.top || m.right > m.left));
  }

  at(row: number, column: number): boolean {
    return this.ranges.some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
  }
}

type StepMatch = { kind: 'found'; stepId: string } | { kind: 'unknown' } | { kind: 'other-process' };

/**
 * The step of a row. The hidden id survives renames and renumbering in the app, so it is trusted
 * while its step still has the row's code or name. When it has neither and the row's code and name
 * both belong to another step, the client sorted the visible columns and left the hidden ids behind:
 * the visible cells go with that other step. Without an id (column deleted, row typed in) the code
 * decides. An id of a step of another process never writes there: the row is refused.
 */
function resolveStep(state: ProjectState, process: Process, id: string, code: string, name: string, stepsByCode: ReadonlyMap<string, string[]>): StepMatch {
  const candidates = stepsByCode.get(code) ?? [];
  const byCode = candidates.length === 1 ? candidates[0]! : null;
  if (!id) return byCode ? { kind: 'found', stepId: byCode } : { kind: 'unknown' };
  const step = own(state.tables.steps, id);
  if (!step) return { kind: 'unknown' };
  if (step.processId !== process.id) return { kind: 'other-process' };
  if (step.code === code || step.name === name) return { kind: 'found', stepId: id };
  return { kind: 'found', stepId: byCode && own(state.tables.steps, byCode)!.name === name ? byCode : id };
}

function readColumns(state: ProjectState, sheet: SheetData, header: Header, result: SheetResult, where: (row: number, column: number) => string): Columns {
  const anchorRow = header.row - 1;
  const parties: Array<{ column: number; partyId: string }> = [];
  const remarks: number[] = [];
  const seen = new Set<string>();
  const last = lastColumn(sheet);
  for (let c = header.codeColumn + 2; c <= last; c++) {
    const id = anchorRow >= 1 ? cellText(sheet, anchorRow, c) : '';
    // Cells of a merged department header: only the first holds the name.
    const top = cellText(sheet, header.row, c) || mergedText(sheet, header.row, c);
    const bottom = cellText(sheet, header.row + 1, c);
    if (!id && !top && !bottom) continue;
    if (id === REMARKS_ANCHOR) {
      remarks.push(c);
      continue;
    }
    const label = [top, bottom !== top ? bottom : ''].filter(Boolean).join(' / ');
    const partyId = resolveParty(state, id, top, bottom === top ? '' : bottom);
    if (!partyId && !id && REMARK_WORDS.includes(top) && (!bottom || bottom === top)) {
      remarks.push(c);
      continue;
    }
    if (!partyId || seen.has(partyId)) {
      result.bad.push({ ref: where(header.row, c), reason: partyId ? 'duplicate-party' : 'unknown-party', value: label || id });
      continue;
    }
    seen.add(partyId);
    parties.push({ column: c, partyId });
  }
  return { parties, remarks };
}

function mergedText(sheet: SheetData, row: number, column: number): string {
  const range = sheet.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
  return range ? cellText(sheet, range.top, range.left) : '';
}

/** As for steps: the hidden id while its party still carries the header's name, else the names decide. */
function resolveParty(state: ProjectState, id: string, departmentName: string, positionName: string): string | null {
  const byName = partyByName(state, departmentName, positionName);
  if (!id) return byName;
  const party = own(state.tables.positions, id) ?? own(state.tables.departments, id);
  if (!party) return null;
  const shown = positionName && !DEPARTMENT_ITSELF.includes(positionName) ? positionName : departmentName;
  if (party.name === shown) return id;
  return byName ?? id;
}

function partyByName(state: ProjectState, departmentName: string, positionName: string): string | null {
  const departments = Object.values(state.tables.departments).filter((d) => d.name === departmentName);
  if (!positionName || DEPARTMENT_ITSELF.includes(positionName)) return departments.length === 1 ? departments[0]!.id : null;
  const positions = Object.values(state.tables.positions).filter((p) => p.name === positionName);
  const inDepartment = positions.filter((p) => departments.some((d) => d.id === p.departmentId));
  const pick = inDepartment.length > 0 ? inDepartment : positions;
  return pick.length === 1 ? pick[0]!.id : null;
}
