import { expect, test } from '@playwright/test';
import { AxeAudit } from './axe-audit';
import { canvas, openCanvasFixture, watchForProblems } from './canvas-page';
import { showOrganisation } from './organisation-page';
import { expectInLane, fitDiagram } from './template-canvas';

test.use({ viewport: { width: 1600, height: 960 } });

test('deleting a department moves its steps to the lane the consultant picks, flows and all, and undo puts them back', async ({ page, request }) => {
  const problems = watchForProblems(page);
  await openCanvasFixture(page, request, 'Department leaves');
  const c = canvas(page);
  await fitDiagram(page);
  await expectInLane(page, 'Approve credit', 'Finance');

  await showOrganisation(page);
  await page.getByRole('button', { name: 'Delete Finance', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete department?' });
  const steps = dialog.getByRole('group', { name: 'Its lanes hold 1 step. What happens to it?' });
  // Moving is what the dialog proposes, into the neighbouring lane (the one below Finance).
  await expect(steps.getByRole('radio', { name: 'Move its steps to another lane (flows are kept)' })).toBeChecked();
  const lane = steps.getByRole('combobox', { name: 'Lane in “Order to cash” for its 1 step' });
  await expect(lane).toHaveValue('lane_proc');
  const audit = new AxeAudit(page);
  await audit.check('delete department, where its steps go');
  expect(audit.report()).toBe('');
  await lane.selectOption({ label: 'Sales' });
  await expect(dialog).toContainText('1 step moves to another lane with its flows.');
  await expect(dialog).not.toContainText('steps in those lanes');

  // Choosing to delete says what goes; choosing to move again brings the choice back.
  await steps.getByRole('radio', { name: 'Delete its steps and their flows' }).check();
  await expect(dialog).toContainText('1 step in those lanes');
  await steps.getByRole('radio', { name: 'Move its steps to another lane (flows are kept)' }).check();
  await expect(lane).toHaveValue('lane_sales');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Departments' }).getByRole('listitem')).toHaveText(['Sales', 'Procurement']);

  await page.getByRole('tab', { name: 'Diagram' }).click();
  await expect(c.stage).toBeVisible();
  await fitDiagram(page);
  await expect(c.laneHeader('Finance')).toHaveCount(0);
  await expectInLane(page, 'Approve credit', 'Sales');
  await expect(c.flow('N02 Check stock', 'N03 Approve credit')).toHaveCount(1);
  await expect(c.flow('N03 Approve credit', 'N04 Ship goods')).toHaveCount(1);

  // One undo takes the whole delete back.
  await page.getByRole('button', { name: /^Undo/ }).first().click();
  await expect(c.laneHeader('Finance')).toBeVisible();
  await expectInLane(page, 'Approve credit', 'Finance');
  await expect(c.flows).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('deleting a lane from the process panel can move its steps into another lane', async ({ page, request }) => {
  await openCanvasFixture(page, request, 'Lane leaves');
  const c = canvas(page);
  await fitDiagram(page);
  await page.getByRole('button', { name: 'Delete lane Finance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete lane?' });
  const lane = dialog.getByRole('combobox', { name: 'Move its 1 step to lane' });
  await expect(lane).toHaveValue('lane_proc');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(c.laneHeader('Finance')).toHaveCount(0);
  await expectInLane(page, 'Approve credit', 'Procurement');
  await expect(c.flows).toHaveCount(3);
});
