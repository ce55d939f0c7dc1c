import type { Worksheet } from 'exceljs';
import type { Process } from '../../shared/model/entities';
import type { ProjectState } from '../../shared/model/project-state';
import { cellRef, columnLetter } from '../../shared/interchange/cell-refs';
import type { ImportIssue } from './excel-errors';
import { CODE_HEADERS, DEPARTMENT_ITSELF, NAME_HEADERS } from './excel-labels';
import { parseLetters } from './raci-cell-text';
import { PROCESS_ANCHOR_PREFIX } from './raci-sheet-layout';
import { sanitiseSheetName } from './sheet-names';
import { cellText } from './workbook-reading';

export type UnmatchedReason = 'unknown' | 'duplicate';

export interface UnmatchedRow {
  readonly sheet: string;
  readonly row: number;
  readonly text: string;
  readonly reason: UnmatchedReason;
}

export interface UnmatchedColumn {
  readonly sheet: string;
  readonly column: string;
  readonly text: string;
  readonly reason: UnmatchedReason;
}

/** One RACI cell as found in the workbook, letters already in canonical form. */
export interface ReadCell {
  readonly stepId: string;
  readonly partyId: string;
  readonly letters: string;
}

export interface SheetResult {
  readonly cells: ReadCell[];
  readonly unmatchedRows: UnmatchedRow[];
  readonly unmatchedColumns: UnmatchedColumn[];
  readonly issues: ImportIssue[];
}

const HEADER_SEARCH_ROWS = 20;
const HEADER_SEARCH_COLUMNS = 10;

/** Shared across the sheets of one workbook, so a step copied into two sheets is caught. */
export interface ReadContext {
  readonly state: ProjectState;
  readonly seenSteps: Set<string>;
}

interface Header {
  readonly row: number;
  readonly codeColumn: number;
}

const text = (ws: Worksheet, row: number, column: number) => (row >= 1 && column >= 1 ? cellText(ws.getCell(row, column).value).trim() : '');

function findProcessAnchor(ws: Worksheet): string | null {
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    for (let c = 1; c <= 4; c++) {
      const value = text(ws, r, c);
      if (value.startsWith(PROCESS_ANCHOR_PREFIX)) return value.slice(PROCESS_ANCHOR_PREFIX.length);
    }
  }
  return null;
}

/** The header is found by its texts (either language), so inserted or deleted rows and columns do not matter. */
function findHeader(ws: Worksheet): Header | null {
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    for (let c = 1; c < HEADER_SEARCH_COLUMNS; c++) {
      if (CODE_HEADERS.includes(text(ws, r, c)) && NAME_HEADERS.includes(text(ws, r, c + 1))) return { row: r, codeColumn: c };
    }
  }
  return null;
}

function processOfSheet(state: ProjectState, ws: Worksheet, anchor: string | null): Process | null {
  if (anchor) return state.tables.processes[anchor] ?? null;
  const matches = Object.values(state.tables.processes).filter((p) => p.name === ws.name || sanitiseSheetName(p.name, '') === ws.name);
  return matches.length === 1 ? matches[0]! : null;
}

/** The process a sheet belongs to, or null when the sheet is not a RACI matrix (legend, key nodes, a client's own sheet). */
export function identifyRaciSheet(state: ProjectState, ws: Worksheet): { process: Process | null; anchored: boolean; header: Header | null } | null {
  const anchor = findProcessAnchor(ws);
  const process = processOfSheet(state, ws, anchor);
  if (!anchor && !process) return null;
  return { process, anchored: anchor !== null, header: findHeader(ws) };
}

export function readRaciSheet(ctx: ReadContext, ws: Worksheet, process: Process, header: Header): SheetResult {
  const result: SheetResult = { cells: [], unmatchedRows: [], unmatchedColumns: [], issues: [] };
  const columns = readPartyColumns(ctx.state, ws, header, result);
  const nameColumn = header.codeColumn + 1;
  const stepsByCode = new Map<string, string[]>();
  for (const s of Object.values(ctx.state.tables.steps)) {
    if (s.processId === process.id) stepsByCode.set(s.code, [...(stepsByCode.get(s.code) ?? []), s.id]);
  }

  for (let r = header.row + 2; r <= ws.rowCount; r++) {
    const id = text(ws, r, header.codeColumn - 1);
    const code = text(ws, r, header.codeColumn);
    const name = text(ws, r, nameColumn);
    const values = columns.map((c) => ({ ...c, raw: text(ws, r, c.column) }));
    if (!id && !code && !name && values.every((v) => v.raw === '')) continue;

    const rowText = [code, name].filter(Boolean).join(' ') || id;
    const stepId = resolveStep(ctx.state, id, code, name, stepsByCode);
    if (!stepId) {
      result.unmatchedRows.push({ sheet: ws.name, row: r, text: rowText, reason: 'unknown' });
      continue;
    }
    if (ctx.seenSteps.has(stepId)) {
      result.unmatchedRows.push({ sheet: ws.name, row: r, text: rowText, reason: 'duplicate' });
      continue;
    }
    ctx.seenSteps.add(stepId);
    for (const v of values) {
      const letters = parseLetters(v.raw);
      if (letters === null) result.issues.push({ sheet: ws.name, cell: cellRef(r, v.column), message: `"${v.raw}" is not a RACI value (use R, A, C, I or a combination such as R/A)` });
      else result.cells.push({ stepId, partyId: v.partyId, letters });
    }
  }
  return result;
}

/**
 * The step of a row. The hidden id survives renames and renumbering in the app, so it is trusted
 * while its step still has the row's code or name. When it has neither and the row's code and name
 * both belong to another step, the client sorted the visible columns and left the hidden ids behind:
 * the visible cells go with that other step. Without an id (column deleted, row typed in) the code decides.
 */
function resolveStep(state: ProjectState, id: string, code: string, name: string, stepsByCode: ReadonlyMap<string, string[]>): string | null {
  const candidates = stepsByCode.get(code) ?? [];
  const byCode = candidates.length === 1 ? candidates[0]! : null;
  if (!id) return byCode;
  const step = state.tables.steps[id];
  if (!step) return null;
  if (step.code === code || step.name === name) return id;
  return byCode && state.tables.steps[byCode]!.name === name ? byCode : id;
}

interface PartyAt {
  readonly column: number;
  readonly partyId: string;
}

function readPartyColumns(state: ProjectState, ws: Worksheet, header: Header, result: SheetResult): PartyAt[] {
  const anchorRow = header.row - 1;
  const found: PartyAt[] = [];
  const seen = new Set<string>();
  for (let c = header.codeColumn + 2; c <= ws.columnCount; c++) {
    const id = text(ws, anchorRow, c);
    // Cells of a merged department header all read as the department's name.
    const top = text(ws, header.row, c);
    const bottom = text(ws, header.row + 1, c);
    if (!id && !top && !bottom) continue;
    const label = [top, bottom !== top ? bottom : ''].filter(Boolean).join(' / ');
    const partyId = resolveParty(state, id, top, bottom === top ? '' : bottom);
    if (!partyId || seen.has(partyId)) {
      result.unmatchedColumns.push({ sheet: ws.name, column: columnLetter(c), text: label, reason: partyId ? 'duplicate' : 'unknown' });
      continue;
    }
    seen.add(partyId);
    found.push({ column: c, partyId });
  }
  return found;
}

/** As for steps: the hidden id while its party still carries the header's name, else the names decide. */
function resolveParty(state: ProjectState, id: string, departmentName: string, positionName: string): string | null {
  const byName = partyByName(state, departmentName, positionName);
  if (!id) return byName;
  const party = state.tables.positions[id] ?? state.tables.departments[id];
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
