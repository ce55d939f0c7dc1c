import { expect, test, type Locator, type Page } from '@playwright/test';
import { LANE_FILLS } from '../../shared/diagram/diagram-style';
import { contrast } from '../support/wcag-contrast';
import { createInPage } from './main-api';

/** What has the focus, for failure messages: "button “Add flow”". */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page body';
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()} “${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? ''}”`;
  });
}

/** Presses Tab (Shift+Tab going back) until the target has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if ((await target.count()) === 1 && (await target.evaluate((el) => el === document.activeElement))) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach the target; the focus is on ${await focusedName(page)}`);
}

/** With the skip link focused: follows it, and Tab goes on from the main content. */
async function followSkipLink(page: Page): Promise<void> {
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
}

/** Presses a key until the target has the focus (arrow keys in a radio group). */
async function pressUntilFocused(page: Page, key: string, target: Locator, max = 20): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} ×${max} did not reach the target; the focus is on ${await focusedName(page)}`);
}

/** Presses a key until the focused element's accessible name matches. */
async function pressUntil(page: Page, key: string, name: RegExp, max = 30): Promise<void> {
  for (let i = 0; i <= max; i++) {
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (name.test(label)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} ×${max} did not reach ${name}; the focus is on ${await focusedName(page)}`);
}

test('a consultant does the whole job by keyboard alone: a project from a template, a new step named and connected, an A set, the conflict resolved, the workbook exported', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const focused = page.locator(':focus');

  await expect(page.getByRole('form', { name: 'New project' })).toBeVisible();
  // The skip link is the first Tab stop; it jumps to the form.
  await page.keyboard.press('Tab');
  await followSkipLink(page);
  await expect(page.getByRole('textbox', { name: 'Project name' })).toBeFocused();
  await page.keyboard.type('Launch by keyboard');
  await tabTo(page, page.getByRole('radio', { name: 'Blank project' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'New product or service launch' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Create project' }));
  await page.keyboard.press('Enter');
  // The start screen is gone: the focus lands on the project's name, not on the page body.
  await expect(page.getByRole('heading', { level: 1, name: 'Launch by keyboard' })).toBeFocused();

  // Back to the skip link, then into the main content: the view tabs come first.
  await page.keyboard.press('Shift+Tab');
  await followSkipLink(page);
  await expect(page.getByRole('tab', { name: 'Diagram', selected: true })).toBeFocused();

  // Add a task from the palette: one Tab stop for the tools, one for the shapes, arrows inside.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('toolbar', { name: 'Diagram tools' }).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add Start' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Add Task' })).toBeFocused();
  await page.keyboard.press('Enter');
  const stage = page.getByRole('region', { name: 'Swimlane diagram of New product development' });
  const added = stage.getByRole('group', { name: /^N\d+$/ });
  await expect(added).toBeFocused();
  const code = (await added.getAttribute('aria-label'))!;
  await expect(stage.getByRole('status')).toHaveText(`Task ${code} added to lane Marketing. Press F2 to name it.`);
  await expect(added).toBeInViewport();

  // F2 renames it in place; Enter gives the focus back to the step.
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: `Name of ${code}` })).toBeFocused();
  await page.keyboard.type('Sign contract');
  await page.keyboard.press('Enter');
  const step = stage.getByRole('group', { name: `${code} Sign contract`, exact: true });
  await expect(step).toBeFocused();

  // Connect it from the properties panel: after Add flow the focus is back on the list of steps.
  const connect = page.getByRole('complementary', { name: 'Properties' }).getByRole('combobox', { name: 'Connect to' });
  await tabTo(page, connect);
  await page.keyboard.type('N07');
  await expect(connect).not.toHaveValue('');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add flow' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(connect).toBeFocused();
  await expect(stage.getByRole('status')).toContainText(`Flow added: ${code} Sign contract → N07`);
  await expect(stage.getByRole('group', { name: new RegExp(`^${code} Sign contract → N07 `) })).toHaveCount(1);

  // To the RACI matrix: the view tabs follow the arrow keys.
  await tabTo(page, page.getByRole('tab', { name: 'Diagram' }), { back: true, max: 120 });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Key nodes', selected: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'RACI matrix', selected: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Findings', exact: true, pressed: false })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide findings', pressed: true })).toBeFocused();

  // The grid is one Tab stop that states its keys; the arrows move inside.
  const grid = page.getByRole('grid', { name: 'RACI matrix of New product development' });
  await expect(grid).toHaveAccessibleDescription(/Arrow keys move .* Tab leaves the matrix/);
  const presses = await tabTo(page, grid.getByRole('gridcell').and(focused), { max: 10 });
  expect(presses, 'Tab stops between the findings button and the grid: columns switch, all parties and the five letter tools').toBe(8);
  await pressUntil(page, 'ArrowDown', new RegExp(`^${code} Sign contract × `));
  await pressUntil(page, 'ArrowRight', new RegExp(`^${code} Sign contract × Marketing Manager: `));
  await page.keyboard.press('a');
  await expect(focused).toHaveAccessibleName(`${code} Sign contract × Marketing Manager: A`);
  // A second A on the same step is a conflict, told by text (and a corner mark), not by colour alone.
  await page.keyboard.press('ArrowRight');
  const second = ((await focused.getAttribute('aria-label')) ?? '').replace(/: .*$/, '');
  await page.keyboard.press('a');
  await expect(focused).toHaveAccessibleName(`${second}: A; conflict`);
  await expect(grid.getByRole('gridcell', { name: `${code} Sign contract × Marketing Manager: A; conflict` })).toHaveCount(1);

  // Tab leaves the grid at once (into the findings beside it); Shift+Tab comes back to the same cell.
  await page.keyboard.press('Tab');
  const findings = page.getByRole('complementary', { name: 'Findings of this matrix' });
  await expect(findings.getByRole('combobox', { name: 'Severity' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(grid.getByRole('gridcell', { name: `${second}: A; conflict` })).toBeFocused();

  // Resolve the conflict: Escape gives the focus back to Resolve…, applying the ruling lands on the next finding.
  await page.keyboard.press('Tab');
  const resolve = findings.getByRole('listitem').filter({ hasText: `${code} Sign contract` }).getByRole('button', { name: 'Resolve…' });
  await tabTo(page, resolve);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Name the one A (Accountable)' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(resolve).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab reaches the group of parties (its first radio), the arrows choose in it.
  await tabTo(page, dialog.getByRole('radio').first());
  const manager = dialog.getByRole('radio', { name: /Marketing Manager/ });
  await pressUntilFocused(page, 'ArrowDown', manager);
  await page.keyboard.press('Space');
  await expect(manager).toBeChecked();
  await tabTo(page, dialog.getByRole('textbox', { name: 'Decided by' }));
  await page.keyboard.type('Vice President, Operations');
  await tabTo(page, dialog.getByRole('textbox', { name: 'Reason' }));
  await page.keyboard.type('Marketing owns the launch.');
  await tabTo(page, dialog.getByRole('button', { name: 'Apply ruling' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(grid.getByRole('gridcell', { name: `${code} Sign contract × Marketing Manager: A` })).toHaveCount(1);
  await expect(findings.getByRole('heading').and(focused)).toHaveCount(1);

  // Export the workbook from the top bar: Escape closes the menu onto its button, so does choosing an item.
  const exportMenu = page.getByRole('button', { name: /^Export and import/ });
  await tabTo(page, exportMenu, { back: true, max: 120 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'RACI workbook (Excel)…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(exportMenu).toBeFocused();
  await page.keyboard.press('Enter');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe('Launch by keyboard RACI matrix.xlsx');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(exportMenu).toBeFocused();
  // Focus leaving the open menu closes it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu')).toBeHidden();
});

test('every dialog gives the focus back to what opened it, and deleting or renaming never drops it on the page', async ({ page }) => {
  await createInPage(page, { name: 'Focus', language: 'en', templateId: 'product-launch' });
  await expect(page.getByRole('heading', { level: 1, name: 'Focus' })).toBeVisible();

  /** Opens a dialog from its button with Enter, closes it with the key or the button named, and checks where the focus went. */
  async function opensAndReturns(opener: Locator, dialogName: string, close: 'Escape' | string): Promise<void> {
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    if (close === 'Escape') await page.keyboard.press('Escape');
    else {
      await dialog.getByRole('button', { name: close }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  }

  await opensAndReturns(page.getByRole('button', { name: 'About' }), 'About Lanewise', 'Escape');
  await opensAndReturns(page.getByRole('button', { name: 'Add from template' }), 'Add a process from a template', 'Cancel');

  // A menu item's dialog returns to the menu's button (the item has gone with the menu).
  const more = page.getByRole('button', { name: 'More actions for New product development' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Save as template' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();

  // Renaming in place: Enter gives the focus back to the rename button.
  await page.getByRole('button', { name: 'Rename New product development' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'New name for New product development' })).toBeFocused();
  await page.keyboard.type('Launch');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Rename Launch' })).toBeFocused();

  await page.getByRole('tab', { name: 'Organisation' }).focus();
  await page.keyboard.press('Enter');
  await opensAndReturns(page.getByRole('button', { name: 'Delete Sales', exact: true }), 'Delete department?', 'Escape');
  await opensAndReturns(page.getByRole('button', { name: 'Delete Sales', exact: true }), 'Delete department?', 'Cancel');
  await opensAndReturns(page.getByRole('button', { name: 'Merge Production into another department' }), 'Merge departments', 'Cancel');
  // Deleting for good: the row goes, the focus stays in the list's panel.
  await page.getByRole('button', { name: 'Delete Sales', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Delete department?' }).getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Delete Sales', exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Departments', exact: true })).toBeFocused();

  // Deleting a process: the focus goes to the notice's Undo.
  await page.getByRole('button', { name: 'Delete Launch' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“Launch” deleted.' }).getByRole('button', { name: 'Undo' })).toBeFocused();
});

test('Tab walks the diagram in order (every step by number, then the flows, then the lanes and phases), each brought into view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { state } = await createInPage(page, { name: 'Walk', language: 'en', templateId: 'product-launch' });
  await page.getByRole('button', { name: 'New product development', exact: true }).click();
  const stage = page.getByRole('region', { name: 'Swimlane diagram of New product development' });
  await expect(stage).toBeVisible();
  const steps = Object.values(state.tables.steps).sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
  const flows = Object.keys(state.tables.flows).length;

  test.setTimeout(60_000);
  const palette = page.getByRole('button', { name: 'Add Start' });
  const first = stage.getByRole('group', { name: `${steps[0]!.code} ${steps[0]!.name}`, exact: true });
  // Into the diagram and straight back out: Shift+Tab from the first step returns to the shapes.
  await palette.focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(palette).toBeFocused();
  const visited: string[] = [];
  for (let i = 0; i < steps.length + flows + 18; i++) {
    await page.keyboard.press('Tab');
    // Steps and flows off screen are brought in a frame or two after the key.
    await expect(stage.locator(':focus'), `stop ${i + 1} (after ${visited.at(-1) ?? 'the palette'}) is on the diagram`).toHaveCount(1);
    await expect
      .poll(() =>
        stage.evaluate((region) => {
          const el = document.activeElement!;
          const view = region.querySelector('.react-flow')!.getBoundingClientRect();
          const r = el.getBoundingClientRect();
          // The part of it inside the visible canvas, at least 8 px each way (a grip is a thin line).
          const w = Math.min(r.right, view.right) - Math.max(r.left, view.left);
          const h = Math.min(r.bottom, view.bottom) - Math.max(r.top, view.top);
          return w >= Math.min(8, r.width) && h >= Math.min(8, r.height);
        }),
        { message: `stop ${i + 1} (${await stage.locator(':focus').getAttribute('aria-label')}) is scrolled into the visible canvas` },
      )
      .toBe(true);
    visited.push((await stage.locator(':focus').getAttribute('aria-label')) ?? '');
  }
  expect(visited.slice(0, steps.length)).toEqual(steps.map((s) => `${s.code} ${s.name}`));
  expect(visited.slice(steps.length, steps.length + flows).every((name) => name.includes(' → '))).toBe(true);
  expect(visited.slice(steps.length + flows)).toEqual([
    ...['Marketing', 'Product', 'R&D', 'Production', 'Sales'].flatMap((lane) => [`Lane ${lane}: drag to reorder, double-click to rename`, `Size of lane ${lane}`]),
    ...['Requirements', 'Development', 'Launch', 'Retrospective'].flatMap((phase) => [`Phase ${phase}: drag to reorder, double-click to rename`, `Length of phase ${phase}`]),
  ]);

  // Past the last stop the focus leaves the diagram for the panel, and Shift+Tab comes back to that stop.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('complementary', { name: 'Properties' }).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(stage.getByRole('separator', { name: 'Length of phase Retrospective' })).toBeFocused();
});

test('the keyboard focus shows at 3:1 on the two-option switches and on a flow', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await createInPage(page, { name: 'Rings', language: 'en', templateId: 'product-launch' });
  await page.getByRole('button', { name: 'New product development', exact: true }).click();

  /** The ring of a focused option of a switch against the option's own fill, which it is drawn on. */
  const ringOnFill = (radio: Locator) =>
    radio.evaluate((input) => {
      const label = getComputedStyle(input.closest('label')!);
      return { style: label.outlineStyle, width: label.outlineWidth, ring: label.outlineColor, fill: label.backgroundColor };
    });

  // Lanes as Rows / Columns, in the properties panel: Tab reaches the chosen option.
  const rows = page.getByRole('complementary', { name: 'Properties' }).getByRole('radio', { name: 'Rows' });
  await page.getByRole('button', { name: 'Add Start' }).focus();
  await tabTo(page, rows, { max: 60 });
  let ring = await ringOnFill(rows);
  expect(ring.style).toBe('solid');
  expect(contrast(ring.ring, ring.fill), `ring ${ring.ring} on ${ring.fill}`).toBeGreaterThanOrEqual(3);

  // A flow: the band around it against the lane, and the line inside against the band.
  await page.getByRole('button', { name: 'Add Start' }).focus();
  await pressUntil(page, 'Tab', / → /);
  const flow = await page.evaluate(() => {
    const edge = document.activeElement!;
    const band = getComputedStyle(edge.querySelector('.flow-focus-ring')!);
    const line = getComputedStyle(edge.querySelector('path.flow')!);
    return { band: band.stroke, opacity: band.strokeOpacity, line: line.stroke };
  });
  expect(flow.opacity).toBe('1');
  for (const lane of LANE_FILLS) expect(contrast(flow.band, lane), `band ${flow.band} on lane ${lane}`).toBeGreaterThanOrEqual(3);
  expect(contrast(flow.line, flow.band)).toBeGreaterThanOrEqual(3);

  // Departments / Positions, above the RACI matrix.
  await page.getByRole('tab', { name: 'RACI matrix' }).click();
  const positions = page.getByRole('radio', { name: 'Positions' });
  await page.getByRole('button', { name: 'Findings', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(positions).toBeFocused();
  ring = await ringOnFill(positions);
  expect(ring.style).toBe('solid');
  expect(contrast(ring.ring, ring.fill), `ring ${ring.ring} on ${ring.fill}`).toBeGreaterThanOrEqual(3);
});
