import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { diagnosisTestProject } from '../../shared/diagnosis/diagnosis-test-project';
import { zipEntries } from '../word/zip-entries';
import { surveyWorkbookBytes } from './survey-form-workbook';
import { surveyPaperFormBytes } from './survey-paper-form';

async function loaded(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('questionnaire forms', () => {
  it('lets Excel and WPS enforce the form: departments from a drop-down, answers 1–5', async () => {
    const workbook = await loaded(await surveyWorkbookBytes(diagnosisTestProject()));
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['问卷', 'visible'],
      ['多人汇总', 'visible'],
      ['Lanewise', 'hidden'],
    ]);
    const form = workbook.getWorksheet('问卷')!;
    expect(form.getCell('C4').value).toBe('所在部门');
    expect(form.getCell('D4').dataValidation).toMatchObject({ type: 'list', formulae: ['Lanewise!$C$1:$C$3'], showErrorMessage: true });
    expect(['C1', 'C2', 'C3'].map((a) => workbook.getWorksheet('Lanewise')!.getCell(a).value)).toEqual(['市场部', '研发部', '销售部']);
    // Row 9 heads the first dimension; its statements follow with their answer cells.
    expect([form.getCell('B9').value, form.getCell('C9').value]).toEqual(['1', '流程清晰度']);
    expect([form.getCell('B10').value, form.getCell('C10').value]).toEqual(['1.1', '我清楚跨部门协作项目从发起到结束的完整流程。']);
    expect(form.getCell('D10').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 5], errorStyle: 'stop', showErrorMessage: true });
    expect(form.getCell('D9').dataValidation).toBeUndefined();
    expect(form.getColumn('A').hidden).toBe(true);
  });

  it('follows a reworded and reordered questionnaire, in English for an English project', async () => {
    let state = diagnosisTestProject('en');
    state = execute(state, { type: 'batch', commands: [
      { type: 'update', table: 'surveyQuestions', id: 'sq-3', patch: { textEn: 'Every step has a written input and output.' } },
      { type: 'move', table: 'surveyQuestions', id: 'sq-3', toIndex: 0 },
      { type: 'move', table: 'surveyDimensions', id: 'sd-11', toIndex: 0 },
    ] }).state;
    const form = (await loaded(await surveyWorkbookBytes(state))).getWorksheet('Questionnaire')!;
    expect(form.getCell('C9').value).toBe('Communication efficiency');
    expect([form.getCell('B15').value, form.getCell('C15').value]).toEqual(['2.1', 'Every step has a written input and output.']);
  });

  it('prints a paper form with a box to tick under each point of the scale', async () => {
    const xml = zipEntries(await surveyPaperFormBytes(diagnosisTestProject())).get('word/document.xml')!.toString('utf8');
    for (const text of ['跨部门协作现状调研问卷', '所在部门', '1 流程清晰度', '1.1', '需求变更有统一的处理流程。', '非常不同意', '非常同意']) expect(xml).toContain(text);
    expect(xml.match(/□/g)).toHaveLength(12 * 5);
  });
});
