import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AxeAudit } from './axe-audit';
import { canvas, openCanvasFixture, openProcess, watchForProblems } from './canvas-page';

test.use({ viewport: { width: 1600, height: 960 } });

test('a consultant adds a note to the diagram, types two lines, finds it after a reload and in the exported SVG', async ({ page, request }) => {
  const problems = watchForProblems(page);
  await openCanvasFixture(page, request, 'Notes on the canvas');
  const c = canvas(page);

  await page.getByRole('toolbar', { name: 'Diagram tools' }).getByRole('button', { name: 'Add note' }).click();
  const text = c.stage.getByRole('textbox', { name: 'Note text' });
  // The new note's text has the focus: typing writes it.
  await expect(text).toBeFocused();
  await page.keyboard.type('Ask legal who signs');
  await page.keyboard.press('Enter');
  await page.keyboard.type('before N03 & after N02');
  await c.stage.getByRole('group', { name: 'Note: Ask legal who signs' }).getByRole('button', { name: /^Move note/ }).focus();
  await expect(c.stage.getByRole('group', { name: 'Note: Ask legal who signs' })).toBeVisible();
  const audit = new AxeAudit(page);
  await audit.check('diagram with a note');
  expect(audit.report()).toBe('');

  // Arrow keys move it a grid step at a time; each move is one undo step.
  const note = c.stage.getByRole('group', { name: 'Note: Ask legal who signs' });
  const before = (await note.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await note.boundingBox())!.x).toBeGreaterThan(before.x);
  await page.getByRole('button', { name: /^Undo/ }).first().click();
  await expect.poll(async () => Math.round((await note.boundingBox())!.x)).toBe(Math.round(before.x));

  await page.reload();
  await openProcess(page, 'Order to cash');
  await expect(c.stage.getByRole('textbox', { name: 'Note text' })).toHaveValue('Ask legal who signs\nbefore N03 & after N02');

  await page.getByRole('button', { name: /Export and import/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Diagram as SVG…' }).click();
  const svg = readFileSync(await (await downloading).path(), 'utf8');
  const group = /<g class="annotation"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
  expect(group).toContain('Ask legal who signs');
  expect(group).toContain('before N03 &amp; after N02');

  // Deleting the note is one undo away.
  await c.stage.getByRole('group', { name: 'Note: Ask legal who signs' }).getByRole('button', { name: 'Delete note' }).click();
  await expect(c.stage.getByRole('textbox', { name: 'Note text' })).toHaveCount(0);
  await page.getByRole('button', { name: /^Undo/ }).first().click();
  await expect(c.stage.getByRole('textbox', { name: 'Note text' })).toHaveValue('Ask legal who signs\nbefore N03 & after N02');
  expect(problems).toEqual([]);
});

test('a note is moved by its bar and resized by its corner with the mouse, and deleted from the keyboard', async ({ page, request }) => {
  await openCanvasFixture(page, request, 'Notes by mouse');
  const c = canvas(page);
  await page.getByRole('toolbar', { name: 'Diagram tools' }).getByRole('button', { name: 'Add note' }).click();
  await expect(c.stage.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.keyboard.type('Who approves returns over 10,000?');
  const note = c.stage.getByRole('group', { name: 'Note: Who approves returns over 10,000?' });
  const start = (await note.boundingBox())!;

  const bar = (await note.getByRole('button', { name: /^Move note/ }).boundingBox())!;
  await page.mouse.move(bar.x + 30, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + 130, bar.y + bar.height / 2 + 150, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await note.boundingBox())!.y - start.y)).toBeGreaterThan(120);
  const moved = (await note.boundingBox())!;
  expect(moved.x - start.x).toBeGreaterThan(80);

  const grip = (await note.getByRole('button', { name: /^Resize note/ }).boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + 120, grip.y + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await note.boundingBox())!.width - moved.width)).toBeGreaterThan(80);
  // Resizing keeps the corner opposite the grip where it was.
  const resized = (await note.boundingBox())!;
  expect(Math.abs(resized.x - moved.x)).toBeLessThan(2);

  await page.reload();
  await openProcess(page, 'Order to cash');
  const again = (await note.boundingBox())!;
  expect(Math.abs(again.width - resized.width)).toBeLessThan(2);

  await note.getByRole('button', { name: /^Move note/ }).focus();
  await page.keyboard.press('Delete');
  await expect(note).toHaveCount(0);
  // The steps were not touched by that Delete.
  await expect(c.steps).toHaveCount(4);
});
