import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createInPage } from './main-api';

test('downloads the RACI workbook, the client edits two cells, the import preview shows them and applying is one undo step', async ({ page, request }) => {
  await createInPage(page, { name: 'Launch review', language: 'en', templateId: 'product-launch' });
  await expect(page.getByRole('heading', { level: 1, name: 'Launch review' })).toBeVisible();

  const menu = page.getByRole('button', { name: /Export and import/ });
  await menu.click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'RACI workbook (Excel)…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Launch review RACI matrix.xlsx');
  const dir = mkdtempSync(join(tmpdir(), 'lanewise-e2e-xlsx-'));
  const path = join(dir, 'client.xlsx');
  await download.saveAs(path);

  // The client changes two cells in Excel: an I becomes C, a C becomes "r/c".
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0]!;
  const found: Record<string, { r: number; c: number }> = {};
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const v = String(cell.value ?? '');
      if (r > 5 && c > 3 && (v === 'I' || v === 'C') && !found[v]) found[v] = { r, c };
    }),
  );
  sheet.getCell(found.I!.r, found.I!.c).value = 'C';
  sheet.getCell(found.C!.r, found.C!.c).value = 'r/c';
  await book.xlsx.writeFile(path);

  await menu.click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import RACI edits from Excel…' }).click();
  await (await choosing).setFiles(path);

  const dialog = page.getByRole('dialog', { name: 'Import from client.xlsx' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('0 added · 0 removed · 2 changed')).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(3);
  await expect(dialog.getByRole('cell', { name: 'R/C', exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Import applied' })).toBeVisible();

  // Importing the same workbook again finds nothing left to change.
  await menu.click();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import RACI edits from Excel…' }).click();
  await (await again).setFiles(path);
  const second = page.getByRole('dialog', { name: 'Import from client.xlsx' });
  await expect(second.getByText('The workbook matches the project: nothing to import.')).toBeVisible();
  await second.getByRole('button', { name: 'Cancel' }).click();

  // One undo takes the whole import back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await menu.click();
  const third = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import RACI edits from Excel…' }).click();
  await (await third).setFiles(path);
  await expect(page.getByRole('dialog', { name: 'Import from client.xlsx' }).getByText('0 added · 0 removed · 2 changed')).toBeVisible();
});

test('a file that is not a workbook gets a clear error and no preview', async ({ page, request }) => {
  await createInPage(page, { name: 'Bad import', language: 'en', templateId: 'annual-budget' });
  await page.getByRole('button', { name: /Export and import/ }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import RACI edits from Excel…' }).click();
  await (await choosing).setFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('just text') });
  await expect(page.getByRole('alert')).toContainText('The workbook could not be imported.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
