import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { zipEntries } from '../../electron/word/zip-entries';
import { AxeAudit } from './axe-audit';
import { canvas } from './canvas-page';
import { openPurchaseRequestMetrics } from './metrics-project';

/** The value shown for a figure in the metrics view. */
const figure = (page: Page, name: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::dd');

/** The row of a figure in the comparison table: figure, before, after, change. */
const deltaRow = (page: Page, name: string) => page.getByRole('table', { name: /^How the figures changed/ }).getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')} `) });

test('saves the as-is, redesigns the process, compares the versions and finds the comparison in the Word export', async ({ page }) => {
  // A long story with two accessibility audits and a Word export: a busy machine needs more than the default time.
  test.slow();
  // The as-is: four hand-offs, one approval, a 20-hour critical path.
  await openPurchaseRequestMetrics(page, 'Purchasing review');
  await expect(page.getByRole('heading', { name: 'Metrics and versions: Purchase request' })).toBeVisible();
  await expect(figure(page, 'Hand-offs')).toHaveText('4');
  await expect(figure(page, 'Approval points')).toHaveText('1');
  await expect(figure(page, 'Critical path')).toHaveText('20 h · 2.5 d');
  await expect(page.getByRole('region', { name: 'Critical path' }).getByRole('listitem')).toHaveText(['N01 Request', 'N02 Raise request', 'N03 Approve budget', 'N04 Check stock', 'N05 Confirm need', 'N06 Place order', 'N07 Ordered']);

  // On demand, the diagram highlights and numbers the steps of the critical path.
  await page.getByRole('button', { name: 'Show on the diagram' }).click();
  // The switch is a tool of the diagram's toolbar: nothing of it lies over the diagram while it is off.
  const toggle = page.getByRole('toolbar', { name: 'Diagram tools' }).getByRole('button', { name: 'Critical path' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(canvas(page).stage.getByRole('status').filter({ hasText: 'Critical path:' })).toHaveText('Critical path: 20 h · 2.5 d · 7 steps');
  await expect(canvas(page).stage.locator('.critical-path-halo')).toHaveCount(7);
  await expect(canvas(page).stage.locator('.critical-path-flow')).toHaveCount(6);
  const audit = new AxeAudit(page);
  await audit.check('en · diagram with the critical path');
  await toggle.click();
  await expect(canvas(page).stage.locator('.critical-path-halo')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Metrics' }).click();

  const versions = page.getByRole('region', { name: 'Versions' });
  await versions.getByLabel('Version name').fill('As-is');
  await versions.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.getByRole('status')).toHaveText('Saved version “As-is”.');
  await expect(versions.getByRole('list', { name: 'Saved versions of Purchase request' }).getByRole('listitem')).toHaveCount(1);
  await versions.getByLabel('Version name').fill(' as-is ');
  await versions.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.getByRole('alert')).toHaveText('This process already has a version named “as-is”.');

  // A problem of the diagnosis, answered by the redesign: the budget approval will go.
  await page.getByRole('tab', { name: 'Diagnosis', exact: true }).click();
  await page.getByRole('tab', { name: 'Problems', exact: true }).click();
  await page.getByRole('textbox', { name: /^Problem, e\.g\./ }).fill('Requests wait a day for the budget approval');
  await page.getByRole('form', { name: 'Add problem' }).getByRole('button', { name: 'Add problem' }).click();
  const problem = page.getByRole('article', { name: 'Problem Requests wait a day for the budget approval' });
  await problem.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Addressed by the redesign' });
  await problem.getByRole('combobox', { name: 'Step of the redesign' }).selectOption({ label: 'N03 Approve budget' });
  await problem.getByRole('textbox', { name: 'Note' }).fill('The budget is checked as the request is raised');
  await problem.getByRole('textbox', { name: 'Note' }).blur();
  await expect(problem.getByRole('combobox', { name: 'Step of the redesign' }).locator('option:checked')).toHaveText('N03 Approve budget');

  // Redesign on the diagram: the budget approval goes, the request goes straight to the stock check.
  await page.getByRole('tab', { name: 'Diagram' }).click();
  const c = canvas(page);
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await c.step('N03 Approve budget').click();
  await c.panel.getByRole('button', { name: 'Delete step' }).click();
  await expect(c.step('N03 Approve budget')).toHaveCount(0);
  await c.step('N02 Raise request').click();
  await c.panel.getByLabel('Connect to').selectOption({ label: 'N04 Check stock' });
  await c.panel.getByRole('button', { name: 'Add flow' }).click();
  await expect(c.flow('N02 Raise request', 'N04 Check stock')).toHaveCount(1);
  // Two hand-offs merge: Purchasing confirms the need itself instead of sending it back to Sales.
  await c.step('N05 Confirm need').click();
  await c.panel.getByLabel('Lane').selectOption({ label: 'Purchasing' });

  // The double A on "Check stock" is settled: Purchasing is accountable.
  await page.getByRole('tab', { name: 'Findings' }).click();
  const finding = page.getByRole('region', { name: 'Findings' }).getByRole('listitem').filter({ hasText: 'Step has more than one A (Accountable)' });
  await finding.getByRole('button', { name: 'Resolve…' }).click();
  const ruling = page.getByRole('dialog', { name: 'Name the one A (Accountable)' });
  await ruling.getByRole('group', { name: 'A (Accountable)' }).getByRole('radio', { name: /Purchasing/ }).check();
  await ruling.getByRole('textbox', { name: 'Decided by' }).fill('VP Operations');
  await ruling.getByRole('textbox', { name: 'Reason' }).fill('Purchasing owns the stock check.');
  await ruling.getByRole('button', { name: 'Apply ruling' }).click();
  await expect(ruling).toBeHidden();

  // The comparison: the figures before and after, with the change.
  await page.getByRole('tab', { name: 'Metrics' }).click();
  await expect(figure(page, 'Hand-offs')).toHaveText('1');
  const compare = page.getByRole('region', { name: 'Compare versions' });
  await expect(compare.getByRole('combobox', { name: 'From' }).locator('option:checked')).toHaveText('As-is');
  await expect(compare.getByRole('combobox', { name: 'To' }).locator('option:checked')).toHaveText('Working process');
  // By hand: 2 + 4 + 2 + 4 = 12 h without the day of approval; only N02 → N04 still crosses a lane.
  await expect(deltaRow(page, 'Critical path (hours)').getByRole('cell')).toHaveText(['20', '12', /−8/]);
  await expect(deltaRow(page, 'Critical path (days)').getByRole('cell')).toHaveText(['2.5', '1.5', /−1/]);
  await expect(deltaRow(page, 'Hand-offs').getByRole('cell')).toHaveText(['4', '1', /−3/]);
  await expect(deltaRow(page, 'Approval points').getByRole('cell')).toHaveText(['1', '0', /−1/]);
  await expect(deltaRow(page, 'Open RACI errors').getByRole('cell')).toHaveText(['1', '0', /−1/]);
  await expect(deltaRow(page, 'Hand-offs').getByRole('cell').last()).toHaveAccessibleName('−3 (lower)');

  // The coloured diff: both versions in one diagram, each change outlined and marked, with a legend.
  const diagram = compare.getByRole('img', { name: /^Diagram of the changes from As-is to Working process/ });
  await expect(diagram).toBeVisible();
  const removed = diagram.locator('.diff-step.diff-removed');
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText('Approve budget');
  await expect(removed.locator('.diff-halo')).toHaveAttribute('stroke', '#b42318');
  await expect(removed.locator('.diff-mark')).toHaveText('−');
  await expect(diagram.locator('.diff-step.diff-changed')).toContainText('Confirm need');
  await expect(diagram.locator('.diff-flow.diff-added')).toHaveCount(1);
  await expect(diagram.locator('.diff-legend')).toContainText('Added');
  await expect(diagram.locator('.diff-legend')).toContainText('Removed');
  const changes = compare.getByRole('table', { name: 'What changed' });
  await expect(changes.getByRole('row', { name: /removed step N03 Approve budget/ })).toHaveCount(1);
  await expect(changes.getByRole('row', { name: /changed step N05 Confirm need department: Sales → Purchasing/ })).toHaveCount(1);
  await expect(changes.getByRole('row', { name: /RACI N04 Check stock Finance: A → empty/ })).toHaveCount(1);

  // The problem the removed approval answers, still named by that step.
  const answered = compare.getByRole('table', { name: 'Problems the redesign of Purchase request addresses' });
  await expect(answered.getByRole('row', { name: 'Requests wait a day for the budget approval removed step N03 Approve budget The budget is checked as the request is raised' })).toHaveCount(1);

  // The diagram with its critical path, and the whole metrics view, comparison included, meet WCAG 2.2 AA.
  await audit.check('en · metrics and comparison');
  expect(audit.violations, audit.report()).toEqual([]);

  // The Word policy draft carries the comparison in its appendix.
  await page.getByRole('button', { name: /Export and import/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Policy draft (Word)…' }).click();
  const download = await downloading;
  const document = zipEntries(readFileSync((await download.path())!)).get('word/document.xml')!.toString('utf8');
  const text = document.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(text).toContain('Appendix: Process Metrics and Redesign Comparison');
  expect(text).toContain('Before and after: Purchase request (As-is → working process)');
  expect(text).toMatch(/Hand-offs 4 1 \u22123/);
  expect(text).toMatch(/removed step N03 Approve budget/);
  expect(text).toContain('Problems the redesign of Purchase request addresses');
  expect(text).toContain('Requests wait a day for the budget approval removed step N03 Approve budget The budget is checked as the request is raised');
});

test('restores the as-is as one undoable change, and starts a new process from it', async ({ page }) => {
  await openPurchaseRequestMetrics(page, 'Restore review');
  const versions = page.getByRole('region', { name: 'Versions' });
  await versions.getByLabel('Version name').fill('As-is');
  await versions.getByRole('button', { name: 'Save version' }).click();

  await page.getByRole('tab', { name: 'Diagram' }).click();
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await canvas(page).step('N03 Approve budget').click();
  await canvas(page).panel.getByRole('button', { name: 'Delete step' }).click();
  await page.getByRole('tab', { name: 'Metrics' }).click();
  await expect(figure(page, 'Approval points')).toHaveText('0');

  await versions.getByRole('button', { name: 'Restore As-is' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore “As-is”?' });
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(figure(page, 'Approval points')).toHaveText('1');
  await expect(page.getByRole('region', { name: 'Compare versions' }).getByText('The two versions do not differ.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(figure(page, 'Approval points')).toHaveText('0');

  await versions.getByRole('button', { name: 'New process from it (As-is)' }).click();
  await expect(versions.getByRole('status')).toHaveText('Started “Purchase request (As-is)” from “As-is”.');
  await expect(page.getByRole('heading', { name: 'Metrics and versions: Purchase request (As-is)' })).toBeVisible();
  await expect(figure(page, 'Approval points')).toHaveText('1');
});
