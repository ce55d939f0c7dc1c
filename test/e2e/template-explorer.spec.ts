import { expect, test, type Page } from '@playwright/test';
import { pageProject } from './main-api';

async function createBlank(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Language / 语言').selectOption('en');
  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Project name').fill(name);
  await form.getByLabel('Language', { exact: true }).selectOption('en');
  await form.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addFromTemplate(page: Page, template: string): Promise<void> {
  await page.getByRole('button', { name: 'Add from template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a process from a template' });
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('button', { name: 'Add process' }).click();
  await expect(dialog).toBeHidden();
}

async function stepCount(page: Page): Promise<number> {
  const { state } = await pageProject(page);
  return Object.keys(state.tables.steps).length;
}

test('adds a template to an open project, duplicates a process and brings it back after a delete', async ({ page }) => {
  await createBlank(page, 'Explorer');
  await expect(page.getByText('This project has no processes yet.')).toBeVisible();

  await addFromTemplate(page, 'Major customer complaint handling');
  const group = page.getByRole('list', { name: 'Major customer complaints' });
  await expect(group.getByRole('button', { name: 'Major customer complaint handling', exact: true })).toHaveAttribute('aria-current', 'page');
  const steps = await stepCount(page);
  expect(steps).toBeGreaterThan(5);

  await page.getByRole('button', { name: 'More actions for Major customer complaint handling' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  // The copy sits right after the original, shown at once.
  await expect(group.getByRole('listitem')).toHaveText(['Major customer complaint handling', 'Major customer complaint handling (copy)']);
  await expect(group.getByRole('button', { name: 'Major customer complaint handling (copy)', exact: true })).toHaveAttribute('aria-current', 'page');
  expect(await stepCount(page)).toBe(steps * 2);

  await page.getByRole('button', { name: 'Delete Major customer complaint handling (copy)' }).click();
  await expect(group.getByRole('listitem')).toHaveText(['Major customer complaint handling']);
  const notice = page.getByRole('status').filter({ hasText: 'deleted' });
  await expect(notice).toContainText('“Major customer complaint handling (copy)” deleted.');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(group.getByRole('listitem')).toHaveText(['Major customer complaint handling', 'Major customer complaint handling (copy)']);

  // Adding the template is one undo step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText('This project has no processes yet.')).toBeVisible();
  expect(await stepCount(page)).toBe(0);
});

test('saves a process as a template and adds it to another project', async ({ page }) => {
  await createBlank(page, 'Template source');
  await addFromTemplate(page, 'Cross-department marketing event');
  await page.getByRole('button', { name: 'More actions for Marketing event execution' }).click();
  await page.getByRole('menuitem', { name: 'Save as template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save as template' });
  await save.getByLabel('Template name').fill('Trade show (ours)');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as template' })).toContainText('“Trade show (ours)”');
  const steps = await stepCount(page);

  await page.getByRole('button', { name: 'Close project' }).click();
  await createBlank(page, 'Template target');
  await page.getByRole('button', { name: 'Add from template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a process from a template' });
  const ours = dialog.getByRole('radio', { name: 'Trade show (ours)' });
  await expect(ours).toHaveAccessibleDescription(new RegExp(`${steps} steps in 5 lanes`));
  await ours.check();
  await dialog.getByRole('button', { name: 'Add process' }).click();
  await expect(page.getByRole('button', { name: 'Trade show (ours)', exact: true })).toHaveAttribute('aria-current', 'page');
  expect(await stepCount(page)).toBe(steps);
  await page.getByRole('button', { name: 'Departments and positions' }).click();
  await expect(page.getByRole('list', { name: 'Departments' }).getByRole('listitem')).toHaveText(['Marketing', 'Design', 'Public Relations', 'Sales', 'Technical Support']);

  // Deleting a template cannot be undone, so it asks first.
  await page.getByRole('button', { name: 'Add from template' }).click();
  await dialog.getByRole('button', { name: 'Delete template Trade show (ours)' }).click();
  await dialog.getByRole('group', { name: 'Delete “Trade show (ours)” for good?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('radio', { name: 'Trade show (ours)' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('merges one department into another with a preview, as one undo step', async ({ page }) => {
  await createBlank(page, 'Merging');
  await addFromTemplate(page, 'New product or service launch');
  await page.getByRole('button', { name: 'Departments and positions' }).click();
  const departments = page.getByRole('list', { name: 'Departments' }).getByRole('listitem');
  await expect(departments).toHaveText(['Marketing', 'Product', 'R&D', 'Production', 'Sales']);

  await page.getByRole('button', { name: 'Merge Production into another department' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge departments' });
  await dialog.getByLabel('Merge “Production” into').selectOption({ label: 'R&D' });
  await expect(dialog).toContainText('Everything of “Production” moves to “R&D”, then “Production” is deleted');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'the lane of' })).toContainText('1 lane joins the lane of “R&D” in the same process');
  const stepsBefore = await stepCount(page);
  await dialog.getByRole('button', { name: 'Merge' }).click();

  await expect(departments).toHaveText(['Marketing', 'Product', 'R&D', 'Sales']);
  // Nothing is lost: the steps of the joined lane now sit in R&D's lane.
  expect(await stepCount(page)).toBe(stepsBefore);
  const { state } = await pageProject(page);
  const rnd = Object.values(state.tables.departments).find((d) => d.name === 'R&D')!;
  const production = Object.values(state.tables.steps).find((s) => s.name === 'Prepare volume production')!;
  expect(state.tables.lanes[production.laneId]?.departmentId).toBe(rnd.id);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(departments).toHaveText(['Marketing', 'Product', 'R&D', 'Production', 'Sales']);
});
