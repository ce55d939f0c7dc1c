import type { SurveyQuestion } from '../../shared/model/diagnosis-entities';
import { normaliseName } from '../../shared/diagnosis/name-matching';
import type { FilledForm, FormAnswer } from '../../shared/diagnosis/survey-import-plan';
import { cellRef } from '../../shared/interchange/cell-refs';
import { parseCellRef } from '../excel/xlsx-reader/sheet-part';
import { rowNumbers, type SheetData } from '../excel/xlsx-reader/workbook-data';
import { FORM, FORM_MARKER, MARKER_CELL, QUESTION_KEY_PREFIX, TALLY } from './survey-form-layout';
import { rawAt, type RawCell } from './uploaded-workbook';

/** Header words of a sheet of many respondents made by hand or by a survey tool, both languages. */
const DEPARTMENT_HEADERS = ['所在部门', '部门', 'department', 'dept', 'dept.'];
const POSITION_HEADERS = ['岗位', '职位', 'position', 'job title', 'role'];
const RESPONDENT_HEADERS = ['姓名或编号', '姓名或编号（可不填）', '姓名', '编号', 'name', 'respondent', 'name or code', 'name or code (optional)', 'code'];
/** A header row is looked for this far down a sheet. */
const HEADER_SEARCH_ROWS = 20;

const text = (v: RawCell | undefined) => (v === undefined ? '' : String(v).trim());
const raw = (v: RawCell | undefined): FormAnswer['raw'] => (v === undefined ? null : v);

/** The value at a cell of the form's layout ("D4"). */
function at(sheet: SheetData, address: string): RawCell | undefined {
  const ref = parseCellRef(address)!;
  return rawAt(sheet, ref.row, ref.column);
}
const columnOf = (letters: string) => parseCellRef(`${letters}1`)!.column;

function isMarkerSheet(sheet: SheetData): boolean {
  return text(at(sheet, MARKER_CELL)) === FORM_MARKER;
}

/** A respondent's form: question ids down the hidden column, answers beside them. */
function respondentForm(sheet: SheetData, file: string): FilledForm | null {
  const answers: FormAnswer[] = [];
  const idColumn = columnOf(FORM.idColumn);
  const answerColumn = columnOf(FORM.answerColumn);
  for (const row of rowNumbers(sheet)) {
    if (row < FORM.firstQuestionRow) continue;
    const key = text(rawAt(sheet, row, idColumn));
    if (!key.startsWith(QUESTION_KEY_PREFIX)) continue;
    answers.push({ questionId: key.slice(QUESTION_KEY_PREFIX.length), cell: cellRef(row, answerColumn), raw: raw(rawAt(sheet, row, answerColumn)) });
  }
  if (answers.length === 0) return null;
  return {
    source: file,
    department: text(at(sheet, FORM.departmentCell)),
    departmentCell: FORM.departmentCell,
    position: text(at(sheet, FORM.positionCell)),
    respondent: text(at(sheet, FORM.respondentCell)),
    answers,
  };
}

interface Columns {
  readonly headerRow: number;
  readonly department: number | null;
  readonly position: number | null;
  readonly respondent: number | null;
  readonly questions: ReadonlyArray<{ column: number; questionId: string }>;
}

function columnsOf(sheet: SheetData, row: number): Array<[number, string]> {
  const out = [...(sheet.rows.get(row)?.keys() ?? [])].map((column): [number, string] => [column, text(rawAt(sheet, row, column))]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** Lanewise's own sheet of many respondents: a hidden row of keys names every column. */
function keyedColumns(sheet: SheetData): Columns | null {
  const keys = columnsOf(sheet, TALLY.keyRow);
  const questions = keys.filter(([, k]) => k.startsWith(QUESTION_KEY_PREFIX)).map(([column, k]) => ({ column, questionId: k.slice(QUESTION_KEY_PREFIX.length) }));
  if (questions.length === 0) return null;
  const find = (key: string) => keys.find(([, k]) => k === key)?.[0] ?? null;
  return { headerRow: TALLY.headerRow, department: find(TALLY.departmentKey), position: find(TALLY.positionKey), respondent: find(TALLY.respondentKey), questions };
}

/** A sheet laid out by hand or exported by a survey tool: headers name the fields and the statements. */
function headedColumns(sheet: SheetData, questions: readonly SurveyQuestion[], codes: ReadonlyMap<string, string>): Columns | null {
  const byText = new Map<string, string>();
  for (const q of questions) for (const t of [q.textZh, q.textEn]) if (t.trim()) byText.set(normaliseName(t), q.id);
  const byCode = new Map([...codes].map(([id, code]) => [code, id]));
  for (const row of rowNumbers(sheet)) {
    if (row > HEADER_SEARCH_ROWS) break;
    const cells = columnsOf(sheet, row);
    const matched: Array<{ column: number; questionId: string }> = [];
    for (const [column, header] of cells) {
      const name = normaliseName(header);
      const code = /^(\d+\.\d+)(?:[\s.、:：]|$)/.exec(name)?.[1];
      const id = byText.get(name) ?? (code ? byCode.get(code) : undefined) ?? byText.get(normaliseName(header.replace(/^\d+\.\d+[\s.、:：]*/, '')));
      if (id) matched.push({ column, questionId: id });
    }
    if (matched.length === 0) continue;
    const field = (names: readonly string[]) => cells.find(([, h]) => names.includes(normaliseName(h)))?.[0] ?? null;
    return { headerRow: row, department: field(DEPARTMENT_HEADERS), position: field(POSITION_HEADERS), respondent: field(RESPONDENT_HEADERS), questions: matched };
  }
  return null;
}

function tallyForms(sheet: SheetData, columns: Columns, file: string): FilledForm[] {
  const forms: FilledForm[] = [];
  const value = (column: number | null, row: number) => (column === null ? undefined : rawAt(sheet, row, column));
  for (const row of rowNumbers(sheet)) {
    if (row <= columns.headerRow) continue;
    const answers = columns.questions.map(({ column, questionId }) => ({ questionId, cell: cellRef(row, column), raw: raw(value(column, row)) }));
    const fields = [columns.department, columns.position, columns.respondent].map((c) => text(value(c, row)));
    if (fields.every((f) => !f) && answers.every((a) => a.raw === null || String(a.raw).trim() === '')) continue;
    forms.push({
      source: `${file} [${sheet.name}!${row}]`,
      department: fields[0]!,
      departmentCell: cellRef(row, columns.department ?? 1),
      position: fields[1]!,
      respondent: fields[2]!,
      answers,
    });
  }
  return forms;
}

const filled = (form: FilledForm) => Boolean(form.department || form.position || form.respondent) || form.answers.some((a) => a.raw !== null && String(a.raw).trim() !== '');

export interface WorkbookForms {
  /** False when no sheet of the workbook looks like the questionnaire. */
  readonly recognised: boolean;
  readonly forms: readonly FilledForm[];
}

/**
 * The filled forms in one workbook: the respondent's sheet of a form Lanewise exported, and any
 * sheet with a row per respondent — Lanewise's own, or one whose headers name the statements (by
 * text in either language, or by number such as "2.3").
 */
export function formsInWorkbook(sheets: readonly SheetData[], file: string, questions: readonly SurveyQuestion[], codes: ReadonlyMap<string, string>): WorkbookForms {
  let recognised = false;
  const forms: FilledForm[] = [];
  for (const sheet of sheets) {
    if (isMarkerSheet(sheet)) continue;
    const form = respondentForm(sheet, file);
    if (form) {
      recognised = true;
      if (filled(form)) forms.push(form);
      continue;
    }
    const columns = keyedColumns(sheet) ?? headedColumns(sheet, questions, codes);
    if (!columns) continue;
    recognised = true;
    forms.push(...tallyForms(sheet, columns, file));
  }
  return { recognised, forms };
}
