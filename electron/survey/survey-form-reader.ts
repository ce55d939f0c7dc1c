import type { SurveyQuestion } from '../../shared/model/diagnosis-entities';
import { normaliseName } from '../../shared/diagnosis/name-matching';
import type { FilledForm, FormAnswer } from '../../shared/diagnosis/survey-import-plan';
import { columnName, type XlsxSheet, type XlsxValue } from './xlsx-cells';
import { FORM, FORM_MARKER, MARKER_CELL, QUESTION_KEY_PREFIX, TALLY } from './survey-form-layout';

/** Header words of a sheet of many respondents made by hand or by a survey tool, both languages. */
const DEPARTMENT_HEADERS = ['所在部门', '部门', 'department', 'dept', 'dept.'];
const POSITION_HEADERS = ['岗位', '职位', 'position', 'job title', 'role'];
const RESPONDENT_HEADERS = ['姓名或编号', '姓名或编号（可不填）', '姓名', '编号', 'name', 'respondent', 'name or code', 'name or code (optional)', 'code'];
/** A header row is looked for this far down a sheet. */
const HEADER_SEARCH_ROWS = 20;

const text = (v: XlsxValue | undefined) => (v === undefined ? '' : String(v).trim());
const raw = (v: XlsxValue | undefined): FormAnswer['raw'] => (v === undefined ? null : v);

function isMarkerSheet(sheet: XlsxSheet): boolean {
  return text(sheet.cells.get(MARKER_CELL)) === FORM_MARKER;
}

/** A respondent's form: question ids down the hidden column, answers beside them. */
function respondentForm(sheet: XlsxSheet, file: string): FilledForm | null {
  const answers: FormAnswer[] = [];
  for (const row of sheet.rows) {
    if (row < FORM.firstQuestionRow) continue;
    const key = text(sheet.cells.get(`${FORM.idColumn}${row}`));
    if (!key.startsWith(QUESTION_KEY_PREFIX)) continue;
    const cell = `${FORM.answerColumn}${row}`;
    answers.push({ questionId: key.slice(QUESTION_KEY_PREFIX.length), cell, raw: raw(sheet.cells.get(cell)) });
  }
  if (answers.length === 0) return null;
  return {
    source: file,
    department: text(sheet.cells.get(FORM.departmentCell)),
    departmentCell: FORM.departmentCell,
    position: text(sheet.cells.get(FORM.positionCell)),
    respondent: text(sheet.cells.get(FORM.respondentCell)),
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

function columnsOf(sheet: XlsxSheet, row: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const [address, value] of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    if (Number(m[2]) !== row) continue;
    let column = 0;
    for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
    out.push([column, text(value)]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Lanewise's own sheet of many respondents: a hidden row of keys names every column. */
function keyedColumns(sheet: XlsxSheet): Columns | null {
  const keys = columnsOf(sheet, TALLY.keyRow);
  const questions = keys.filter(([, k]) => k.startsWith(QUESTION_KEY_PREFIX)).map(([column, k]) => ({ column, questionId: k.slice(QUESTION_KEY_PREFIX.length) }));
  if (questions.length === 0) return null;
  const find = (key: string) => keys.find(([, k]) => k === key)?.[0] ?? null;
  return { headerRow: TALLY.headerRow, department: find(TALLY.departmentKey), position: find(TALLY.positionKey), respondent: find(TALLY.respondentKey), questions };
}

/** A sheet laid out by hand or exported by a survey tool: headers name the fields and the statements. */
function headedColumns(sheet: XlsxSheet, questions: readonly SurveyQuestion[], codes: ReadonlyMap<string, string>): Columns | null {
  const byText = new Map<string, string>();
  for (const q of questions) for (const t of [q.textZh, q.textEn]) if (t.trim()) byText.set(normaliseName(t), q.id);
  const byCode = new Map([...codes].map(([id, code]) => [code, id]));
  for (const row of sheet.rows) {
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

function tallyForms(sheet: XlsxSheet, columns: Columns, file: string): FilledForm[] {
  const forms: FilledForm[] = [];
  const at = (column: number | null, row: number) => (column === null ? undefined : sheet.cells.get(`${columnName(column)}${row}`));
  for (const row of sheet.rows) {
    if (row <= columns.headerRow) continue;
    const answers = columns.questions.map(({ column, questionId }) => ({ questionId, cell: `${columnName(column)}${row}`, raw: raw(at(column, row)) }));
    const fields = [columns.department, columns.position, columns.respondent].map((c) => text(at(c, row)));
    if (fields.every((f) => !f) && answers.every((a) => a.raw === null || String(a.raw).trim() === '')) continue;
    forms.push({
      source: `${file} [${sheet.name}!${row}]`,
      department: fields[0]!,
      departmentCell: columns.department === null ? `A${row}` : `${columnName(columns.department)}${row}`,
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
export function formsInWorkbook(sheets: readonly XlsxSheet[], file: string, questions: readonly SurveyQuestion[], codes: ReadonlyMap<string, string>): WorkbookForms {
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
