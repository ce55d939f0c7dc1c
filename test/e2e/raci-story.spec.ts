import { expect, test, type Page } from '@playwright/test';
import { createLaunchProject } from './raci-project';
import { fitDiagram } from './template-canvas';

function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

async function openMatrix(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('list', { name: 'Processes' }).getByText('Product launch').click();
  await page.getByRole('tab', { name: 'RACI matrix' }).click();
  await expect(page.getByRole('grid', { name: 'RACI matrix of Product launch' })).toBeVisible();
}

const cell = (page: Page, step: string, party: string) => page.getByRole('gridcell', { name: new RegExp(`^${step} × ${party.replace(/[&]/g, '\\$&')}: `) });

test('two A on one step: the error shows in the grid and status bar, a ruling clears it and is logged, undo brings it back', async ({ page, request }) => {
  const problems = watchForProblems(page);
  await createLaunchProject(page, 'RACI story');
  await openMatrix(page);
  const grid = page.getByRole('grid', { name: 'RACI matrix of Product launch' });
  const status = page.getByRole('status', { name: 'RACI check' });
  await expect(status).toHaveText('No open findings');

  // Rows in flow order under their phases; columns are departments with their positions.
  const rowNames = await grid.getByRole('rowheader').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent));
  expect(rowNames).toEqual(['Plan', 'N01 Raise requirement', 'N02 Review requirement', 'N03 Approve project', 'Build', 'N04 Develop', 'N05 Test and accept', 'Launch', 'N06 Launch campaign', 'N07 Project review']);
  await expect(grid.getByRole('columnheader', { name: 'R&D lead' })).toBeVisible();

  // Type A into two cells of N04 (R&D already holds A there).
  await cell(page, 'N04 Develop', 'R&D lead').click();
  await page.keyboard.press('a');
  // The cells in conflict say so in words, not only by colour.
  await expect(cell(page, 'N04 Develop', 'R&D lead')).toHaveAccessibleName('N04 Develop × R&D lead: R/A; conflict');
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'N04 Develop', 'Quality')).toBeFocused();
  await page.keyboard.press('A');
  await expect(cell(page, 'N04 Develop', 'Quality')).toHaveAccessibleName('N04 Develop × Quality: A/C; conflict');

  const n04 = grid.getByRole('rowheader', { name: 'N04 Develop' });
  await expect(n04.getByRole('img', { name: '1 error: Step has more than one A (Accountable)' })).toBeVisible();
  await expect(grid.getByRole('rowheader', { name: 'N03 Approve project' }).getByRole('img')).toHaveCount(0);
  await expect(status).toHaveText('1 error');

  // The findings list names it and takes us to the cell.
  await page.getByRole('tab', { name: 'Findings' }).click();
  // Findings are listed under a heading per rule and process.
  const findings = page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
  await expect(findings).toHaveCount(1);
  const finding = findings.first();
  await expect(finding).toContainText('Step has more than one A (Accountable)');
  await expect(finding).toContainText('N04 Develop (R&D, R&D lead, Quality)');
  await expect(finding).toContainText('Open');
  // …and the step carries the error on the diagram too.
  await finding.getByRole('button', { name: 'Show on diagram' }).click();
  await expect(page.getByRole('group', { name: 'N04 Develop', exact: true }).getByRole('img', { name: '1 error' })).toBeVisible();
  await page.getByRole('tab', { name: 'Findings' }).click();
  await finding.getByRole('button', { name: 'Show in matrix' }).click();
  await expect(page.getByRole('gridcell', { name: /^N04 Develop × / }).and(page.locator(':focus'))).toHaveCount(1);

  // Resolve: one accountable party, who decided, and a reason (required).
  await page.getByRole('tab', { name: 'Findings' }).click();
  await finding.getByRole('button', { name: 'Resolve…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Name the one A (Accountable)' });
  const parties = dialog.getByRole('group', { name: 'A (Accountable)' });
  await expect(parties.getByRole('radio')).toHaveCount(3);
  await parties.getByRole('radio', { name: /R&D lead/ }).check();
  await dialog.getByRole('textbox', { name: 'Decided by' }).fill('VP Operations');
  await dialog.getByRole('button', { name: 'Apply ruling' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the reason for the decision.');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('The R&D lead owns delivery of the build.');
  await dialog.getByRole('button', { name: 'Apply ruling' }).click();
  await expect(dialog).toBeHidden();

  await expect(status).toHaveText('No open findings');
  await expect(findings).toHaveCount(0);
  const log = page.getByRole('table', { name: 'Resolution log' });
  await expect(log.getByRole('row')).toHaveCount(2);
  const entry = log.getByRole('row').nth(1);
  await expect(entry.getByRole('cell')).toHaveText([/\d/, 'Product launch', 'N04 Develop', 'Step has more than one A (Accountable)', 'Named accountable', 'R&D lead', 'VP Operations', 'The R&D lead owns delivery of the build.']);

  await page.getByRole('tab', { name: 'RACI matrix' }).click();
  await expect(cell(page, 'N04 Develop', 'R&D lead')).toHaveAccessibleName('N04 Develop × R&D lead: R/A');
  await expect(cell(page, 'N04 Develop', 'R&D')).toHaveAccessibleName('N04 Develop × R&D: R');
  await expect(cell(page, 'N04 Develop', 'Quality')).toHaveAccessibleName('N04 Develop × Quality: C');
  await expect(n04.getByRole('img')).toHaveCount(0);
  const n04OnDiagram = page.getByRole('group', { name: 'N04 Develop', exact: true });
  await page.getByRole('tab', { name: 'Diagram' }).click();
  // The diagram opens at a readable zoom: all of it shows once fitted.
  await fitDiagram(page);
  await expect(n04OnDiagram).toBeVisible();
  await expect(n04OnDiagram.getByRole('img')).toHaveCount(0);

  // One undo takes back the whole ruling, log entry included.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toHaveText('1 error');
  await expect(n04OnDiagram.getByRole('img', { name: '1 error' })).toBeVisible();
  await page.getByRole('tab', { name: 'RACI matrix' }).click();
  await expect(n04.getByRole('img', { name: /^1 error/ })).toBeVisible();
  await expect(cell(page, 'N04 Develop', 'Quality')).toHaveAccessibleName('N04 Develop × Quality: A/C; conflict');
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(findings).toHaveCount(1);
  await expect(page.getByText('No decisions yet.')).toBeVisible();
  expect(problems).toEqual([]);
});

test('accepting a finding as an exception keeps it listed as accepted and out of the open count', async ({ page, request }) => {
  await createLaunchProject(page, 'RACI exception');
  await openMatrix(page);
  await cell(page, 'N06 Launch campaign', 'Sales director').click();
  await page.keyboard.press('a');
  await expect(page.getByRole('status', { name: 'RACI check' })).toHaveText('1 error');

  await page.getByRole('tab', { name: 'Findings' }).click();
  const finding = page.getByRole('region', { name: 'Findings' }).getByRole('listitem').first();
  await finding.getByRole('button', { name: 'Accept as exception…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept as an exception' });
  // Remembered from nothing yet: the field starts empty and is required.
  await expect(dialog.getByRole('textbox', { name: 'Decided by' })).toHaveValue('');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Joint sign-off agreed with the board.');
  await dialog.getByRole('button', { name: 'Accept exception' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Say who decided.');
  await dialog.getByRole('textbox', { name: 'Decided by' }).fill('分管副总');
  await dialog.getByRole('button', { name: 'Accept exception' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status', { name: 'RACI check' })).toHaveText('No open findings · 1 accepted');
  await expect(finding).toContainText('Accepted');
  await expect(finding).toContainText('Accepted by 分管副总: Joint sign-off agreed with the board.');
  await expect(finding.getByRole('button', { name: 'Accept as exception…' })).toHaveCount(0);
  await page.getByLabel('Status').selectOption('open');
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('listitem')).toHaveCount(0);
  await page.getByLabel('Status').selectOption('accepted');
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('listitem')).toHaveCount(1);

  // The grid shows the row as accepted, not as an error.
  await page.getByRole('tab', { name: 'RACI matrix' }).click();
  await expect(page.getByRole('rowheader', { name: 'N06 Launch campaign' }).getByRole('img', { name: 'No open findings · 1 accepted' })).toBeVisible();

  // The next dialog remembers who decided.
  await cell(page, 'N07 Project review', 'Sales').click();
  await page.keyboard.press('a');
  await page.getByRole('tab', { name: 'Findings' }).click();
  await page.getByLabel('Status').selectOption('open');
  await page.getByRole('region', { name: 'Findings' }).getByRole('button', { name: 'Resolve…' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Decided by' })).toHaveValue('分管副总');
});
