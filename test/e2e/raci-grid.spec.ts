import { expect, test, type Page } from '@playwright/test';
import type { CommandInput } from '../../shared/commands/command-schema';
import { callMain } from './main-api';
import { createLaunchProject } from './raci-project';

async function openMatrix(page: Page, processName: string | null): Promise<void> {
  await page.goto('/');
  if (processName) await page.getByRole('list', { name: 'Processes' }).getByText(processName).click();
  await page.getByRole('tab', { name: 'RACI matrix' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
}

const cell = (page: Page, step: string, party: string) => page.getByRole('gridcell', { name: new RegExp(`^${step} × ${party.replace(/[&]/g, '\\$&')}: `) });

/** Accessible names of the given cells, row by row. */
async function names(page: Page, steps: string[], parties: string[]): Promise<string[][]> {
  const out: string[][] = [];
  for (const step of steps) {
    const row: string[] = [];
    for (const party of parties) row.push((await cell(page, step, party).getAttribute('aria-label')) ?? '');
    out.push(row);
  }
  return out;
}

const letters = (rows: string[][]) => rows.map((r) => r.map((name) => name.slice(name.lastIndexOf(': ') + 2)));

test('pastes a 3 × 4 block of tab-separated text into exactly those cells, as one undo step', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await createLaunchProject(page, 'RACI paste');
  await openMatrix(page, 'Product launch');

  const steps = ['N02 Review requirement', 'N03 Approve project', 'N04 Develop'];
  const parties = ['Marketing manager', 'Marketing specialist', 'R&D', 'R&D lead'];
  const around = { steps: ['N01 Raise requirement', ...steps, 'N05 Test and accept'], parties: ['Marketing', ...parties, 'Quality'] };
  const before = letters(await names(page, around.steps, around.parties));

  // As a spreadsheet copies it: lower case, "A,R", "R/A", an empty cell, a closing line break. N04 is under the next phase.
  await page.evaluate(() => navigator.clipboard.writeText('a\tR\tc\t\r\nR/A\ti\tA,R\tC\r\nI\t\tR\tr\r\n'));
  await cell(page, steps[0]!, parties[0]!).click();
  await page.keyboard.press('ControlOrMeta+v');

  await expect(cell(page, 'N03 Approve project', 'Marketing specialist')).toHaveAccessibleName('N03 Approve project × Marketing specialist: I');
  // N03 now has two A: both cells are named as in conflict (once the check has run on the new letters).
  await expect.poll(async () => letters(await names(page, steps, parties))).toEqual([
    ['A', 'R', 'C', 'empty'],
    ['R/A; conflict', 'I', 'R/A; conflict', 'C'],
    ['I', 'empty', 'R', 'R'],
  ]);
  // Nothing around the block changed.
  const after = letters(await names(page, around.steps, around.parties));
  for (let r = 0; r < around.steps.length; r++) {
    for (let c = 0; c < around.parties.length; c++) {
      const inside = r >= 1 && r <= 3 && c >= 1 && c <= 4;
      if (!inside) expect(after[r]![c], `${around.steps[r]} × ${around.parties[c]}`).toBe(before[r]![c]);
    }
  }
  await expect(page.getByText('Pasted 12 cells.')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cell(page, 'N03 Approve project', 'Marketing specialist')).toHaveAccessibleName('N03 Approve project × Marketing specialist: empty');
  expect(letters(await names(page, around.steps, around.parties))).toEqual(before);

  // Text that is not RACI changes nothing and says why.
  await page.evaluate(() => navigator.clipboard.writeText('R\tOwner\nA\tC'));
  await cell(page, 'N05 Test and accept', 'Marketing').click();
  await page.keyboard.press('ControlOrMeta+v');
  await expect(page.getByRole('alert')).toHaveText('Nothing was pasted. Row 1, column 2: “Owner” is not a combination of R, A, C and I.');
  expect(letters(await names(page, around.steps, around.parties))).toEqual(before);

  // A block that runs past the last column is refused as a whole.
  await page.evaluate(() => navigator.clipboard.writeText('R\tA\tC'));
  await cell(page, 'N07 Project review', 'Sales director').click();
  await page.keyboard.press('ControlOrMeta+v');
  await expect(page.getByRole('alert')).toHaveText('Nothing was pasted. The block is 1 × 3 cells, but from the selected cell only 1 × 1 fit.');
  await expect(cell(page, 'N07 Project review', 'Sales director')).toHaveAccessibleName('N07 Project review × Sales director: empty');
});

test('keyboard: arrows and Enter move; Shift+arrows select; Delete clears the block; Ctrl+C copies it as tab-separated text', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await createLaunchProject(page, 'RACI keys');
  await openMatrix(page, 'Product launch');

  await cell(page, 'N01 Raise requirement', 'Marketing').click();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'N02 Review requirement', 'Marketing')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'N02 Review requirement', 'Marketing manager')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, 'N03 Approve project', 'Marketing manager')).toBeFocused();
  // Down from N03 skips the "Build" phase heading.
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'N04 Develop', 'Marketing manager')).toBeFocused();
  await page.keyboard.press('End');
  await expect(cell(page, 'N04 Develop', 'Sales director')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(cell(page, 'N04 Develop', 'Marketing')).toBeFocused();

  // Typing toggles: r adds R, R again takes it away; i and c combine in R-A-C-I order.
  await page.keyboard.press('r');
  await expect(cell(page, 'N04 Develop', 'Marketing')).toHaveAccessibleName('N04 Develop × Marketing: R');
  await page.keyboard.press('i');
  await page.keyboard.press('c');
  await expect(cell(page, 'N04 Develop', 'Marketing')).toHaveAccessibleName('N04 Develop × Marketing: R/C/I');
  await page.keyboard.press('R');
  await expect(cell(page, 'N04 Develop', 'Marketing')).toHaveAccessibleName('N04 Develop × Marketing: C/I');

  // Select R&D and R&D lead on N03 and N04, copy, clear.
  await cell(page, 'N03 Approve project', 'R&D').click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('gridcell', { selected: true })).toHaveCount(4);
  await expect(page.getByText('2 × 2 selected')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('R/A\tR\r\nR/A\tR');
  await page.keyboard.press('Delete');
  await expect(cell(page, 'N03 Approve project', 'R&D')).toHaveAccessibleName('N03 Approve project × R&D: empty');
  await expect(cell(page, 'N04 Develop', 'R&D lead')).toHaveAccessibleName('N04 Develop × R&D lead: empty');
  await expect(page.getByRole('status', { name: 'RACI check' })).toContainText('error');

  // Ctrl+Z from the grid undoes the whole clear at once.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(cell(page, 'N03 Approve project', 'R&D')).toHaveAccessibleName('N03 Approve project × R&D: R/A');
  await expect(cell(page, 'N04 Develop', 'R&D lead')).toHaveAccessibleName('N04 Develop × R&D lead: R');

  // Departments only: one header row; positions' letters are hinted in their department's cell.
  await page.getByRole('radio', { name: 'Departments' }).check();
  await expect(page.getByRole('columnheader')).toHaveText(['Step', 'Marketing', 'R&D', 'Quality', 'Sales']);
  await expect(cell(page, 'N01 Raise requirement', 'Marketing')).toHaveAccessibleName('N01 Raise requirement × Marketing: R/A; Marketing positions: R');
});

/** A process of `count` steps in one lane, each with R and A for the department. */
function longProcess(count: number): CommandInput {
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'd_ops', name: 'Operations' } },
    { type: 'add', table: 'departments', row: { id: 'd_fin', name: 'Finance' } },
    { type: 'add', table: 'processes', row: { id: 'pr_long', name: 'Long process' } },
    { type: 'add', table: 'processes', row: { id: 'pr_short', name: 'Short process' } },
    { type: 'add', table: 'lanes', row: { id: 'l_ops', processId: 'pr_long', departmentId: 'd_ops' } },
    { type: 'add', table: 'lanes', row: { id: 'l_fin', processId: 'pr_short', departmentId: 'd_fin' } },
    { type: 'add', table: 'steps', row: { id: 'short1', processId: 'pr_short', laneId: 'l_fin', code: 'F01', name: 'Close books', x: 40, y: 40 } },
    { type: 'setRaci', stepId: 'short1', partyId: 'd_fin', letters: 'RA' },
  ];
  for (let i = 0; i < count; i++) {
    const code = `L${String(i + 1).padStart(3, '0')}`;
    commands.push({ type: 'add', table: 'steps', row: { id: `s${i}`, processId: 'pr_long', laneId: 'l_ops', code, name: `Step ${i + 1}`, x: 40 + i * 180, y: 40 } });
    commands.push({ type: 'setRaci', stepId: `s${i}`, partyId: 'd_ops', letters: 'RA' });
  }
  return { type: 'batch', commands };
}

test('a long matrix renders only the rows in view and keeps keyboard focus when jumping to the end', async ({ page, request }) => {
  const { session } = await callMain(request, 'project.create', { name: 'RACI long', language: 'en', organisation: '' });
  await callMain(request, 'project.execute', { session, command: longProcess(400) });
  await page.goto(`/?session=${session}`);

  // No process selected: every process, each under its own heading.
  await openMatrix(page, null);
  const all = page.getByRole('grid', { name: 'RACI matrix of All processes' });
  await expect(all).toHaveAttribute('aria-rowcount', String(1 + 2 + 400 + 1));
  await expect(all.getByRole('rowheader', { name: 'Long process' })).toBeVisible();

  await page.getByRole('list', { name: 'Processes' }).getByText('Long process').click();
  const grid = page.getByRole('grid', { name: 'RACI matrix of Long process' });
  await expect(grid).toHaveAttribute('aria-rowcount', '401');
  // Columns follow the process's lanes (Operations only); all parties brings in Finance too.
  await expect(grid).toHaveAttribute('aria-colcount', '2');
  await page.getByRole('button', { name: 'All parties' }).click();
  await expect(page.getByRole('button', { name: 'All parties' })).toHaveAttribute('aria-pressed', 'true');
  await expect(grid).toHaveAttribute('aria-colcount', '3');
  const rendered = await grid.getByRole('row').count();
  expect(rendered).toBeLessThan(100);

  await cell(page, 'L001 Step 1', 'Operations').click();
  await page.keyboard.press('ControlOrMeta+End');
  const last = cell(page, 'L400 Step 400', 'Finance');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(last.locator('xpath=..')).toHaveAttribute('aria-rowindex', '401');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('a');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^L3\d\d Step \d+ × Operations: R$/);
  expect(await grid.getByRole('row').count()).toBeLessThan(100);
});
