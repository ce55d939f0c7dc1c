import { expect, test } from '@playwright/test';
import { expectInLane, fitDiagram, stepOnCanvas } from './template-canvas';

/** The example flow of the source (新产品/服务上线) and the lane each step belongs to. */
const SOURCE_FLOW = [
  ['需求提出', '市场部'],
  ['需求评审', '产品部'],
  ['研发立项', '研发部'],
  ['研发执行', '研发部'],
  ['测试验收', '产品部'],
  ['市场推广', '市场部'],
  ['项目复盘', '产品部'],
] as const;

test('a consultant starts from the product launch template, switches to English and reopens the project from the recent list', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');
  await page.getByLabel('Language / 语言').selectOption('zh-CN');
  const form = page.getByRole('form', { name: '新建项目' });
  await form.getByLabel('项目名称').fill('新品上线');
  await form.getByLabel('语言', { exact: true }).selectOption('zh-CN');
  await form.getByLabel('组织').fill('华东制造有限公司');
  const template = form.getByRole('radio', { name: '新产品/服务上线' });
  await expect(template).toHaveAccessibleDescription(/市场、产品、研发、生产、销售/);
  await template.check();
  await form.getByRole('button', { name: '创建项目' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '新品上线' })).toBeVisible();
  // The project opens on the template's process, filed under its scenario.
  const processes = page.getByRole('list', { name: '新产品/服务上线全流程协作' });
  await expect(processes.getByRole('listitem')).toHaveCount(1);
  await expect(processes.getByRole('button', { name: '新产品开发协作流程', exact: true })).toHaveAttribute('aria-current', 'page');

  await fitDiagram(page);
  for (const [step, lane] of SOURCE_FLOW) {
    await expect(stepOnCanvas(page, step)).toBeVisible();
    await expectInLane(page, step, lane);
  }
  await expect(page.getByRole('button', { name: '检查结果 0', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已保存所有更改' })).toContainText('新品上线.lanewise');
  // Creating from a template is where the project starts, not an edit to undo.
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();

  await page.getByLabel('Language / 语言').selectOption('en');
  await expect(page.getByRole('tab', { name: 'Diagram' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close project' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Findings 0', exact: true })).toBeVisible();
  // The user's data stays as it was written.
  await expect(page.getByRole('button', { name: '新产品开发协作流程', exact: true })).toBeVisible();
  await expect(stepOnCanvas(page, '需求提出')).toBeVisible();

  await page.getByRole('button', { name: 'Close project' }).click();
  const recent = page.getByRole('list', { name: 'Recent projects' });
  await expect(recent.getByRole('listitem').first()).toContainText('新品上线');
  await recent.getByRole('button', { name: 'Open 新品上线.lanewise' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '新品上线' })).toBeVisible();
  await fitDiagram(page);
  for (const [step, lane] of SOURCE_FLOW) await expectInLane(page, step, lane);
  expect(problems).toEqual([]);
});
