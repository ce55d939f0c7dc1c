import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { standardQuestionnaireCommands } from '../../shared/diagnosis/standard-questionnaire';
import { fillSurveyForms, writePlainWorkbook } from '../../test/support/openpyxl-workbooks';
import { ProjectSession } from '../project/project-session';
import { readProjectFile } from '../project/project-file';
import { zipEntries } from '../word/zip-entries';
import { runCli } from './lanewise';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-cli-diagnosis-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(argv, (l) => lines.push(l));
  return { code, lines };
}

const all = (v: number) => Object.fromEntries(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4'].map((c) => [c, v]));

async function surveyedProject(): Promise<string> {
  const path = join(dir, 'diagnosis.lanewise');
  expect((await run(['new', path, '--template', 'product-launch'])).code).toBe(0);
  const session = ProjectSession.open(path);
  session.execute(standardQuestionnaireCommands(session.state.tables.surveyDimensions, (p) => `${p}${Math.random().toString(36).slice(2)}`, '问卷'));
  session.close();
  return path;
}

describe('lanewise and the diagnosis', () => {
  it('exports the questionnaire, imports filled forms given one by one or by a glob, and counts them', async () => {
    const path = await surveyedProject();
    const form = join(dir, 'form.xlsx');
    expect(await run(['export', path, '--survey', form])).toEqual({ code: 0, lines: [`Wrote ${form}`] });
    const [a, b, c] = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((f) => join(dir, f));
    fillSurveyForms(form, [
      { out: a!, department: '市场部', answers: all(2) },
      { out: b!, department: '研发部', answers: all(4) },
      { out: c!, department: '研发部', respondent: 'R-9', answers: all(5) },
    ]);
    // --survey a.xlsx b.xlsx c.xlsx: what a shell makes of --survey *.xlsx.
    expect(await run(['import', path, '--survey', a!, b!, c!])).toEqual({ code: 0, lines: ['3 responses', `Imported into ${path}`] });
    const info = JSON.parse((await run(['info', path, '--json'])).lines[0]!) as Record<string, number>;
    expect(info).toMatchObject({ interviews: 0, responses: 3, problems: 0 });
  });

  it('refuses forms with problems, lists them in words, and changes nothing', async () => {
    const path = await surveyedProject();
    const form = join(dir, 'form.xlsx');
    await run(['export', path, '--survey', form]);
    const bad = join(dir, 'bad.xlsx');
    fillSurveyForms(form, [{ out: bad, department: '人事部', answers: { ...all(3), '1.2': 6 } }]);
    const result = await run(['import', path, '--survey', bad]);
    expect(result.code).toBe(2);
    expect(result.lines).toEqual([
      'Nothing imported: 2 problems',
      '  bad.xlsx, cell D4: the project has no department "人事部" (departments: 市场部, 产品部, 研发部, 生产部, 销售部).',
      '  bad.xlsx, cell D11: "6" is not an answer from 1 to 5.',
    ]);
    expect(Object.keys(readProjectFile(path).state.tables.surveyResponses)).toEqual([]);
  });

  it('imports history data, dry-run first, and exports the status report', async () => {
    const path = await surveyedProject();
    const history = join(dir, 'history.xlsx');
    writePlainWorkbook(history, [['流程', '项目数', '延期项目数', '协作投诉次数', '返工次数'], ['新产品开发协作流程', 10, 2, 4, 3]]);
    expect(await run(['import', path, '--history', history, '--dry-run'])).toEqual({ code: 0, lines: ['1 added, 0 updated', 'Dry run: nothing changed.'] });
    expect(Object.keys(readProjectFile(path).state.tables.historyRecords)).toHaveLength(0);
    expect((await run(['import', path, '--history', history])).lines).toEqual(['1 added, 0 updated', `Imported into ${path}`]);
    const report = join(dir, 'report.docx');
    expect(await run(['export', path, '--report', report])).toEqual({ code: 0, lines: [`Wrote ${report}`] });
    const xml = zipEntries(readFileSync(report)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('四、历史数据分析');
    expect(xml).toContain('20.0%');
  });

  it('needs exactly one kind of import', async () => {
    const path = await surveyedProject();
    await expect(run(['import', path])).rejects.toThrow(/--survey IN.xlsx… or --history IN.xlsx/);
    await expect(run(['import', path, '--history', 'a.xlsx', 'b.xlsx'])).rejects.toThrow(/exactly one FILE/);
    expect(existsSync(join(dir, 'a.xlsx'))).toBe(false);
  });
});
