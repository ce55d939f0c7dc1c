import { expect, test } from '@playwright/test';
import { TEMPLATE_IDS } from '../../shared/templates/template-catalogue';
import { callMain, createInPage } from './main-api';

test('a long Word export shows how far it has got while the project stays editable, and Cancel stops it with nothing downloaded', async ({ page }) => {
  const project = await createInPage(page, { name: 'Large engagement', language: 'en', templateId: 'product-launch' });
  // Every scenario twice over: a document with a dozen diagrams to draw.
  for (const templateId of [...TEMPLATE_IDS, ...TEMPLATE_IDS]) await callMain(page.request, 'project.addTemplate', { session: project.session, templateId });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Large engagement' })).toBeVisible();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));

  await page.getByRole('button', { name: /Export and import/ }).click();
  await page.getByRole('menuitem', { name: 'Policy draft (Word)…' }).click();
  const progress = page.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuetext', /^(Drawing diagrams|Writing the file) · \d+%$/);

  // The API keeps answering: a process can be added while the diagrams are drawn.
  const addProcess = page.getByRole('form', { name: 'Add process' });
  await addProcess.getByLabel('Process name').fill('Added during the export');
  await addProcess.getByRole('button', { name: 'Add process' }).click();
  await expect(page.getByRole('list', { name: 'Processes' }).getByRole('listitem').filter({ hasText: /^Added during the export$/ })).toBeVisible();
  await expect(progress).toBeVisible();

  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled: no file was made.' })).toBeVisible();
  await expect(progress).toBeHidden();
  expect(downloads).toEqual([]);
  await expect(page.getByRole('button', { name: /Export and import/ })).toBeEnabled();
});
