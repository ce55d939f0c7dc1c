import ExcelJS, { type DataValidation, type Worksheet } from 'exceljs';
import { sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { formLabels, type FormLabels } from '../../shared/diagnosis/form-labels';
import { questionnaire, type QuestionnaireDimension } from '../../shared/diagnosis/questionnaire';
import { HEADER_FILL, sheetFonts, solidFill, THIN_BORDER, type SheetFonts } from '../excel/excel-styles';
import { columnLetter } from '../../shared/interchange/cell-refs';
import { DEPARTMENT_LIST_COLUMN, FORM, FORM_MARKER, FORM_VERSION, MARKER_CELL, MARKER_SHEET, QUESTION_KEY_PREFIX, TALLY, VERSION_CELL } from './survey-form-layout';

/** Cells the respondent fills in are tinted, so the form says where to write. */
const INPUT_FILL = solidFill('FFF2CC');
const DIMENSION_FILL = solidFill('DDEBF7');

/** exceljs keeps range validations as one entry, but only types the per-cell setter. */
interface SheetValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

function answerValidation(labels: FormLabels): DataValidation {
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [1, 5],
    showInputMessage: true,
    promptTitle: labels.answer,
    prompt: labels.scaleLine,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: labels.answerErrorTitle,
    error: labels.answerError,
  };
}

function departmentValidation(labels: FormLabels, count: number): DataValidation | null {
  if (count === 0) return null;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`${MARKER_SHEET}!$${DEPARTMENT_LIST_COLUMN}$1:$${DEPARTMENT_LIST_COLUMN}$${count}`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: labels.department,
    error: labels.departmentError,
  };
}

function writeForm(ws: Worksheet, dims: readonly QuestionnaireDimension[], labels: FormLabels, fonts: SheetFonts, departments: number): void {
  ws.getColumn(FORM.idColumn).width = 4;
  ws.getColumn(FORM.idColumn).hidden = true;
  ws.getColumn(FORM.codeColumn).width = 7;
  ws.getColumn(FORM.textColumn).width = 64;
  ws.getColumn(FORM.answerColumn).width = 20;
  const wrapped = { wrapText: true, vertical: 'top' } as const;

  ws.mergeCells('B1:D1');
  ws.getCell('B1').value = labels.title;
  ws.getCell('B1').style = { font: fonts.title, alignment: { horizontal: 'center', vertical: 'middle' } };
  ws.getRow(1).height = 28;
  ws.mergeCells('B2:D2');
  ws.getCell('B2').value = labels.instructions;
  ws.getCell('B2').style = { font: fonts.body, alignment: wrapped };
  ws.getRow(2).height = 48;
  ws.mergeCells('B3:D3');
  ws.getCell('B3').value = labels.scaleLine;
  ws.getCell('B3').style = { font: fonts.subtitle, alignment: wrapped };

  const fields: Array<[string, string]> = [
    [FORM.departmentCell, labels.department],
    [FORM.positionCell, labels.position],
    [FORM.respondentCell, labels.respondent],
  ];
  for (const [address, label] of fields) {
    const row = Number(ws.getCell(address).row);
    const labelCell = ws.getCell(`${FORM.textColumn}${row}`);
    labelCell.value = label;
    labelCell.style = { font: fonts.bold, alignment: { horizontal: 'right', vertical: 'middle' } };
    ws.getCell(address).style = { font: fonts.body, fill: INPUT_FILL, border: THIN_BORDER, alignment: { vertical: 'middle' } };
    ws.getRow(row).height = 20;
  }
  const department = departmentValidation(labels, departments);
  if (department) ws.getCell(FORM.departmentCell).dataValidation = department;

  const header = ws.getRow(FORM.headerRow);
  ([
    [FORM.codeColumn, labels.code],
    [FORM.textColumn, labels.statement],
    [FORM.answerColumn, labels.answer],
  ] as const).forEach(([column, text]) => {
    const cell = header.getCell(column);
    cell.value = text;
    cell.style = { font: fonts.bold, fill: HEADER_FILL, border: THIN_BORDER, alignment: { horizontal: 'center', vertical: 'middle' } };
  });

  let row = FORM.firstQuestionRow;
  const answers: string[] = [];
  for (const d of dims) {
    const r = ws.getRow(row++);
    r.getCell(FORM.codeColumn).value = String(d.number);
    r.getCell(FORM.textColumn).value = d.name;
    for (const column of [FORM.codeColumn, FORM.textColumn, FORM.answerColumn]) r.getCell(column).style = { font: fonts.bold, fill: DIMENSION_FILL, border: THIN_BORDER, alignment: { vertical: 'middle', horizontal: column === FORM.textColumn ? 'left' : 'center' } };
    for (const q of d.questions) {
      const qr = ws.getRow(row++);
      qr.getCell(FORM.idColumn).value = QUESTION_KEY_PREFIX + q.question.id;
      qr.getCell(FORM.codeColumn).value = q.code;
      qr.getCell(FORM.codeColumn).style = { font: fonts.body, border: THIN_BORDER, alignment: { horizontal: 'center', vertical: 'top' } };
      qr.getCell(FORM.textColumn).value = q.text;
      qr.getCell(FORM.textColumn).style = { font: fonts.body, border: THIN_BORDER, alignment: wrapped };
      const answer = qr.getCell(FORM.answerColumn);
      answer.style = { font: fonts.body, fill: INPUT_FILL, border: THIN_BORDER, alignment: { horizontal: 'center', vertical: 'middle' } };
      answer.dataValidation = answerValidation(labels);
      answers.push(answer.address);
      if (q.text.length > 34) qr.height = 30;
    }
  }
  ws.getCell(`${FORM.textColumn}${row + 1}`).value = labels.thanks;
  ws.getCell(`${FORM.textColumn}${row + 1}`).style = { font: fonts.subtitle };
  ws.views = [{ state: 'frozen', ySplit: FORM.headerRow, xSplit: 0, topLeftCell: `A${FORM.headerRow + 1}`, activeCell: FORM.departmentCell }];
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${FORM.headerRow}:${FORM.headerRow}`, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
}

function writeTally(ws: Worksheet, dims: readonly QuestionnaireDimension[], labels: FormLabels, fonts: SheetFonts, departments: number): void {
  const questions = dims.flatMap((d) => d.questions);
  const lastColumn = 3 + questions.length;
  ws.getCell('A1').value = `${labels.title} — ${labels.tallySheet}`;
  ws.getCell('A1').style = { font: fonts.title };
  ws.getCell('A2').value = labels.tallyInstructions;
  ws.getCell('A2').style = { font: fonts.subtitle };

  const keys = [TALLY.departmentKey, TALLY.positionKey, TALLY.respondentKey, ...questions.map((q) => QUESTION_KEY_PREFIX + q.question.id)];
  const headers = [labels.department, labels.position, labels.respondent, ...questions.map((q) => `${q.code} ${q.text}`)];
  keys.forEach((key, i) => {
    ws.getCell(TALLY.keyRow, i + 1).value = key;
    const cell = ws.getCell(TALLY.headerRow, i + 1);
    cell.value = headers[i]!;
    cell.style = { font: fonts.bold, fill: HEADER_FILL, border: THIN_BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
    ws.getColumn(i + 1).width = i < 3 ? 16 : 14;
  });
  ws.getRow(TALLY.keyRow).hidden = true;
  ws.getRow(TALLY.headerRow).height = 96;
  const last = TALLY.firstRow + TALLY.preparedRows - 1;
  const validations = (ws as unknown as SheetValidations).dataValidations;
  const department = departmentValidation(labels, departments);
  if (department) validations.add(`A${TALLY.firstRow}:A${last}`, department);
  if (questions.length > 0) validations.add(`D${TALLY.firstRow}:${columnLetter(lastColumn)}${last}`, answerValidation(labels));
  ws.views = [{ state: 'frozen', ySplit: TALLY.headerRow, xSplit: 1, topLeftCell: `B${TALLY.firstRow}`, activeCell: `A${TALLY.firstRow}` }];
}

/**
 * The questionnaire as an Excel form to send out: the respondent's sheet (department from a
 * drop-down of the project's departments, position, optional name, a 1–5 answer per statement,
 * enforced by data validation in Excel, WPS and LibreOffice), a sheet for typing in many paper
 * forms, and a hidden sheet that marks the workbook as this questionnaire.
 */
export function buildSurveyWorkbook(state: ProjectState): ExcelJS.Workbook {
  const language = state.meta.language;
  const labels = formLabels(language);
  const fonts = sheetFonts(language);
  const dims = questionnaire(state, language);
  const departments = sortedByOrder(Object.values(state.tables.departments));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lanewise';
  workbook.title = labels.title;
  workbook.company = state.meta.organisation;
  writeForm(workbook.addWorksheet(labels.formSheet), dims, labels, fonts, departments.length);
  writeTally(workbook.addWorksheet(labels.tallySheet), dims, labels, fonts, departments.length);
  const marker = workbook.addWorksheet(MARKER_SHEET, { state: 'hidden' });
  marker.getCell(MARKER_CELL).value = FORM_MARKER;
  marker.getCell(VERSION_CELL).value = FORM_VERSION;
  departments.forEach((d, i) => (marker.getCell(`${DEPARTMENT_LIST_COLUMN}${i + 1}`).value = d.name));
  return workbook;
}

export async function surveyWorkbookBytes(state: ProjectState): Promise<Buffer> {
  return Buffer.from(await buildSurveyWorkbook(state).xlsx.writeBuffer());
}
