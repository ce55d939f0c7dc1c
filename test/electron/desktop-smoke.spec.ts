import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const home = mkdtempSync(join(tmpdir(), 'lanewise-electron-'));

function launch(): Promise<ElectronApplication> {
  return electron.launch({ args: ['.'], env: { ...process.env, LANEWISE_HOME: home } });
}

test('the desktop app opens, creates and edits a project, exports Word through the save dialog, and reopens it', async () => {
  const target = join(home, 'Policy.docx');
  let app = await launch();
  let page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Lanewise' })).toBeVisible();

  const newProject = page.getByRole('form', { name: 'New project' });
  await newProject.getByLabel('Project name').fill('Desktop smoke');
  await newProject.getByLabel('Language', { exact: true }).selectOption('en');
  await newProject.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desktop smoke' })).toBeVisible();

  const addProcess = page.getByRole('form', { name: 'Add process' });
  await addProcess.getByLabel('Process name').fill('Purchase to pay');
  await addProcess.getByRole('button', { name: 'Add process' }).click();
  await expect(page.getByRole('list', { name: 'Processes' }).getByRole('listitem')).toHaveText(['Purchase to pay']);

  // The native save dialog cannot be clicked: main's dialog module answers with a path instead.
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: path });
  }, target);
  await page.getByRole('button', { name: /Export and import/ }).click();
  await page.getByRole('menuitem', { name: 'Policy draft (Word)…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved ${target}` })).toBeVisible();
  expect(existsSync(target)).toBe(true);
  await app.close();

  app = await launch();
  page = await app.firstWindow();
  await page.getByRole('button', { name: /Desktop smoke/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desktop smoke' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Processes' }).getByRole('listitem')).toHaveText(['Purchase to pay']);
  await app.close();
});
