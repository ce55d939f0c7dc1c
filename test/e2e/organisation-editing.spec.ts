import { expect, test, type Page } from '@playwright/test';
import { callMain, pageProject } from './main-api';
import { addDepartment, showOrganisation } from './organisation-page';

async function createProject(page: Page, name: string): Promise<void> {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Project name').fill(name);
  await form.getByLabel('Language', { exact: true }).selectOption('en');
  await form.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await showOrganisation(page);
}

test('renames a department in place: Enter commits, Escape cancels', async ({ page }) => {
  await createProject(page, 'Renaming');
  await addDepartment(page, 'Finance');
  const departments = page.getByRole('list', { name: 'Departments' }).getByRole('listitem');

  await page.getByRole('button', { name: 'Rename Finance' }).click();
  const nameField = page.getByRole('textbox', { name: 'New name for Finance' });
  await expect(nameField).toBeFocused();
  await nameField.fill('Finance & Control');
  await nameField.press('Enter');
  await expect(departments).toHaveText(['Finance & Control']);
  await expect(page.getByRole('button', { name: 'Rename Finance & Control' })).toBeFocused();

  await page.getByRole('button', { name: 'Rename Finance & Control' }).click();
  await page.getByRole('textbox', { name: 'New name for Finance & Control' }).fill('Not this');
  await page.getByRole('textbox', { name: 'New name for Finance & Control' }).press('Escape');
  await expect(departments).toHaveText(['Finance & Control']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(departments).toHaveText(['Finance']);
});

test('groups positions under departments and asks before deleting a department that has lanes', async ({ page, request }) => {
  await createProject(page, 'Org chart');
  await addDepartment(page, 'Finance');
  await addDepartment(page, 'Procurement');

  const addPosition = page.getByRole('form', { name: 'Add position' });
  for (const [department, position] of [['Procurement', 'Buyer'], ['Finance', 'Accountant'], ['Finance', 'Controller']] as const) {
    await addPosition.getByLabel('Department').selectOption({ label: department });
    await addPosition.getByLabel('Position name').fill(position);
    await addPosition.getByRole('button', { name: 'Add position' }).click();
    await expect(page.getByRole('list', { name: department }).getByRole('listitem').filter({ hasText: position })).toBeVisible();
  }
  await expect(page.getByRole('list', { name: 'Finance' }).getByRole('listitem')).toHaveText(['Accountant', 'Controller']);
  await expect(page.getByRole('list', { name: 'Procurement' }).getByRole('listitem')).toHaveText(['Buyer']);

  // Lanes cannot be drawn in the UI yet, so one is added through the API and the page reloaded.
  const { state, session } = await pageProject(page);
  const finance = Object.values(state.tables.departments).find((d) => d.name === 'Finance')!;
  await callMain(request, 'project.execute', { session, command: { type: 'add', table: 'processes', row: { id: 'pr_e2e', name: 'Month-end close' } } });
  await callMain(request, 'project.execute', { session, command: { type: 'add', table: 'lanes', row: { id: 'lane_e2e', processId: 'pr_e2e', departmentId: finance.id } } });
  await page.reload();
  await showOrganisation(page);

  const departments = page.getByRole('list', { name: 'Departments' }).getByRole('listitem');
  await page.getByRole('button', { name: 'Delete Finance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete department?' });
  await expect(dialog).toContainText('1 lane');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(departments).toHaveText(['Finance', 'Procurement']);

  await page.getByRole('button', { name: 'Delete Finance' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(departments).toHaveText(['Procurement']);
  await expect(page.getByRole('list', { name: 'Finance' })).toHaveCount(0);

  // A department without lanes goes at once.
  await page.getByRole('button', { name: 'Delete Procurement' }).click();
  await expect(departments).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(departments).toHaveText(['Finance', 'Procurement']);
  await expect(page.getByRole('list', { name: 'Finance' }).getByRole('listitem')).toHaveText(['Accountant', 'Controller']);
});

test('shows the interface in the project language and lets the user switch it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Language / 语言').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '新建项目' })).toBeVisible();
  await page.getByLabel('Language / 语言').selectOption('en');

  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Project name').fill('采购流程梳理');
  await form.getByLabel('Language', { exact: true }).selectOption('zh-CN');
  await form.getByLabel('Organisation').fill('华东制造有限公司');
  await form.getByRole('button', { name: 'Create project' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '采购流程梳理' })).toBeVisible();
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByLabel('Language / 语言').selectOption('en');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Close project' })).toBeVisible();
});
