import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { zipEntries } from '../../electron/word/zip-entries';
import { fillSurveyForms, writePlainWorkbook } from '../support/openpyxl-workbooks';
import { AxeAudit } from './axe-audit';
import { createInPage } from './main-api';

const dir = mkdtempSync(join(tmpdir(), 'lanewise-diagnosis-e2e-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4'];
const answers = (values: readonly number[]) => Object.fromEntries(CODES.map((c, i) => [c, values[i]!]));
// Three respondents: one of 市场部, two of 研发部.
const MARKETING = [2, 2, 1, 2, 3, 3, 2, 3, 2, 2, 1, 2];
const RND_A = [4, 4, 3, 4, 3, 4, 3, 3, 4, 5, 4, 4];
const RND_B = [5, 4, 4, 3, 2, 3, 3, 2, 4, 4, 3, 5];
const mean = (...values: number[]) => (values.reduce((a, b) => a + b, 0) / values.length).toFixed(2);

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

test('a consultant runs the diagnosis from scope to the status report', async ({ page }) => {
  test.setTimeout(180_000);
  await createInPage(page, { name: '华东制造协作诊断', language: 'zh-CN', organisation: '华东制造', templateId: 'product-launch' });
  await page.getByRole('tab', { name: '调研诊断' }).click();
  // Every section of the diagnosis is checked against WCAG 2.2 AA on the way.
  const audit = new AxeAudit(page);

  // Scope: the scenario, two departments and the first interviewee.
  const scope = page.getByRole('tabpanel');
  await page.getByRole('group', { name: '纳入调研范围' }).getByRole('checkbox', { name: '新产品开发协作流程' }).check();
  const departments = page.getByRole('group', { name: '参与调研的部门' });
  await departments.getByRole('checkbox', { name: '市场部' }).check();
  await departments.getByRole('checkbox', { name: '研发部' }).check();
  const addInterviewee = page.getByRole('form', { name: '添加访谈对象' });
  await addInterviewee.getByRole('textbox', { name: '姓名' }).fill('王磊');
  await addInterviewee.getByRole('textbox', { name: '岗位' }).fill('产品部经理');
  await addInterviewee.getByRole('combobox', { name: '部门' }).selectOption({ label: '产品部' });
  await addInterviewee.getByRole('button', { name: '添加访谈对象' }).click();
  await expect(scope.getByRole('table').getByRole('textbox', { name: '王磊的姓名' })).toHaveValue('王磊');
  await audit.check('research scope');

  // Interview: a note, and a passage of it turned into a problem.
  await page.getByRole('tab', { name: '深度访谈' }).click();
  await page.getByRole('button', { name: '新建访谈记录' }).click();
  await page.getByRole('combobox', { name: '访谈对象' }).selectOption({ label: '王磊 (产品部经理)' });
  const notes = page.getByRole('textbox', { name: /记录：当前流程/ });
  const passage = '需求变更没有统一的流程，研发经常要返工。';
  await notes.fill(`目前需求由市场部口头提出。${passage}希望有书面的变更单。`);
  await audit.check('interview note');
  await notes.evaluate((el: HTMLTextAreaElement, text) => {
    const at = el.value.indexOf(text);
    el.focus();
    el.setSelectionRange(at, at + text.length);
  }, passage);
  await page.getByRole('button', { name: '选中段落 → 问题' }).click();

  // The problem opens in the register, with the quote as its evidence; link it to the step it sits on.
  const editor = page.getByRole('article', { name: /问题：需求变更没有统一的流程/ });
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('textbox', { name: '证据' })).toHaveValue(/“需求变更没有统一的流程，研发经常要返工。” — 王磊（产品部经理）/);
  await editor.getByRole('combobox', { name: '要关联的节点' }).selectOption({ label: 'N03 需求评审' });
  await editor.getByRole('button', { name: '关联节点' }).click();
  await expect(editor.getByRole('button', { name: /取消关联 新产品开发协作流程 · N03 需求评审/ })).toBeVisible();
  await audit.check('problem editor');
  await editor.getByRole('combobox', { name: '影响程度' }).selectOption('5');
  await editor.getByRole('combobox', { name: '频率/紧迫性' }).selectOption('4');
  await editor.getByRole('button', { name: '关闭' }).click();
  // A second problem, of lower priority.
  await page.getByRole('textbox', { name: /问题，如/ }).fill('部门间信息传递滞后');
  await page.getByRole('form', { name: '添加问题' }).getByRole('button', { name: '添加问题' }).click();
  await page.getByRole('article', { name: '问题：部门间信息传递滞后' }).getByRole('combobox', { name: '影响程度' }).selectOption('3');

  // Questionnaire: the method's, exported as an Excel form.
  await page.getByRole('tab', { name: '问卷调查' }).click();
  await page.getByRole('button', { name: '使用方法中的标准问卷' }).click();
  await expect(page.getByRole('textbox', { name: '维度 3 中文名称' })).toHaveValue('沟通效率');
  const form = await download(page, () => page.getByRole('button', { name: 'Excel 问卷…' }).click(), 'form.xlsx');

  // Three respondents fill it in with another program, and the workbooks come back.
  const filled = ['wang.xlsx', 'li.xlsx', 'zhao.xlsx'].map((f) => join(dir, f));
  fillSurveyForms(form, [
    { out: filled[0]!, department: '市场部', position: '市场部经理', answers: answers(MARKETING) },
    { out: filled[1]!, department: '研发部', position: '研发工程师', respondent: 'R-01', answers: answers(RND_A) },
    { out: filled[2]!, department: '研发部', position: '研发部项目经理', respondent: 'R-02', answers: answers(RND_B) },
  ]);
  await page.getByLabel('已填写的问卷工作簿').setInputFiles(filled);
  await expect(page.getByRole('status').filter({ hasText: '已导入 3 份答卷' })).toBeVisible();

  // The scores per department: 流程清晰度 is 1.1–1.4.
  const byDepartment = page.getByRole('table', { name: /各维度平均分（按部门/ });
  await expect(byDepartment.getByRole('columnheader')).toHaveText(['维度', '市场部', '研发部', '总体']);
  const clarity = byDepartment.getByRole('row', { name: /流程清晰度/ });
  await expect(clarity.getByRole('cell').nth(0)).toHaveText(`${mean(...MARKETING.slice(0, 4))} （n=1）`);
  await expect(clarity.getByRole('cell').nth(1)).toHaveText(`${mean(...RND_A.slice(0, 4), ...RND_B.slice(0, 4))} （n=2）`);
  await audit.check('questionnaire and results');

  // History data: a workbook made by hand in another program.
  await page.getByRole('tab', { name: '历史数据' }).click();
  const history = join(dir, 'history.xlsx');
  writePlainWorkbook(history, [
    ['流程', '部门', '项目数', '延期项目数', '协作投诉次数', '返工次数'],
    ['新产品开发协作流程', null, 24, 6, 15, 9],
  ]);
  await page.getByLabel('历史数据工作簿').setInputFiles(history);
  await expect(page.getByRole('status').filter({ hasText: '新增 1 行' })).toBeVisible();
  const historyRow = page.getByRole('row', { name: /新产品开发协作流程/ });
  await expect(historyRow).toContainText('25.0%');
  await expect(historyRow).toContainText('37.5%');
  await audit.check('history data');

  // Problems ranked by the rule: (2 × 5 + 4) ÷ 3 before (2 × 3 + 3) ÷ 3.
  await page.getByRole('tab', { name: '问题清单' }).click();
  await expect(page.getByText('优先级得分 =（2 × 影响程度 + 1 × 频率/紧迫性）÷ 3')).toBeVisible();
  const ranked = page.getByRole('table').getByRole('row');
  await expect(ranked.nth(1)).toContainText('需求变更没有统一的流程');
  await expect(ranked.nth(1)).toContainText('4.67');
  await expect(ranked.nth(2)).toContainText('部门间信息传递滞后');
  await expect(ranked.nth(2)).toContainText('3');
  await audit.check('problem register');

  // The process in the explorer and the step on the canvas carry the problem's badge.
  const explorer = page.getByRole('navigation', { name: '项目导航' });
  await expect(explorer.getByRole('listitem').filter({ hasText: '新产品开发协作流程' }).getByRole('img', { name: '调研诊断中有 1 个待解决问题' })).toBeVisible();
  await explorer.getByRole('button', { name: '新产品开发协作流程', exact: true }).click();
  await page.getByRole('tab', { name: '泳道图' }).click();
  // The canvas draws the steps in view: show the whole process.
  await page.getByRole('button', { name: '适应窗口' }).click();
  await expect(page.getByRole('group', { name: /^N03 需求评审/ }).getByRole('img', { name: '调研诊断中有 1 个待解决问题' })).toBeVisible();
  await page.getByRole('tab', { name: '调研诊断' }).click();

  // The report, opened by LibreOffice, shows the charts, the scores and the ranking.
  await page.getByRole('tab', { name: '调研报告' }).click();
  await audit.check('status report');
  expect(audit.report()).toBe('');
  const report = await download(page, () => page.getByRole('button', { name: '现状调研报告（Word）…' }).click(), 'report.docx');
  const pictures = [...zipEntries(readFileSync(report)).keys()].filter((n) => n.startsWith('word/media/'));
  // The swimlane diagram (in parts) and three charts.
  expect(pictures.length).toBeGreaterThanOrEqual(4);
  // The PDF and its pages stay in the test's output folder, to be looked at.
  const out = test.info().outputPath();
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, report], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(out, 'report.pdf');
  execFileSync('pdftoppm', ['-png', '-r', '40', pdf, join(out, 'page')]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('跨部门协作现状调研报告');
  expect(text).toMatch(/图\s*\d+\s*各部门各维度平均分/);
  expect(text).toMatch(/图\s*\d+\s*各流程项目延期率与返工率/);
  expect(text).toContain(`${mean(...MARKETING.slice(0, 4))}（n=1）`);
  // The ranking table in reading order: rank, problem, impact, frequency, score, priority.
  const flow = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(flow).toMatch(/改进优先级排序 排名 问题 .*? 1 需求变更没有统一的流程.*? 5 4 4\.67 高 待解决 2 部门间信息传递滞后 3 3 3 中 待解决/);
});
