import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { ProjectSession } from '../../electron/project/project-session';
import { projectFile } from './e2e-home';
import { createInPage } from './main-api';
import { addDepartment, showOrganisation } from './organisation-page';

const departments = (page: Page) => page.getByRole('list', { name: 'Departments' }).getByRole('listitem');

test('two tabs on one project: each sees the other’s edits within a second, and undo stays with the tab that edited', async ({ page, context }) => {
  await createInPage(page, { name: 'Shared review', language: 'en' });
  await showOrganisation(page);
  await addDepartment(page, 'Finance');
  await expect(departments(page)).toHaveText(['Finance']);

  // A second tab opens the same project from the start screen.
  const second = await context.newPage();
  await second.goto('/');
  await second.getByRole('list', { name: 'Recent projects' }).getByRole('button', { name: 'Open Shared review.lanewise' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Shared review' })).toBeVisible();
  await showOrganisation(second);
  await expect(departments(second)).toHaveText(['Finance']);

  await addDepartment(second, 'Procurement');
  await expect(departments(page)).toHaveText(['Finance', 'Procurement'], { timeout: 1_000 });
  await addDepartment(page, 'Legal');
  await expect(departments(second)).toHaveText(['Finance', 'Procurement', 'Legal'], { timeout: 1_000 });

  // The first tab's undo takes back its own last edit (Legal), never the second tab's.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(departments(page)).toHaveText(['Finance', 'Procurement']);
  await expect(departments(second)).toHaveText(['Finance', 'Procurement'], { timeout: 1_000 });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(departments(second)).toHaveText(['Procurement'], { timeout: 1_000 });
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(second.getByRole('button', { name: 'Undo' })).toBeEnabled();
});

test('another program writes to the open file: the tab reloads it, says so, and keeps working', async ({ page }) => {
  await createInPage(page, { name: 'Scripted', language: 'en' });
  await showOrganisation(page);
  await addDepartment(page, 'Finance');
  await expect(departments(page)).toHaveText(['Finance']);

  const script = new Database(projectFile('Scripted.lanewise'));
  script.prepare("INSERT INTO departments (id, name, color, sort_order) VALUES ('from-script', 'Added by a script', '#336699', 5)").run();
  script.close();

  await expect(page.getByRole('status').filter({ hasText: 'Another program changed this project’s file' })).toBeVisible();
  await expect(departments(page)).toHaveText(['Finance', 'Added by a script']);
  await addDepartment(page, 'Legal');
  await expect(departments(page)).toHaveText(['Finance', 'Added by a script', 'Legal']);
});

test('a project another program holds for writing is refused with who has it, and can be opened read-only', async ({ page }) => {
  const { path, session } = await createInPage(page, { name: 'Held elsewhere', language: 'en' });
  await page.request.post('/api/project.close', { data: { session } });
  const holder = ProjectSession.open(path, { app: 'Lanewise on the other laptop' });
  try {
    await page.goto('/');
    await page.getByRole('list', { name: 'Recent projects' }).getByRole('button', { name: 'Open Held elsewhere.lanewise' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('is open in Lanewise on the other laptop since');
    await alert.getByRole('button', { name: 'Open read-only' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Held elsewhere' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Opened read-only' })).toBeVisible();
    await expect(page.getByRole('status', { name: /^Saved in/ })).toContainText('Read-only: changes are not saved');
  } finally {
    holder.close();
  }
});
