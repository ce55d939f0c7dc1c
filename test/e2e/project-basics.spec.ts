import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectFile } from './e2e-home';
import { pageProject } from './main-api';

test('creates a project, adds a process and two departments, undoes and redoes, reloads and finds them', async ({ page, request }) => {
  // CSP violations and script errors surface as console errors.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Lanewise' })).toBeVisible();

  const newProject = page.getByRole('form', { name: 'New project' });
  await newProject.getByLabel('Project name').fill('Purchasing review');
  await newProject.getByLabel('Language', { exact: true }).selectOption('en');
  await newProject.getByLabel('Organisation').fill('Acme Ltd');
  await newProject.getByRole('button', { name: 'Create project' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Purchasing review' })).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  const addProcess = page.getByRole('form', { name: 'Add process' });
  await addProcess.getByLabel('Process name').fill('Purchase to pay');
  await addProcess.getByRole('button', { name: 'Add process' }).click();
  const processes = page.getByRole('list', { name: 'Processes' }).getByRole('listitem');
  await expect(processes).toHaveText(['Purchase to pay']);

  const organisation = page.getByRole('button', { name: /^Departments and positions/ });
  await organisation.click();
  const addDepartment = page.getByRole('form', { name: 'Add department' });
  for (const name of ['Finance', 'Procurement']) {
    await addDepartment.getByLabel('Department name').fill(name);
    await addDepartment.getByRole('button', { name: 'Add department' }).click();
  }
  const departments = page.getByRole('list', { name: 'Departments' }).getByRole('listitem');
  await expect(departments).toHaveText(['Finance', 'Procurement']);

  // Undo once with the button and once with the keyboard (focus is on the Undo button, not in a text field).
  await undo.click();
  await expect(departments).toHaveText(['Finance']);
  await expect(redo).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(departments).toHaveCount(0);
  await expect(processes).toHaveText(['Purchase to pay']);

  await redo.click();
  await expect(departments).toHaveText(['Finance']);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(departments).toHaveText(['Finance', 'Procurement']);
  await expect(redo).toBeDisabled();
  // Ctrl+Y redoes too, as in Office and WPS.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(departments).toHaveText(['Finance']);
  await page.keyboard.press('Control+y');
  await expect(departments).toHaveText(['Finance', 'Procurement']);
  await expect(redo).toBeDisabled();

  // In a text field Ctrl+Z belongs to the field, not to the project. Changes reach main in order,
  // so had the key undone anything, the department added next would land in a list without Procurement.
  const departmentName = addDepartment.getByLabel('Department name');
  await departmentName.fill('Sales');
  await departmentName.press('ControlOrMeta+z');
  await departmentName.fill('Sales');
  await departmentName.press('Enter');
  await expect(departments).toHaveText(['Finance', 'Procurement', 'Sales']);
  await undo.click();
  await expect(departments).toHaveText(['Finance', 'Procurement']);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Purchasing review' })).toBeVisible();
  await expect(processes).toHaveText(['Purchase to pay']);
  await organisation.click();
  await expect(departments).toHaveText(['Finance', 'Procurement']);

  // Other stories may have made a "Purchasing review" too: ask the app which file this one is.
  const { path } = await pageProject(page);
  const fileName = basename(path);
  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('list', { name: 'Recent projects' }).getByRole('button', { name: `Open ${fileName}` })).toBeVisible();

  const info = execFileSync(process.execPath, ['bin/lanewise.mjs', 'info', projectFile(fileName), '--json'], { encoding: 'utf8' });
  expect(JSON.parse(info)).toMatchObject({ processes: 1, lanes: 0, steps: 0, flows: 0, parties: 2, raciCells: 0 });
  expect(problems).toEqual([]);
});
