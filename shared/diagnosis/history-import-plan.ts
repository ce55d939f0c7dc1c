import type { CommandInput } from '../commands/command-schema';
import type { HistoryRecord } from '../model/diagnosis-entities';
import { isoDateSchema } from '../model/diagnosis-entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import { problem, type ImportProblem } from './import-problems';
import { nameLookup } from './name-matching';

export type CellValue = string | number | null;

export interface SheetCell {
  readonly cell: string;
  readonly raw: CellValue;
}

/** One row of a history workbook as read, before anything is checked. */
export interface HistoryRow {
  readonly source: string;
  readonly row: number;
  readonly process: SheetCell;
  readonly department: SheetCell | null;
  readonly periodFrom: SheetCell | null;
  readonly periodTo: SheetCell | null;
  readonly projects: SheetCell;
  readonly delayedProjects: SheetCell;
  readonly complaints: SheetCell;
  readonly reworks: SheetCell;
  readonly note: SheetCell | null;
}

export interface HistoryImportPlan {
  readonly problems: readonly ImportProblem[];
  readonly command: CommandInput | null;
  readonly added: number;
  readonly updated: number;
}

const COUNT_MAX = 1_000_000;

const text = (c: SheetCell | null) => (c === null || c.raw === null ? '' : String(c.raw).trim());

function countOf(c: SheetCell): number | null {
  const t = typeof c.raw === 'number' ? String(c.raw) : text(c).normalize('NFKC').replace(/[,\s]/g, '');
  if (t === '') return 0;
  if (!/^\d+(?:\.0*)?$/.test(t)) return null;
  const n = Number(t);
  return n <= COUNT_MAX ? n : null;
}

/** A date as typed or as Excel's serial day number (1900 system). */
function dateOf(c: SheetCell | null): string | null {
  if (c === null || c.raw === null || text(c) === '') return '';
  if (typeof c.raw === 'number') {
    if (!(c.raw > 0 && c.raw < 2_958_466)) return null;
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(c.raw) * 86_400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text(c).normalize('NFKC'));
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text(c);
  return isoDateSchema.safeParse(iso).success ? iso : null;
}

const recordKey = (processId: string, departmentId: string | null, from: string, to: string) => `${processId}\u0000${departmentId ?? ''}\u0000${from}\u0000${to}`;

/**
 * Checks rows of a history workbook against the project and gives one undoable change: a row for
 * a process, department and period already recorded updates that record, any other adds one. Rows
 * without a period take the project's stated period. With any problem, nothing is changed.
 */
export function planHistoryImport(state: ProjectState, rows: readonly HistoryRow[], options: { newId: (prefix: string) => string; label: string }): HistoryImportPlan {
  const problems: ImportProblem[] = [];
  const process = nameLookup(sortedByOrder(Object.values(state.tables.processes)));
  const department = nameLookup(sortedByOrder(Object.values(state.tables.departments)));
  const existing = new Map<string, HistoryRecord>();
  for (const r of Object.values(state.tables.historyRecords)) existing.set(recordKey(r.processId, r.departmentId, r.periodFrom, r.periodTo), r);
  const inWorkbook = new Set<string>();
  const commands: CommandInput[] = [];
  let added = 0;
  let updated = 0;
  const settings = state.meta.diagnosis;

  for (const row of rows) {
    const before = problems.length;
    const where = (c: SheetCell) => ({ source: row.source, cell: c.cell });
    const p = process(text(row.process));
    if (!p) problems.push(problem('history.unknown-process', { ...where(row.process), process: text(row.process) }));
    let departmentId: string | null = null;
    if (row.department && text(row.department)) {
      const d = department(text(row.department));
      if (d) departmentId = d.id;
      else problems.push(problem('history.unknown-department', { ...where(row.department), department: text(row.department) }));
    }
    const counts = (['projects', 'delayedProjects', 'complaints', 'reworks'] as const).map((field) => {
      const n = countOf(row[field]);
      if (n === null) problems.push(problem('history.bad-count', { ...where(row[field]), value: text(row[field]).slice(0, 40) }));
      return n ?? 0;
    });
    const [projects, delayedProjects, complaints, reworks] = counts as [number, number, number, number];
    if (delayedProjects > projects) problems.push(problem('history.delayed-exceeds', { source: row.source, row: String(row.row), delayed: String(delayedProjects), projects: String(projects) }));
    const dates = [row.periodFrom, row.periodTo].map((c) => {
      const d = dateOf(c);
      if (d === null && c) problems.push(problem('history.bad-date', { ...where(c), value: text(c).slice(0, 40) }));
      return d ?? '';
    });
    if (problems.length > before || !p) continue;
    const periodFrom = dates[0] || settings.periodFrom;
    const periodTo = dates[1] || settings.periodTo;
    const key = recordKey(p.id, departmentId, periodFrom, periodTo);
    if (inWorkbook.has(key)) {
      problems.push(problem('history.twice', { source: row.source, row: String(row.row), process: p.name }));
      continue;
    }
    inWorkbook.add(key);
    const figures = { projects, delayedProjects, complaints, reworks, note: text(row.note).slice(0, 2000) };
    const old = existing.get(key);
    if (old) {
      updated++;
      commands.push({ type: 'update', table: 'historyRecords', id: old.id, patch: figures });
    } else {
      added++;
      commands.push({ type: 'add', table: 'historyRecords', row: { id: options.newId('hr-'), processId: p.id, departmentId, periodFrom, periodTo, ...figures } });
    }
  }
  if (problems.length > 0) return { problems, command: null, added: 0, updated: 0 };
  return { problems, command: commands.length > 0 ? { type: 'batch', label: options.label, commands } : null, added, updated };
}
