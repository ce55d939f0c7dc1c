import type { Worksheet } from 'exceljs';
import { createHash } from 'node:crypto';
import { isSafeId } from '../../shared/model/field-schemas';
import type { ProjectState } from '../../shared/model/project-state';
import type { PartyColumn } from './raci-sheet-layout';
import type { ProcessSteps } from './key-node-sheet';
import { cellAt, rowNumbers, type SheetData } from './xlsx-reader/workbook-data';

/**
 * What an export was made from: the project, and every RACI cell of every matrix as it stood, so a
 * workbook coming back can be compared three ways (the export, the client's edits, the project now).
 *
 * The record travels inside the workbook, on a very hidden, protected sheet, rather than in the
 * project file: an export is not an edit (it may run from the read-only CLI, on a file opened
 * read-only, or from another program's copy), it must not grow the file with every export, and
 * every copy of the workbook, however many clients it went to, carries the base it was cut from.
 * A digest over the record tells a damaged or hand-edited record from a sound one; it is not a
 * security boundary (a forged base can only make the preview list a cell as the client's change).
 */
export interface ExportRecord {
  readonly projectId: string;
  readonly projectName: string;
  readonly exportId: string;
  readonly exportedAt: string;
  readonly processes: readonly RecordedProcess[];
}

export interface RecordedProcess {
  readonly processId: string;
  readonly partyIds: readonly string[];
  /** Step id → the letters of each party (by index in partyIds; '' for an empty cell). */
  readonly steps: ReadonlyMap<string, readonly string[]>;
}

export const RECORD_SHEET = 'Lanewise export';
const MARKER = 'lanewise:export';
const VERSION = '1';

type Row = readonly string[];

/** Over the rows without their trailing empty cells, which a spreadsheet does not keep. */
function digestOf(rows: readonly Row[]): string {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end);
  });
  return createHash('sha256').update(JSON.stringify(trimmed)).digest('hex');
}

/** The cells of one step: "index:letters" for each filled cell, e.g. "0:RA 3:C". */
function stepCells(letters: readonly string[]): string {
  return letters.flatMap((l, i) => (l ? [`${i}:${l}`] : [])).join(' ');
}

export function recordOf(state: ProjectState, exportId: string, exportedAt: Date, sheets: ReadonlyArray<{ entry: ProcessSteps; columns: readonly PartyColumn[] }>): ExportRecord {
  return {
    projectId: state.meta.projectId,
    projectName: state.meta.name,
    exportId,
    exportedAt: exportedAt.toISOString(),
    processes: sheets.map(({ entry, columns }) => ({
      processId: entry.process.id,
      partyIds: columns.map((c) => c.partyId),
      steps: new Map(entry.steps.map((s) => [s.id, columns.map((c) => state.raci[s.id]?.[c.partyId] ?? '')])),
    })),
  };
}

function recordRows(record: ExportRecord): Row[] {
  const rows: Row[] = [
    ['project', record.projectId, record.projectName],
    ['export', record.exportId, record.exportedAt],
  ];
  for (const p of record.processes) {
    rows.push(['process', p.processId]);
    for (const partyId of p.partyIds) rows.push(['party', partyId]);
    for (const [stepId, letters] of p.steps) rows.push(['step', stepId, stepCells(letters)]);
  }
  return rows;
}

export function writeRecordSheet(ws: Worksheet, record: ExportRecord): void {
  const rows = recordRows(record);
  ws.addRow([MARKER, VERSION, digestOf(rows)]);
  for (const row of rows) ws.addRow([...row]);
}

export type RecordReading = { kind: 'found'; record: ExportRecord } | { kind: 'missing' } | { kind: 'damaged' };

const text = (sheet: Pick<SheetData, 'rows'>, row: number, column: number) => cellAt(sheet, row, column)?.text ?? '';

export function isRecordSheet(sheet: Pick<SheetData, 'rows'>): boolean {
  return text(sheet, 1, 1) === MARKER;
}

/** The record of a workbook read back; 'damaged' when its digest or any of its rows does not hold. */
export function readRecord(sheets: readonly SheetData[]): RecordReading {
  const sheet = sheets.find(isRecordSheet);
  if (!sheet) return { kind: 'missing' };
  if (text(sheet, 1, 2) !== VERSION) return { kind: 'damaged' };
  const rows: Row[] = rowNumbers(sheet)
    .filter((r) => r > 1)
    .map((r) => [text(sheet, r, 1), text(sheet, r, 2), text(sheet, r, 3)]);
  if (digestOf(rows) !== text(sheet, 1, 3)) return { kind: 'damaged' };
  const record = parseRows(rows);
  return record ? { kind: 'found', record } : { kind: 'damaged' };
}

function parseRows(rows: readonly Row[]): ExportRecord | null {
  const [project, exported, ...rest] = rows;
  if (project?.[0] !== 'project' || exported?.[0] !== 'export' || !isSafeId(project[1] ?? '')) return null;
  const processes: Array<{ processId: string; partyIds: string[]; steps: Map<string, string[]> }> = [];
  for (const [kind, id = '', cells = ''] of rest) {
    if (!isSafeId(id)) return null;
    const current = processes.at(-1);
    if (kind === 'process') processes.push({ processId: id, partyIds: [], steps: new Map() });
    else if (kind === 'party' && current) current.partyIds.push(id);
    else if (kind === 'step' && current) {
      const letters = current.partyIds.map(() => '');
      for (const pair of cells.split(' ').filter(Boolean)) {
        const [index, value = ''] = pair.split(':');
        const i = Number(index);
        if (!Number.isInteger(i) || i < 0 || i >= letters.length || !/^[RACI]{1,4}$/.test(value)) return null;
        letters[i] = value;
      }
      current.steps.set(id, letters);
    } else return null;
  }
  return { projectId: project[1]!, projectName: project[2] ?? '', exportId: exported[1] ?? '', exportedAt: exported[2] ?? '', processes };
}

/** The letters of every cell an export showed, looked up by step and party. */
export class ExportBase {
  private readonly byStep = new Map<string, { letters: readonly string[]; parties: ReadonlyMap<string, number> }>();

  constructor(readonly record: ExportRecord) {
    for (const p of record.processes) {
      const parties = new Map(p.partyIds.map((id, i) => [id, i]));
      for (const [stepId, letters] of p.steps) this.byStep.set(stepId, { letters, parties });
    }
  }

  /** '' for a cell exported empty; null when the export did not show that cell (a step or party added since). */
  letters(stepId: string, partyId: string): string | null {
    const step = this.byStep.get(stepId);
    const column = step?.parties.get(partyId);
    return step && column !== undefined ? (step.letters[column] ?? '') : null;
  }
}
