import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { zipEntries } from '../../electron/word/zip-entries';
import { createInPage } from './main-api';

test('edits a chapter of the policy draft, reloads, finds the edit, and sees it in the Word export', async ({ page, request }) => {
  // The export lays out every page to number the contents: seconds, more when the machine is busy.
  test.setTimeout(90_000);
  await createInPage(page, { name: '协作规范', language: 'zh-CN', templateId: 'marketing-event' });
  await expect(page.getByRole('heading', { level: 1, name: '协作规范' })).toBeVisible();
  await page.getByRole('tab', { name: '管理办法' }).click();
  await expect(page.getByText('当前为默认文本')).toBeVisible();

  const body = page.getByRole('textbox', { name: /第二章 .*正文/ });
  await body.fill('各部门应以客户为中心,按周召开协作例会。\n所有交接须在协作平台留痕。');
  await page.getByRole('textbox', { name: /第一章 .*标题/ }).focus();
  await expect(page.getByText('当前为默认文本')).toBeHidden();

  // The document settings: company and 文件编号, saved when the field is left.
  await page.getByRole('textbox', { name: '公司名称' }).fill('华东智造集团有限公司');
  await page.getByRole('textbox', { name: '文件编号' }).fill('华智〔2025〕12号');
  await page.getByRole('combobox', { name: '版式' }).selectOption({ label: 'GB/T 9704 公文版式' });
  await page.getByRole('textbox', { name: /第一章 .*标题/ }).focus();

  await page.reload();
  await page.getByRole('tab', { name: '管理办法' }).click();
  await expect(page.getByRole('textbox', { name: '文件编号' })).toHaveValue('华智〔2025〕12号');
  await expect(page.getByRole('textbox', { name: /第二章 .*正文/ })).toHaveValue('各部门应以客户为中心,按周召开协作例会。\n所有交接须在协作平台留痕。');

  await page.getByRole('button', { name: /导出与导入/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '管理办法草案(Word)…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('协作规范 跨部门协作管理办法.docx');
  const document = zipEntries(readFileSync((await download.path())!)).get('word/document.xml')!.toString('utf8');
  expect(document).toContain('所有交接须在协作平台留痕。');
  expect(document).toContain('物料准备');
  expect(document).toContain('文件编号：华智〔2025〕12号');
  // The cover's title: the company, and 跨部门协作管理办法 on the line below it.
  expect(document).toMatch(/>华东智造集团有限公司<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>跨部门协作管理办法</);
  expect(document).toContain('为规范华东智造集团有限公司跨部门协作行为');

  // Undo takes back the settings one by one, then the whole first edit back to the default draft.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('textbox', { name: '文件编号' })).toHaveValue('');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('当前为默认文本')).toBeVisible();
});
