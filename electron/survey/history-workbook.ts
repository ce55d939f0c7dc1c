import ExcelJS, { type DataValidation } from 'exceljs';
import { diagnosisTerms, type DiagnosisTerms } from '../../shared/diagnosis/diagnosis-terms';
import { formLabels } from '../../shared/diagnosis/form-labels';
import { problem, type ImportProblem } from '../../shared/diagnosis/import-problems';
import { normaliseName } from '../../shared/diagnosis/name-matching';
import { reportedProcesses } from '../../shared/diagnosis/research-scope';
import { reportLabels } from '../../shared/diagnosis/report-labels';
import type { HistoryRow, SheetCell } from '../../shared/diagnosis/history-import-plan';
import { sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { HEADER_FILL, sheetFonts, solidFill, THIN_BORDER } from '../excel/excel-styles';
import { cellRef } from '../../shared/interchange/cell-refs';
import { rowNumbers, type SheetData } from '../excel/xlsx-reader/workbook-data';
import { rawAt, readUploadedWorkbook, type UploadedWorkbook } from './uploaded-workbook';

const FIELDS = ['process', 'department', 'periodFrom', 'periodTo', 'projects', 'delayedProjects', 'complaints', 'reworks', 'note'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = ['process', 'projects', 'delayedProjects', 'complaints', 'reworks'];
const HEADER_ROW = 3;
const LIST_SHEET = 'Lists';
const PREPARED_ROWS = 200;

/** Header words per field in both languages, plus what people commonly write instead. */
const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  process: ['流程名称', '场景', 'process name', 'scenario'],
  department: ['部门名称', 'dept'],
  periodFrom: ['开始日期', '起始日期', 'from', 'start'],
  periodTo: ['结束日期', '截止日期', 'to', 'end'],
  projects: ['项目总数', '项目数量', 'number of projects'],
  delayedProjects: ['延期项目', '延期数', 'delayed'],
  complaints: ['投诉次数', '协作投诉', 'complaints'],
  reworks: ['返工', '返工数', 'rework', 'reworks'],
  note: ['说明', 'notes', 'remark', 'remarks'],
};

function headerNames(field: Field): Set<string> {
  const names = new Set<string>(SYNONYMS[field].map(normaliseName));
  for (const language of ['zh-CN', 'en'] as const) names.add(normaliseName(diagnosisTerms(language)[field]));
  return names;
}
const HEADERS = new Map(FIELDS.map((f) => [f, headerNames(f)]));

function headerLabels(terms: DiagnosisTerms): string[] {
  return FIELDS.map((f) => terms[f]);
}

/**
 * A simple workbook for the client to fill with a year of project data: a row per process in the
 * research scope (the figures already entered filled in), drop-downs of processes and departments,
 * whole numbers enforced. Importing it back reads the same columns.
 */
export async function historyWorkbookBytes(state: ProjectState): Promise<Buffer> {
  const language = state.meta.language;
  const terms = diagnosisTerms(language);
  const labels = formLabels(language);
  const fonts = sheetFonts(language);
  const settings = state.meta.diagnosis;
  const period = settings.periodFrom || settings.periodTo ? reportLabels(language).period(settings.periodFrom, settings.periodTo) : reportLabels(language).noPeriod;
  const processes = reportedProcesses(state);
  const departments = sortedByOrder(Object.values(state.tables.departments));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lanewise';
  workbook.title = labels.historyTitle;
  const ws = workbook.addWorksheet(labels.historySheet);
  ws.getCell('A1').value = `${state.meta.name} — ${labels.historyTitle}`;
  ws.getCell('A1').style = { font: fonts.title };
  ws.getCell('A2').value = labels.historyInstructions(period);
  ws.getCell('A2').style = { font: fonts.subtitle };
  headerLabels(terms).forEach((text, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    cell.style = { font: fonts.bold, fill: HEADER_FILL, border: THIN_BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
    ws.getColumn(i + 1).width = i === 0 ? 26 : i === 8 ? 30 : 14;
  });
  const input = { font: fonts.body, border: THIN_BORDER, fill: solidFill('FFF2CC') };
  const records = Object.values(state.tables.historyRecords);
  let row = HEADER_ROW + 1;
  for (const p of processes) {
    const own = records.filter((r) => r.processId === p.id);
    for (const r of own.length ? own : [null]) {
      const values = [p.name, r?.departmentId ? (state.tables.departments[r.departmentId]?.name ?? '') : '', r?.periodFrom || settings.periodFrom, r?.periodTo || settings.periodTo, r?.projects, r?.delayedProjects, r?.complaints, r?.reworks, r?.note ?? ''];
      values.forEach((v, i) => {
        const cell = ws.getCell(row, i + 1);
        if (v !== undefined && v !== '') cell.value = v;
        cell.style = i === 0 ? { font: fonts.body, border: THIN_BORDER } : input;
      });
      row++;
    }
  }
  const last = HEADER_ROW + Math.max(PREPARED_ROWS, row - HEADER_ROW);
  const lists = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
  sortedByOrder(Object.values(state.tables.processes)).forEach((p, i) => (lists.getCell(i + 1, 1).value = p.name));
  departments.forEach((d, i) => (lists.getCell(i + 1, 2).value = d.name));
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations;
  const list = (column: string, count: number): DataValidation => ({ type: 'list', allowBlank: true, formulae: [`${LIST_SHEET}!$${column}$1:$${column}$${Math.max(1, count)}`], showErrorMessage: true, errorStyle: 'warning' });
  const first = HEADER_ROW + 1;
  if (Object.keys(state.tables.processes).length) validations.add(`A${first}:A${last}`, list('A', Object.keys(state.tables.processes).length));
  if (departments.length) validations.add(`B${first}:B${last}`, list('B', departments.length));
  validations.add(`E${first}:H${last}`, { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 1_000_000], showErrorMessage: true, errorStyle: 'stop', error: labels.countError });
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1, topLeftCell: `B${first}`, activeCell: `B${first}` }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function findColumns(sheet: SheetData): { row: number; columns: Map<Field, number> } | null {
  for (const row of rowNumbers(sheet)) {
    if (row > 20) break;
    const columns = new Map<Field, number>();
    for (const column of [...sheet.rows.get(row)!.keys()].sort((a, b) => a - b)) {
      const name = normaliseName(String(rawAt(sheet, row, column) ?? ''));
      const field = FIELDS.find((f) => HEADERS.get(f)!.has(name));
      if (field && !columns.has(field)) columns.set(field, column);
    }
    if (REQUIRED.every((f) => columns.has(f))) return { row, columns };
  }
  return null;
}

/** The data rows of a history workbook, or why it cannot be read. */
export async function readHistoryWorkbook(file: UploadedWorkbook): Promise<{ rows: HistoryRow[] } | { problems: ImportProblem[] }> {
  const read = await readUploadedWorkbook(file);
  if ('problem' in read) return { problems: [read.problem] };
  for (const sheet of read.sheets) {
    if (sheet.state !== 'visible') continue;
    const found = findColumns(sheet);
    if (!found) continue;
    const rows: HistoryRow[] = [];
    const source = `${file.name} [${sheet.name}]`;
    for (const r of rowNumbers(sheet)) {
      if (r <= found.row) continue;
      const cell = (field: Field): SheetCell | null => {
        const column = found.columns.get(field);
        if (column === undefined) return null;
        return { cell: cellRef(r, column), raw: rawAt(sheet, r, column) ?? null };
      };
      const process = cell('process')!;
      const counts = (['projects', 'delayedProjects', 'complaints', 'reworks'] as const).map((f) => cell(f)!);
      // A row without figures is a prepared row left empty, even when it names its process.
      if (counts.every((c) => c.raw === null)) continue;
      rows.push({ source, row: r, process, department: cell('department'), periodFrom: cell('periodFrom'), periodTo: cell('periodTo'), projects: counts[0]!, delayedProjects: counts[1]!, complaints: counts[2]!, reworks: counts[3]!, note: cell('note') });
    }
    if (rows.length === 0) return { problems: [problem('history.empty', { source })] };
    return { rows };
  }
  return { problems: [problem('history.wrong-form', { file: file.name })] };
}
