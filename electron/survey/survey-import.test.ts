import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { counterIds, diagnosisTestProject } from '../../shared/diagnosis/diagnosis-test-project';
import { surveyResults } from '../../shared/diagnosis/survey-results';
import type { ProjectState } from '../../shared/model/project-state';
import { fillSurveyForms } from '../../test/support/openpyxl-workbooks';
import { surveyWorkbookBytes } from './survey-form-workbook';
import { planSurveyFiles } from './survey-import';

const dir = mkdtempSync(join(tmpdir(), 'lanewise-survey-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = () => ({ newId: counterIds(), now: '2026-03-02T09:00:00Z', label: 'import' });
const upload = (...names: string[]) => names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));

async function template(state: ProjectState): Promise<string> {
  const path = join(dir, `form-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(path, await surveyWorkbookBytes(state));
  return path;
}

const all = (value: number) => Object.fromEntries(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4'].map((c) => [c, value]));

describe('questionnaire forms filled by an independent writer', () => {
  it('imports one workbook per respondent, and the scores come out per department', async () => {
    const state = diagnosisTestProject();
    const form = await template(state);
    fillSurveyForms(form, [
      { out: join(dir, 'a.xlsx'), department: '市场部', position: '市场部经理', respondent: '王磊', answers: { ...all(2), '1.1': 4 } },
      { out: join(dir, 'b.xlsx'), department: '市场部', position: '专员', answers: all(3) },
      { out: join(dir, 'c.xlsx'), department: '研发部', position: '研发经理', answers: { ...all(5), '3.4': '4' } },
    ]);
    const plan = await planSurveyFiles(state, upload('a.xlsx', 'b.xlsx', 'c.xlsx'), options());
    expect(plan.problems).toEqual([]);
    expect(plan.responses).toBe(3);
    const after = execute(state, plan.command!).state;
    const results = surveyResults(after, 'zh-CN');
    expect(results.groups.map((g) => [g.name, g.responses])).toEqual([
      ['市场部', 2],
      ['研发部', 1],
    ]);
    const clarity = results.dimensions[0]!;
    expect(clarity.item.name).toBe('流程清晰度');
    // 市场部: (4 + 2 + 2 + 2) from 王磊 and 3 × 4 from the other: 22 / 8.
    expect(clarity.byGroup.get('mkt')!.mean).toBeCloseTo(22 / 8);
    expect(clarity.byGroup.get('mkt')!.respondents).toBe(2);
    expect(clarity.questions[0]!.overall.distribution).toEqual([0, 0, 1, 1, 1]);
    expect(results.dimensions[2]!.questions[3]!.byGroup.get('rd')!.mean).toBe(4);
  });

  it('imports a sheet with a row per respondent', async () => {
    const state = diagnosisTestProject();
    const form = await template(state);
    fillSurveyForms(form, [], {
      out: join(dir, 'tally.xlsx'),
      rows: [
        { department: '销售部', position: '销售主管', answers: all(1) },
        { department: '研发部', position: '工程师', respondent: 'R-07', answers: all(4) },
      ],
    });
    const plan = await planSurveyFiles(state, upload('tally.xlsx'), options());
    expect(plan.problems).toEqual([]);
    expect(plan.responses).toBe(2);
    const results = surveyResults(execute(state, plan.command!).state, 'zh-CN');
    expect(results.dimensions[1]!.byGroup.get('sales')!.mean).toBe(1);
    expect(results.dimensions[1]!.overall.mean).toBe(2.5);
  });

  it('refuses the whole import, naming file and cell, when an answer is out of range or a respondent comes twice', async () => {
    const state = diagnosisTestProject();
    const form = await template(state);
    fillSurveyForms(form, [
      { out: join(dir, 'ok.xlsx'), department: '市场部', respondent: '李娜', answers: all(3) },
      { out: join(dir, 'bad.xlsx'), department: '市场部', answers: { ...all(3), '2.2': 7 } },
      { out: join(dir, 'again.xlsx'), department: '市场部', respondent: ' 李娜 ', answers: all(4) },
      { out: join(dir, 'nodept.xlsx'), department: '人事部', answers: all(4) },
    ]);
    const plan = await planSurveyFiles(state, upload('ok.xlsx', 'bad.xlsx', 'again.xlsx', 'nodept.xlsx'), options());
    expect(plan.command).toBeNull();
    expect(plan.problems).toEqual([
      { key: 'survey.out-of-range', params: { source: 'bad.xlsx', cell: 'D16', value: '7' } },
      { key: 'survey.duplicate', params: { source: 'again.xlsx', respondent: '李娜', first: 'ok.xlsx' } },
      { key: 'survey.unknown-department', params: { source: 'nodept.xlsx', cell: 'D4', department: '人事部', known: '市场部, 研发部, 销售部' } },
    ]);
  });

  it('recognises a respondent already imported earlier', async () => {
    const state = diagnosisTestProject();
    const form = await template(state);
    fillSurveyForms(form, [{ out: join(dir, 'first.xlsx'), department: '研发部', answers: all(2) }]);
    const once = execute(state, (await planSurveyFiles(state, upload('first.xlsx'), options())).command!).state;
    const twice = await planSurveyFiles(once, upload('first.xlsx'), options());
    expect(twice.problems).toEqual([{ key: 'survey.duplicate', params: { source: 'first.xlsx', respondent: '研发部', first: 'first.xlsx' } }]);
  });

  it('tells a workbook that is not the questionnaire, an old .xls, a non-workbook and an empty form apart', async () => {
    const state = diagnosisTestProject();
    const form = await template(state);
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').getCell('A1').value = 'Q1 figures';
    writeFileSync(join(dir, 'budget.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    writeFileSync(join(dir, 'blank.xlsx'), readFileSync(form));
    const plan = await planSurveyFiles(state, upload('notes.txt', 'old.xls', 'budget.xlsx', 'blank.xlsx'), options());
    expect(plan.problems.map((p) => [p.key, p.params.file ?? p.params.source])).toEqual([
      ['workbook.not-xlsx', 'notes.txt'],
      ['workbook.old-format', 'old.xls'],
      ['survey.wrong-form', 'budget.xlsx'],
      ['survey.empty', 'blank.xlsx'],
    ]);
  });

  it('stops a zip bomb at the limit instead of unpacking it, and names the file', async () => {
    const state = diagnosisTestProject();
    // One entry of 64 MB of zeros packed into 64 kilobytes; its header claims a single byte.
    const packed = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
    const name = Buffer.from('xl/workbook.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(1, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + packed.length, 16);
    const bomb = Buffer.concat([local, name, packed, central, name, end]);
    const plan = await planSurveyFiles(state, [{ name: 'bomb.xlsx', bytes: bomb }], options());
    expect(plan.problems).toEqual([{ key: 'workbook.too-large', params: { file: 'bomb.xlsx', limit: '16' } }]);
  });
});
