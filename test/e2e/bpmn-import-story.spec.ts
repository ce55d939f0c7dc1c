import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { canvas } from './canvas-page';
import { createInPage } from './main-api';

const CAMUNDA = new URL('../fixtures/bpmn/camunda-modeler-order.bpmn', import.meta.url).pathname;

test('a consultant imports a process the client drew in Camunda Modeler, reviews what cannot come across, and finds its steps in their lanes', async ({ page }) => {
  await createInPage(page, { name: 'Order review', language: 'en' });
  await expect(page.getByRole('heading', { level: 1, name: 'Order review' })).toBeVisible();

  await page.getByRole('button', { name: /Export and import/ }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import process from BPMN…' }).click();
  await (await choosing).setFiles(CAMUNDA);

  const dialog = page.getByRole('dialog', { name: 'Import processes from camunda-modeler-order.bpmn' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: '订单处理 3 9 8' })).toBeVisible();
  await expect(dialog.getByRole('row', { name: '订单处理 / 拣货打包 1 4 3' })).toBeVisible();
  await expect(dialog.getByText('New departments: 销售部, 仓储部, 财务部')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /Not imported: Lanewise has no place for these/ })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Boundary event · 超过 24 小时' })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Message flow · 订单确认' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Processes imported' })).toBeVisible();

  const c = canvas(page);
  await expect(c.stage).toBeVisible();
  await page.getByRole('button', { name: 'Fit to window' }).click();
  for (const name of ['收到订单', '审核订单', '库存充足\\?', '拣货打包', '安排发货', '开具发票', '通知客户缺货', '已发货', '订单取消']) await expect(c.step(new RegExp(`^N\\d+ ${name}$`))).toBeVisible();
  await expect(c.steps).toHaveCount(9);
  await expect(c.laneHeader('仓储部')).toBeVisible();
  // The modeler's text annotation is a note on the canvas where the file drew it: above the step it is tied to, starting right of its middle.
  const note = c.stage.getByRole('group', { name: 'Note: 大客户订单需销售经理复核' });
  await expect(note).toBeVisible();
  const [noteBox, stepBox] = [await note.boundingBox(), await c.step(/^N\d+ 审核订单$/).boundingBox()];
  expect(noteBox!.y).toBeLessThan(stepBox!.y);
  expect(noteBox!.x).toBeGreaterThan(stepBox!.x + stepBox!.width / 2);
  expect(noteBox!.x).toBeLessThan(stepBox!.x + stepBox!.width);

  // The whole import is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(c.steps).toHaveCount(0);
});

test('a damaged BPMN file gets a clear error and changes nothing', async ({ page }) => {
  await createInPage(page, { name: 'Damaged import', language: 'en', templateId: 'annual-budget' });
  const broken = readFileSync(CAMUNDA, 'utf8').slice(0, 2000);
  await page.getByRole('button', { name: /Export and import/ }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import process from BPMN…' }).click();
  await (await choosing).setFiles({ name: 'broken.bpmn', mimeType: 'application/xml', buffer: Buffer.from(broken) });
  await expect(page.getByRole('alert')).toContainText('"broken.bpmn" is damaged or not valid XML');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('the export menu hands out the process as BPMN and as a table for 飞书 / 钉钉, and the policy draft as PDF', async ({ page }) => {
  await createInPage(page, { name: 'Budget', language: 'en', templateId: 'annual-budget' });
  const menu = page.getByRole('button', { name: /Export and import/ });
  const download = async (item: string) => {
    await menu.click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    const file = await downloading;
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  // The per-process exports take the process on screen.
  await page.getByRole('button', { name: 'Annual budget preparation', exact: true }).click();
  await expect(page.getByRole('region', { name: /^Swimlane diagram of / })).toBeVisible();
  const bpmn = await download('Process as BPMN 2.0…');
  expect(bpmn.name).toBe('Annual budget preparation.bpmn');
  expect(bpmn.bytes.toString('utf8')).toContain('<bpmn:laneSet');
  const csv = await download('Process as table for 飞书 / 钉钉 (CSV)…');
  expect(csv.name).toBe('Annual budget preparation.csv');
  expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFProcess,Code,Step,Type/);
  const pdf = await download('Policy draft (PDF)…');
  expect(pdf.name).toBe('Budget Cross-Department Collaboration Policy.pdf');
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
});
