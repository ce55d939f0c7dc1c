import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { projectFile } from './e2e-home';
import { callMain, pageProject } from './main-api';

test('a project whose file is gone is shown as missing and can be removed from the list', async ({ page, request }) => {
  const { session } = await callMain(request, 'project.create', { name: 'Vanishing', language: 'en', organisation: '' });
  await callMain(request, 'project.close', { session });
  rmSync(projectFile('Vanishing.lanewise'));

  await page.goto('/');
  const recent = page.getByRole('list', { name: 'Recent projects' });
  const item = recent.getByRole('listitem').filter({ hasText: 'Vanishing' });
  await expect(item).toContainText('File not found');
  await expect(item.getByRole('button', { name: 'Open Vanishing.lanewise' })).toHaveCount(0);
  await item.getByRole('button', { name: 'Remove Vanishing.lanewise from the list' }).click();
  await expect(item).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Recent projects' }).getByRole('listitem').filter({ hasText: 'Vanishing' })).toHaveCount(0);
  // The browser version reaches only its project folder, which the list shows: no file dialog.
  await expect(page.getByRole('button', { name: 'Open a file…' })).toHaveCount(0);
});

test('template cards speak the interface language; the project language decides the content', async ({ page, request }) => {
  await page.goto('/');
  await page.getByLabel('Language / 语言').selectOption('en');
  const form = page.getByRole('form', { name: 'New project' });
  await expect(form.getByRole('radio', { name: 'Blank project' })).toBeChecked();
  await expect(form.getByRole('radio')).toHaveCount(6);
  const budget = form.getByRole('radio', { name: 'Annual budget preparation' });
  await expect(budget).toHaveAccessibleDescription(/Finance has every department draft its budget/);

  await page.getByLabel('Language / 语言').selectOption('zh-CN');
  await expect(page.getByRole('form', { name: '新建项目' }).getByRole('radio', { name: '年度预算编制' })).toHaveAccessibleDescription(/财务部组织各部门/);
  await page.getByLabel('Language / 语言').selectOption('en');

  await form.getByLabel('Project name').fill('Budget 2027');
  await form.getByLabel('Language', { exact: true }).selectOption('zh-CN');
  await budget.check();
  await form.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget 2027' })).toBeVisible();

  const { state } = await pageProject(page);
  const [process] = Object.values(state.tables.processes);
  expect(process?.category).toBe('年度预算编制与资源协同');
  await expect(page.getByRole('list', { name: '年度预算编制与资源协同' }).getByRole('button', { name: process!.name, exact: true })).toHaveAttribute('aria-current', 'page');
});

test('the About box names the version and where projects are kept', async ({ page, request }) => {
  const info = await callMain(request, 'app.info', {});
  await page.goto('/');
  await page.getByLabel('Language / 语言').selectOption('en');
  await page.getByRole('button', { name: 'About' }).click();
  const about = page.getByRole('dialog', { name: 'About Lanewise' });
  await expect(about).toContainText(info.version);
  await expect(about).toContainText('Browser version');
  await expect(about).toContainText(info.home);
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();
});
