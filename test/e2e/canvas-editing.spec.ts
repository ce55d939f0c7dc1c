import { expect, test, type Locator } from '@playwright/test';
import { canvas, clickEmptyCanvas, dragStepTo, openCanvasFixture, openProcess, watchForProblems } from './canvas-page';
import { fitDiagram } from './template-canvas';

test.use({ viewport: { width: 1600, height: 960 } });
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return { ...b, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
}

/** True when a step's middle lies within a lane's band (rows: between the lane header's top and bottom). */
async function inRow(step: Locator, header: Locator): Promise<boolean> {
  const s = await box(step);
  const h = await box(header);
  return s.cy > h.y && s.cy < h.y + h.height;
}

async function inColumn(step: Locator, header: Locator): Promise<boolean> {
  const s = await box(step);
  const h = await box(header);
  return s.cx > h.x && s.cx < h.x + h.width;
}

test('lanes: reorder with the buttons and by dragging a header, resize from the keyboard, delete asks first and undo restores', async ({ page, request }) => {
  const problems = watchForProblems(page);
  await openCanvasFixture(page, request, 'Lane editing');
  const c = canvas(page);
  const lanes = c.panel.getByRole('list', { name: 'Lanes' }).getByRole('listitem');
  await expect(lanes).toHaveText(['Sales', 'Finance', 'Procurement']);

  await c.panel.getByRole('button', { name: 'Move Procurement up' }).click();
  await expect(lanes).toHaveText(['Sales', 'Procurement', 'Finance']);
  // Steps travel with their lanes.
  await expect.poll(() => inRow(c.step('N04 Ship goods'), c.laneHeader('Procurement'))).toBe(true);
  await expect.poll(() => inRow(c.step('N03 Approve credit'), c.laneHeader('Finance'))).toBe(true);

  // Drag the Sales header down onto the last lane.
  const sales = await box(c.laneHeader('Sales'));
  const last = await box(c.laneHeader('Finance'));
  await page.mouse.move(sales.cx, sales.cy);
  await page.mouse.down();
  await page.mouse.move(sales.cx, sales.cy + 20, { steps: 3 });
  await page.mouse.move(last.cx, last.cy, { steps: 10 });
  await page.mouse.up();
  await expect(lanes).toHaveText(['Procurement', 'Finance', 'Sales']);
  await expect.poll(() => inRow(c.step('N01 Take order'), c.laneHeader('Sales'))).toBe(true);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lanes).toHaveText(['Sales', 'Finance', 'Procurement']);

  // The lane's lower edge is a separator: arrow keys resize it by the grid.
  const edge = c.stage.getByRole('separator', { name: 'Size of lane Sales' });
  await expect(edge).toHaveAttribute('aria-valuenow', '160');
  const financeTop = (await box(c.laneHeader('Finance'))).y;
  await edge.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(edge).toHaveAttribute('aria-valuenow', '200');
  await expect.poll(async () => (await box(c.laneHeader('Finance'))).y).toBeGreaterThan(financeTop + 20);
  await expect.poll(() => inRow(c.step('N03 Approve credit'), c.laneHeader('Finance'))).toBe(true);

  // A lane with steps asks before it goes (moving them is proposed; here they go too); undo brings lane and step back.
  await c.panel.getByRole('button', { name: 'Delete lane Finance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete lane?' });
  await expect(dialog).toContainText('The lane holds 1 step.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(lanes).toHaveText(['Sales', 'Finance', 'Procurement']);
  await c.panel.getByRole('button', { name: 'Delete lane Finance' }).click();
  await dialog.getByRole('radio', { name: 'Delete its steps and their flows' }).check();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(lanes).toHaveText(['Sales', 'Procurement']);
  await expect(c.steps).toHaveCount(3);
  await expect.poll(() => inRow(c.step('N04 Ship goods'), c.laneHeader('Procurement'))).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lanes).toHaveText(['Sales', 'Finance', 'Procurement']);
  await expect(c.step('N03 Approve credit')).toBeVisible();

  // Renaming a lane renames its department; recolouring recolours it.
  await c.laneHeader('Procurement').dblclick();
  await page.getByRole('textbox', { name: 'New name for Procurement' }).fill('Purchasing');
  await page.getByRole('textbox', { name: 'New name for Procurement' }).press('Enter');
  await expect(lanes).toHaveText(['Sales', 'Finance', 'Purchasing']);
  expect(problems).toEqual([]);
});

test('orientation: lanes as columns keep every step in its lane and its order along the flow', async ({ page, request }) => {
  await openCanvasFixture(page, request, 'Orientation');
  const c = canvas(page);
  await c.panel.getByRole('radio', { name: 'Columns' }).check();
  // The diagram opens at a readable zoom, not shrunk to fit: show all of it before measuring.
  await fitDiagram(page);
  await expect.poll(() => inColumn(c.step('N03 Approve credit'), c.laneHeader('Finance'))).toBe(true);
  expect(await inColumn(c.step('N01 Take order'), c.laneHeader('Sales'))).toBe(true);
  expect(await inColumn(c.step('N04 Ship goods'), c.laneHeader('Procurement'))).toBe(true);
  // Along the flow is now downwards.
  const ys = await Promise.all(['N01 Take order', 'N02 Check stock', 'N03 Approve credit', 'N04 Ship goods'].map(async (n) => (await box(c.step(n))).cy));
  expect([...ys].sort((a, b) => a - b)).toEqual(ys);

  await c.panel.getByRole('radio', { name: 'Rows' }).check();
  await expect.poll(() => inRow(c.step('N03 Approve credit'), c.laneHeader('Finance'))).toBe(true);
  const xs = await Promise.all(['N01 Take order', 'N02 Check stock', 'N03 Approve credit', 'N04 Ship goods'].map(async (n) => (await box(c.step(n))).cx));
  expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(c.panel.getByRole('radio', { name: 'Columns' })).toBeChecked();
});

test('phases: added, renamed in place, lengthened, reordered with their steps, and deleted', async ({ page, request }) => {
  await openCanvasFixture(page, request, 'Phases');
  const c = canvas(page);
  const phaseHeader = (name: string) => c.stage.getByRole('button', { name: `Phase ${name}: drag to reorder, double-click to rename` });
  const add = page.getByRole('form', { name: 'Add phase' });
  for (const name of ['Plan', 'Deliver']) {
    await add.getByLabel('Phase name').fill(name);
    await add.getByRole('button', { name: 'Add phase' }).click();
  }
  await expect(phaseHeader('Plan')).toBeVisible();
  await phaseHeader('Plan').dblclick();
  await page.getByRole('textbox', { name: 'New name for Plan' }).fill('Planning');
  await page.getByRole('textbox', { name: 'New name for Plan' }).press('Enter');
  const phases = c.panel.getByRole('list', { name: 'Phases' });
  await expect(phases.getByRole('textbox', { name: 'Rename Planning' })).toHaveValue('Planning');

  const length = phases.getByRole('spinbutton', { name: 'Length of Planning' });
  await length.fill('640');
  await length.press('Enter');
  await expect(c.stage.getByRole('separator', { name: 'Length of phase Planning' })).toHaveAttribute('aria-valuenow', '640');
  await fitDiagram(page);

  const order = () => phases.getByRole('textbox').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect.poll(() => inColumn(c.step('N01 Take order'), phaseHeader('Planning'))).toBe(true);
  await phases.getByRole('button', { name: 'Move phase Deliver left' }).click();
  await expect.poll(order).toEqual(['Deliver', 'Planning']);
  // The step stays in its phase: it moves along the flow with it.
  await expect.poll(async () => (await box(phaseHeader('Deliver'))).x < (await box(phaseHeader('Planning'))).x).toBe(true);
  await expect.poll(() => inColumn(c.step('N01 Take order'), phaseHeader('Planning'))).toBe(true);

  // Drag the Planning header back in front of Deliver.
  const planning = await box(phaseHeader('Planning'));
  const deliver = await box(phaseHeader('Deliver'));
  await page.mouse.move(planning.cx, planning.cy);
  await page.mouse.down();
  await page.mouse.move(planning.cx - 20, planning.cy, { steps: 3 });
  await page.mouse.move(deliver.cx, deliver.cy, { steps: 10 });
  await page.mouse.up();
  await expect.poll(order).toEqual(['Planning', 'Deliver']);
  await expect.poll(() => inColumn(c.step('N01 Take order'), phaseHeader('Planning'))).toBe(true);

  // From the keyboard: Alt+Right moves the focused phase one place along the flow; undo puts it back.
  await phaseHeader('Planning').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(order).toEqual(['Deliver', 'Planning']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(order).toEqual(['Planning', 'Deliver']);

  await phases.getByRole('button', { name: 'Delete phase Deliver' }).click();
  await expect(phases.getByRole('listitem')).toHaveCount(1);
  await expect(phaseHeader('Deliver')).toHaveCount(0);
});

test('copy and paste within a process and into another, refused without a lane; delete with the keyboard', async ({ page, request }) => {
  await openCanvasFixture(page, request, 'Clipboard');
  const c = canvas(page);
  await c.step('N01 Take order').click();
  await c.step('N02 Check stock').click({ modifiers: ['Shift'] });
  await expect(c.panel.getByRole('heading', { name: '2 steps selected' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+c');
  await expect(c.status).toHaveText('2 steps copied.');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(c.status).toHaveText('2 steps pasted.');
  await expect(c.steps).toHaveCount(6);
  await expect(c.step('N05 Take order')).toBeVisible();
  await expect(c.step('N06 Check stock')).toBeVisible();
  // The flow between the copied steps came along.
  await expect(c.flow('N05 Take order', 'N06 Check stock')).toHaveCount(1);
  await expect.poll(() => inRow(c.step('N06 Check stock'), c.laneHeader('Sales'))).toBe(true);

  // Into another process, into the lane of the same department.
  await openProcess(page, 'Returns');
  await clickEmptyCanvas(page);
  await page.keyboard.press('ControlOrMeta+v');
  await expect(c.steps).toHaveCount(2);
  await expect(c.step('N01 Take order')).toBeVisible();
  await expect.poll(() => inRow(c.step('N01 Take order'), c.laneHeader('Sales'))).toBe(true);

  // Steps of Procurement cannot go where there is no Procurement lane.
  await openProcess(page, 'Order to cash');
  await c.step('N04 Ship goods').click();
  await page.keyboard.press('ControlOrMeta+c');
  await openProcess(page, 'Returns');
  await clickEmptyCanvas(page);
  await page.keyboard.press('ControlOrMeta+v');
  await expect(c.status).toHaveText('Cannot paste here: this process has no lane for Procurement.');
  await expect(c.steps).toHaveCount(2);

  // Delete removes the selection as one step of undo.
  await openProcess(page, 'Order to cash');
  await c.step('N05 Take order').click();
  await c.step('N06 Check stock').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  await expect(c.steps).toHaveCount(4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(c.steps).toHaveCount(6);
});

test('align, distribute and auto-layout keep steps in their lanes; a flow gets a label and a new end', async ({ page, request }) => {
  await openCanvasFixture(page, request, 'Arranging');
  const c = canvas(page);
  const toolbar = page.getByRole('toolbar', { name: 'Diagram tools' });
  await expect(toolbar.getByRole('button', { name: 'Align left' })).toHaveAttribute('title', 'Align left (Alt+Shift+L)');
  await expect(toolbar.getByRole('button', { name: 'Align left' })).toBeDisabled();

  await c.step('N02 Check stock').click();
  await c.step('N03 Approve credit').click({ modifiers: ['Shift'] });
  await toolbar.getByRole('button', { name: 'Align left' }).click();
  await expect.poll(async () => Math.round((await box(c.step('N03 Approve credit'))).x)).toBe(Math.round((await box(c.step('N02 Check stock'))).x));
  expect(await inRow(c.step('N03 Approve credit'), c.laneHeader('Finance'))).toBe(true);

  // Everything selected, spread out evenly from the keyboard.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Alt+Shift+H');
  const names = ['N01 Take order', 'N02 Check stock', 'N03 Approve credit', 'N04 Ship goods'];
  await expect
    .poll(async () => {
      const boxes = (await Promise.all(names.map((n) => box(c.step(n))))).sort((a, b) => a.x - b.x);
      const gaps = boxes.slice(1).map((b, i) => b.x - (boxes[i]!.x + boxes[i]!.width));
      return Math.max(...gaps) - Math.min(...gaps) < 8;
    })
    .toBe(true);

  // Auto-layout orders the steps along the flow, each still in its lane.
  await page.keyboard.press('Alt+Shift+A');
  await expect(c.status).toHaveText('Steps laid out along the flow.');
  const xs = await Promise.all(names.map(async (n) => (await box(c.step(n))).cx));
  expect(xs[0]).toBeLessThan(xs[1]!);
  expect(xs[1]).toBeLessThan(xs[2]!);
  expect(xs[2]).toBeLessThan(xs[3]!);
  expect(await inRow(c.step('N03 Approve credit'), c.laneHeader('Finance'))).toBe(true);
  expect(await inRow(c.step('N04 Ship goods'), c.laneHeader('Procurement'))).toBe(true);

  // A flow, selected from the keyboard, labelled in the inspector and given a new end.
  await clickEmptyCanvas(page);
  const flow = c.flow('N02 Check stock', 'N03 Approve credit');
  await flow.focus();
  await page.keyboard.press('Enter');
  await expect(c.panel.getByRole('heading', { name: 'Flow' })).toBeVisible();
  await expect(c.panel.getByText('Hand-off between departments')).toBeVisible();
  await c.panel.getByRole('textbox', { name: 'Label' }).fill('Approved');
  await c.panel.getByRole('textbox', { name: 'Label' }).press('Enter');
  await expect(c.stage.getByText('Approved', { exact: true })).toBeVisible();
  await c.panel.getByRole('combobox', { name: 'To' }).selectOption({ label: 'N04 Ship goods' });
  await expect(c.flow('N02 Check stock', 'N04 Ship goods (Approved)')).toHaveCount(1);

  // Dragging a step keeps it where it is dropped, in the lane it lands in.
  const target = await box(c.laneHeader('Finance'));
  await dragStepTo(page, c.step('N01 Take order'), { x: target.x + target.width + 120, y: target.cy });
  await expect.poll(() => inRow(c.step('N01 Take order'), c.laneHeader('Finance'))).toBe(true);
});

test('a box drawn on the empty canvas selects steps; a double-click on a flow labels it in place', async ({ page, request }) => {
  await openCanvasFixture(page, request, 'Selecting');
  const c = canvas(page);
  // Drag a box from above-left of N01 to below-right of N02, starting on empty lane area.
  const a = await box(c.step('N01 Take order'));
  const b = await box(c.step('N02 Check stock'));
  await page.mouse.move(a.x - 12, a.y - 12);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 12, b.y + b.height + 12, { steps: 12 });
  await page.mouse.up();
  await expect(c.panel.getByRole('heading', { name: '2 steps selected' })).toBeVisible();

  await clickEmptyCanvas(page);
  await expect(c.panel.getByRole('heading', { name: 'Diagram' })).toBeVisible();
  // N01 → N02 runs straight along the Sales lane: its middle is on the line.
  await c.flow('N01 Take order', 'N02 Check stock').dblclick();
  const label = page.getByRole('textbox', { name: 'Label of the flow' });
  await label.fill('In stock');
  await label.press('Enter');
  await expect(c.flow('N01 Take order', 'N02 Check stock (In stock)')).toHaveCount(1);
  await expect(c.stage.getByText('In stock', { exact: true })).toBeVisible();
});
