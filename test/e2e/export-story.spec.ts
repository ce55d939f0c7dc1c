import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AxeAudit } from './axe-audit';
import { createInPage } from './main-api';

const cell = (page: Page, step: string, party: string) => page.getByRole('gridcell', { name: new RegExp(`^${step} × ${party}: `) });

/** The cell of a step (by its code) and a position (by its header), found the way a client reads the sheet. */
function clientCell(sheet: ExcelJS.Worksheet, code: string, position: string): ExcelJS.Cell {
  let row = 0;
  let column = 0;
  sheet.getColumn(2).eachCell((c, r) => {
    if (c.value === code) row = r;
  });
  sheet.getRow(5).eachCell((c, col) => {
    if (c.value === position) column = col;
  });
  if (!row || !column) throw new Error(`no cell for ${code} × ${position}`);
  return sheet.getCell(row, column);
}

async function importWorkbook(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: /Export and import/ }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import RACI edits from Excel…' }).click();
  await (await choosing).setFiles(path);
}

test('export; the app and the client both edit; the preview shows one applied, one kept, one conflict; the user takes the client\'s value; the client\'s remark becomes a review note', async ({ page }) => {
  await createInPage(page, { name: 'Launch review', language: 'en', templateId: 'product-launch' });
  await expect(page.getByRole('heading', { level: 1, name: 'Launch review' })).toBeVisible();

  // The consultant sends the RACI workbook to the client.
  await page.getByRole('button', { name: /Export and import/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'RACI workbook (Excel)…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Launch review RACI matrix.xlsx');
  const path = join(mkdtempSync(join(tmpdir(), 'lanewise-e2e-xlsx-')), 'client.xlsx');
  await download.saveAs(path);

  // Meanwhile the consultant goes on in Lanewise: Marketing Manager is now also informed on N03, Production Manager consulted on N09.
  await page.getByRole('list', { name: 'Processes' }).getByText(/launch/i).first().click();
  await page.getByRole('tab', { name: 'RACI matrix' }).click();
  await cell(page, 'N03 Review requirement', 'Marketing Manager').click();
  await page.keyboard.press('i');
  await expect(cell(page, 'N03 Review requirement', 'Marketing Manager')).toHaveAccessibleName('N03 Review requirement × Marketing Manager: C/I');
  await cell(page, 'N09 Launch sales', 'Production Manager').click();
  await page.keyboard.press('c');
  await expect(cell(page, 'N09 Launch sales', 'Production Manager')).toHaveAccessibleName('N09 Launch sales × Production Manager: C/I');

  // The client edits N02 and the same N03 cell, and leaves a remark on N05.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0]!;
  clientCell(sheet, 'N02', 'Product Manager').value = 'C';
  clientCell(sheet, 'N03', 'Marketing Manager').value = 'R';
  const remarks = sheet.getRow(4).values as ExcelJS.CellValue[];
  sheet.getCell(clientCell(sheet, 'N05', 'Product Manager').row, remarks.indexOf('Remarks')).value = 'Quality should sign off the prototype';
  await book.xlsx.writeFile(path);

  await importWorkbook(page, path);
  const dialog = page.getByRole('dialog', { name: 'Import from client.xlsx' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^Compared with the export of /)).toBeVisible();
  await expect(dialog.getByText('1 from the workbook · 1 kept from Lanewise · 1 conflicts')).toBeVisible();

  const applied = dialog.getByRole('region', { name: 'From the workbook (1)' });
  await expect(applied.getByRole('row', { name: /^N02 Raise requirement Product \/ Product Manager I C 'New product development'!F7$/ })).toBeVisible();
  const kept = dialog.getByRole('region', { name: 'Kept from Lanewise (1)' });
  await expect(kept.getByRole('row', { name: /^N09 Launch sales Production \/ Production Manager I C\/I / })).toBeVisible();
  const conflicts = dialog.getByRole('region', { name: 'Conflicts (1)' });
  const choice = conflicts.getByRole('radiogroup', { name: 'Value for N03 Review requirement, Marketing / Marketing Manager' });
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await expect(dialog.getByRole('region', { name: 'New review notes (1)' })).toContainText('Quality should sign off the prototype');

  // The three groups, the conflict's choice and the note meet WCAG 2.2 AA like every other dialog.
  const audit = new AxeAudit(page);
  await audit.check('import preview with a conflict');

  // Nothing applies while the conflict is open.
  const applyButton = dialog.getByRole('button', { name: 'Apply import' });
  await expect(applyButton).toBeDisabled();
  await expect(dialog.getByText('Settle every conflict to apply the import.')).toBeVisible();
  await choice.getByRole('radio', { name: "Take the workbook's R" }).check();
  await applyButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Import applied' })).toBeVisible();

  await expect(cell(page, 'N02 Raise requirement', 'Product Manager')).toHaveAccessibleName('N02 Raise requirement × Product Manager: C');
  // Marketing has scrolled out of view: the arrow key takes us back to its manager's cell.
  await cell(page, 'N03 Review requirement', 'Product').click();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAccessibleName('N03 Review requirement × Marketing Manager: R');
  await expect(cell(page, 'N09 Launch sales', 'Production Manager')).toHaveAccessibleName('N09 Launch sales × Production Manager: C/I');

  // The remark waits in the findings until someone resolves it; resolving is one undoable step.
  await page.getByRole('tab', { name: 'Findings' }).click();
  const notes = page.getByRole('region', { name: 'Client review notes' });
  await expect(notes.getByText('1 open')).toBeVisible();
  await expect(notes.getByRole('listitem')).toContainText('N05 Carry out R&D');
  await audit.check('findings with a client review note');
  expect(audit.report()).toBe('');
  await notes.getByRole('button', { name: 'Resolve the note on N05 Carry out R&D' }).click();
  await expect(notes.getByText('0 open')).toBeVisible();
  await expect(notes.getByText('No open review notes.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.getByText('1 open')).toBeVisible();

  // Importing the same workbook again reverts nothing and adds nothing.
  await importWorkbook(page, path);
  const again = page.getByRole('dialog', { name: 'Import from client.xlsx' });
  await expect(again.getByText('0 from the workbook · 1 kept from Lanewise · 0 conflicts')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Apply import' })).toBeDisabled();
  await again.getByRole('button', { name: 'Cancel' }).click();
});

test('a file that is not a workbook gets a clear error naming it, and no preview', async ({ page }) => {
  await createInPage(page, { name: 'Bad import', language: 'en', templateId: 'annual-budget' });
  await page.getByRole('button', { name: /Export and import/ }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import RACI edits from Excel…' }).click();
  await (await choosing).setFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('just text') });
  await expect(page.getByRole('alert')).toContainText('"notes.xlsx" is not an Excel workbook (.xlsx)');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
