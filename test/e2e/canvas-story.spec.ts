import { expect, test } from '@playwright/test';
import { canvas, connect, createLane, createProjectWithProcess, dragShapeTo, dragStepTo, pointInLane, watchForProblems } from './canvas-page';
import { fitDiagram } from './template-canvas';

test('draws a swimlane process with the mouse, edits it, undoes and redoes, and finds it all again after a reload', async ({ page }) => {
  // The longest story of the suite: dozens of gestures, a reload and a key-node check.
  test.slow();
  const problems = watchForProblems(page);
  await page.setViewportSize({ width: 1600, height: 960 });
  await createProjectWithProcess(page, 'Purchasing review', 'Purchase to pay');
  const c = canvas(page);

  // Three lanes: two departments created on the spot, one picked from the department list.
  await createLane(page, 'Sales');
  await createLane(page, 'Finance');
  await page.getByRole('tab', { name: 'Organisation' }).click();
  const addDepartment = page.getByRole('form', { name: 'Add department' });
  await addDepartment.getByLabel('Department name').fill('Procurement');
  await addDepartment.getByRole('button', { name: 'Add department' }).click();
  await page.getByRole('tab', { name: 'Diagram' }).click();
  const addLane = page.getByRole('form', { name: 'Add lane' });
  await expect(addLane.getByLabel('Department')).toHaveValue(/.+/);
  await expect(addLane.getByRole('option', { selected: true })).toHaveText('Procurement');
  await addLane.getByRole('button', { name: 'Add lane' }).click();
  await expect(c.laneHeader('Procurement')).toBeVisible();
  await expect(c.panel.getByRole('list', { name: 'Lanes' }).getByRole('listitem')).toHaveText(['Sales', 'Finance', 'Procurement']);

  // Four steps dragged from the palette into the lanes; each gets the next node number.
  await dragShapeTo(page, 'Start', await pointInLane(page, 'Sales', 60));
  await expect(c.step('N01')).toBeVisible();
  await dragShapeTo(page, 'Task', await pointInLane(page, 'Sales', 220));
  await dragShapeTo(page, 'Approval point', await pointInLane(page, 'Finance', 400));
  await dragShapeTo(page, 'Task', await pointInLane(page, 'Procurement', 560));
  await expect(c.steps).toHaveCount(4);
  await expect(c.step('N04')).toBeVisible();

  // Names: one typed in place on the canvas, the others in the inspector.
  await c.step('N01').dblclick();
  await page.getByRole('textbox', { name: 'Name of N01' }).fill('Request');
  await page.getByRole('textbox', { name: 'Name of N01' }).press('Enter');
  await expect(c.step('N01 Request')).toBeVisible();
  for (const [code, name] of [
    ['N02', 'Check request'],
    ['N03', 'Approve budget'],
    ['N04', 'Place order'],
  ] as const) {
    await c.step(code).click();
    const field = c.panel.getByRole('textbox', { name: 'Name', exact: true });
    await field.fill(name);
    await field.press('Enter');
    await expect(c.step(`${code} ${name}`)).toBeVisible();
  }
  // The inspector saves other fields the same way.
  await c.panel.getByRole('textbox', { name: 'Output' }).fill('Purchase order');
  await c.panel.getByRole('spinbutton', { name: 'Expected duration' }).fill('2');
  await c.panel.getByRole('combobox', { name: 'Unit' }).selectOption('days');
  await c.panel.getByRole('textbox', { name: 'Output' }).click();

  // Flows, drawn from connection point to connection point; those that cross lanes are hand-offs.
  await connect(page, c.step('N01 Request'), c.step('N02 Check request'));
  await connect(page, c.step('N02 Check request'), c.step('N03 Approve budget'));
  await connect(page, c.step('N03 Approve budget'), c.step('N04 Place order'));
  await expect(c.flows).toHaveCount(3);
  await expect(c.flow('N01 Request', 'N02 Check request').locator('path.handoff')).toHaveCount(0);
  await expect(c.flow('N02 Check request', 'N03 Approve budget').locator('path.handoff')).toHaveCount(1);

  // Drag N04 from Procurement into the Finance lane.
  const laneOf = c.panel.getByRole('combobox', { name: 'Lane' });
  await c.step('N04 Place order').click();
  await expect(laneOf.getByRole('option', { selected: true })).toHaveText('Procurement');
  await dragStepTo(page, c.step('N04 Place order'), await pointInLane(page, 'Finance', 580));
  await expect(laneOf.getByRole('option', { selected: true })).toHaveText('Finance');
  // Now both ends of N03 → N04 are in Finance: no longer a hand-off.
  await expect(c.flow('N03 Approve budget', 'N04 Place order').locator('path.handoff')).toHaveCount(0);

  // Undo puts it back in Procurement, redo moves it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(laneOf.getByRole('option', { selected: true })).toHaveText('Procurement');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(laneOf.getByRole('option', { selected: true })).toHaveText('Finance');

  await page.screenshot({ path: test.info().outputPath('canvas-story.png') });
  await c.stage.screenshot({ path: 'test-results/canvas-story-diagram.png' });

  // After a reload everything is still there.
  await page.reload();
  await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Purchase to pay', exact: true }).click({ position: { x: 12, y: 12 } });
  // It opens at a readable zoom; fitted, every step is drawn.
  await fitDiagram(page);
  await expect(c.steps).toHaveCount(4);
  await expect(c.flows).toHaveCount(3);
  for (const name of ['N01 Request', 'N02 Check request', 'N03 Approve budget', 'N04 Place order']) await expect(c.step(name)).toBeVisible();
  for (const lane of ['Sales', 'Finance', 'Procurement']) await expect(c.laneHeader(lane)).toBeVisible();

  // The key-node table shows the same four steps with the values edited on the canvas.
  await page.getByRole('tab', { name: 'Key nodes' }).click();
  const table = page.getByRole('table', { name: /Key-node table of Purchase to pay/ });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(5);
  const names = table.getByRole('textbox', { name: /^Node name of / });
  await expect(names).toHaveCount(4);
  for (const [i, name] of ['Request', 'Check request', 'Approve budget', 'Place order'].entries()) await expect(names.nth(i)).toHaveValue(name);
  await expect(table.getByRole('textbox', { name: 'Output of N04' })).toHaveValue('Purchase order');
  await expect(table.getByRole('spinbutton', { name: 'Expected duration of N04' })).toHaveValue('2');
  await expect(table.getByRole('combobox', { name: 'Unit of N04' })).toHaveValue('days');
  await expect(table.getByRole('combobox', { name: 'Department of N04' }).getByRole('option', { selected: true })).toHaveText('Finance');

  // An edit in the table shows on the diagram at once.
  await table.getByRole('textbox', { name: 'Node name of N02' }).fill('Check the request');
  await table.getByRole('textbox', { name: 'Node name of N02' }).press('Enter');
  await page.getByRole('tab', { name: 'Diagram' }).click();
  await expect(c.step('N02 Check the request')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a step dropped outside every lane is refused, with a message', async ({ page }) => {
  await createProjectWithProcess(page, 'Refusals', 'Month-end close');
  const c = canvas(page);
  await createLane(page, 'Finance');
  const lane = await c.laneHeader('Finance').boundingBox();
  // Below the last lane is outside every lane.
  await dragShapeTo(page, 'Task', { x: lane!.x + lane!.width + 200, y: lane!.y + lane!.height + 80 });
  await expect(c.status).toHaveText('A step must go inside a lane: drop it on one of the lanes.');
  await expect(c.steps).toHaveCount(0);
  // The same shape dropped in the lane is taken.
  await dragShapeTo(page, 'Task', await pointInLane(page, 'Finance', 200));
  await expect(c.steps).toHaveCount(1);
  await expect(c.step('N01')).toBeVisible();
  // A step dragged out of every lane goes back where it was.
  await dragStepTo(page, c.step('N01'), { x: lane!.x + lane!.width + 200, y: lane!.y + lane!.height + 90 });
  await expect(c.status).toHaveText('1 step stayed where it was: its new place is outside every lane.');
  await expect(c.panel.getByRole('combobox', { name: 'Lane' }).getByRole('option', { selected: true })).toHaveText('Finance');
});
