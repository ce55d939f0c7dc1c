import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { CommandInput } from '../../shared/commands/command-schema';
import { NODE_SIZE } from '../../shared/diagram/geometry';
import { canvas, openCanvasFixture, openProcess, watchForProblems } from './canvas-page';
import { callMain, createInPage, pageProject } from './main-api';
import { fitDiagram } from './template-canvas';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return { ...b, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
}

/** The element's box once it has stopped moving (a step given the focus is brought into view; a pan settles). */
async function settledBox(locator: Locator) {
  let last = await box(locator);
  let still = 0;
  await expect
    .poll(
      async () => {
        const now = await box(locator);
        still = Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5 ? still + 1 : 0;
        last = now;
        return still;
      },
      { intervals: [200] },
    )
    .toBeGreaterThanOrEqual(2);
  return last;
}

/** Hovers a step until what hovering shows is there (the canvas may still be settling under the pointer). */
async function hoverUntilShown(step: Locator, shown: Locator): Promise<void> {
  await settledBox(step);
  await expect(async () => {
    await step.hover();
    await expect(shown).toBeVisible({ timeout: 1000 });
  }).toPass();
}

/** The stored flows of the process, as "from name → to name". */
async function storedFlows(page: Page, processId: string): Promise<string[]> {
  const { tables } = (await pageProject(page)).state;
  const name = (id: string) => tables.steps[id]?.name ?? '?';
  return Object.values(tables.flows)
    .filter((f) => f.processId === processId)
    .map((f) => `${name(f.fromStepId)} → ${name(f.toStepId)}`)
    .sort();
}

/** One of the eight resize handles of the selected step, by where it sits on the shape (e: the middle of the right side). */
async function resizeHandle(step: Locator, where: 'e' | 'w'): Promise<{ x: number; y: number }> {
  const handles = step.getByTitle('Drag to resize');
  await expect(handles).toHaveCount(8);
  const shape = await settledBox(step);
  const boxes = await Promise.all((await handles.all()).map(box));
  const side = where === 'e' ? shape.x + shape.width : shape.x;
  const handle = boxes.find((b) => Math.abs(b.cx - side) < 8 && Math.abs(b.cy - shape.cy) < 8);
  if (!handle) throw new Error(`no ${where} handle on the shape`);
  return { x: handle.cx, y: handle.cy };
}

/** A diagram export, downloaded from the Export menu. */
async function exportDiagram(page: Page, item: 'Diagram as PNG…' | 'Diagram as SVG…'): Promise<Buffer> {
  await page.getByRole('button', { name: /Export and import/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return readFileSync(await (await downloading).path());
}

/** Lines of a step's name in an exported SVG. */
function nameLines(svg: string, stepId: string): string[] {
  const group = new RegExp(`<g class="step [^"]*" data-step-id="${stepId}">(.*?)</g>`).exec(svg)?.[1] ?? '';
  const name = /<text class="step-name"[^>]*>(.*?)<\/text>/.exec(group)?.[1] ?? '';
  return [...name.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
}

/** The step's shape in the SVG (its drawn rectangle, after the shadow), in the picture's own units. */
function shapeRect(svg: string, stepId: string): { x: number; y: number; width: number; height: number } {
  const group = new RegExp(`<g class="step [^"]*" data-step-id="${stepId}">(.*?)</g>`).exec(svg)?.[1] ?? '';
  const rects = [...group.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)];
  const shift = /<g class="diagram" transform="translate\(([\d.]+) ([\d.]+)\)">/.exec(svg);
  const r = rects[1];
  if (!r || !shift) throw new Error(`step ${stepId} has no box in the SVG`);
  return { x: Number(r[1]) + Number(shift[1]), y: Number(r[2]) + Number(shift[2]), width: Number(r[3]), height: Number(r[4]) };
}

/**
 * Bands of dark pixel rows (lines of text) inside a part of a PNG, read by the browser: the picture
 * itself, not the SVG it was made from. The part is given in SVG units; `svgWidth` scales it.
 */
async function textBandsInPng(page: Page, png: Buffer, svgWidth: number, part: { x: number; y: number; width: number; height: number }): Promise<number> {
  return page.evaluate(
    async ({ base64, svgWidth, part }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const scale = image.width / svgWidth;
      const inset = 4 * scale;
      const x = Math.round(part.x * scale + inset);
      const y = Math.round(part.y * scale + inset);
      const w = Math.round(part.width * scale - 2 * inset);
      const h = Math.round(part.height * scale - 2 * inset);
      const c = new OffscreenCanvas(image.width, image.height);
      const g = c.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const data = g.getImageData(x, y, w, h).data;
      let bands = 0;
      let inBand = false;
      for (let row = 0; row < h; row++) {
        let ink = false;
        for (let col = 0; col < w && !ink; col++) {
          const i = (row * w + col) * 4;
          ink = data[i]! + data[i + 1]! + data[i + 2]! < 3 * 110;
        }
        if (ink && !inBand) bands++;
        inBand = ink;
      }
      return bands;
    },
    { base64: png.toString('base64'), svgWidth, part },
  );
}

interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const apart = (a: ScreenBox, b: ScreenBox) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

/** Where each step's name is drawn on screen. */
function stepNameBoxes(page: Page): Promise<Array<{ name: string; box: ScreenBox }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-roledescription="node"]')].flatMap((node) =>
      [...node.querySelectorAll('svg.step-picture text.step-name')].map((t) => {
        const b = t.getBoundingClientRect();
        return { name: node.getAttribute('aria-label') ?? '', box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom } };
      }),
    ),
  );
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('canvas gestures at 1600 × 960', () => {
  test.use({ viewport: { width: 1600, height: 960 } });

  test('a flow drawn from a step’s edge and dropped on the body of another step connects them', async ({ page, request }) => {
    const problems = watchForProblems(page);
    await openCanvasFixture(page, request, 'Glue');
    const c = canvas(page);
    const from = c.step('N01 Take order');
    const to = c.step('N03 Approve credit');
    await expect(c.flows).toHaveCount(3);

    const handle = from.getByTitle('Connection point, right');
    await hoverUntilShown(from, handle);
    const start = await box(handle);
    const body = await box(to);
    await page.mouse.move(start.cx, start.cy);
    await page.mouse.down();
    // Into the target's body, a third of the way across: far from each of its connection points.
    const drop = { x: body.x + body.width / 3, y: body.y + body.height * 0.6 };
    await page.mouse.move(drop.x, drop.y, { steps: 12 });
    // While the pointer is over it, the step that will take the flow is highlighted.
    await expect(to.locator('.step-node.is-target')).toHaveCount(1);
    await page.mouse.up();

    await expect(c.flows).toHaveCount(4);
    await expect(c.flow('N01 Take order', 'N03 Approve credit')).toBeVisible();
    await expect(to.locator('.step-node.is-target')).toHaveCount(0);
    await expect.poll(() => storedFlows(page, 'pr_otc')).toEqual(['Approve credit → Ship goods', 'Check stock → Approve credit', 'Take order → Approve credit', 'Take order → Check stock']);
    expect(problems).toEqual([]);
  });

  test('the quick-add arrow on hover makes the next step, connected, and typing names it straight away', async ({ page, request }) => {
    const problems = watchForProblems(page);
    await openCanvasFixture(page, request, 'Quick add');
    const c = canvas(page);
    const arrow = c.stage.getByRole('button', { name: 'Add a connected step after N04', exact: true });
    await hoverUntilShown(c.step('N04 Ship goods'), arrow);
    await arrow.click();
    // No click in between: the cursor is already in the new step's name.
    await expect(page.getByRole('textbox', { name: 'Name of N05' })).toBeFocused();
    await page.keyboard.type('Send invoice');
    await page.keyboard.press('Enter');

    await expect(c.step('N05 Send invoice')).toBeVisible();
    await expect(c.flow('N04 Ship goods', 'N05 Send invoice')).toBeVisible();
    const project = await pageProject(page);
    const added = Object.values(project.state.tables.steps).find((s) => s.code === 'N05');
    expect(added).toMatchObject({ name: 'Send invoice', kind: 'task', laneId: 'lane_proc' });
    expect(await storedFlows(page, 'pr_otc')).toContain('Ship goods → Send invoice');
    // Next along the flow: to the right of the step it follows, in the same lane.
    const before = await box(c.step('N04 Ship goods'));
    const after = await box(c.step('N05 Send invoice'));
    expect(after.x).toBeGreaterThan(before.x + before.width);
    expect(Math.abs(after.cy - before.cy)).toBeLessThan(2);
    expect(problems).toEqual([]);
  });

  test('a shape made narrower with its handle wraps its name, on the canvas and in the exported PNG', async ({ page, request }) => {
    const problems = watchForProblems(page);
    await openCanvasFixture(page, request, 'Resize');
    const c = canvas(page);
    const step = c.step('N02 Check stock');
    const svgBefore = (await exportDiagram(page, 'Diagram as SVG…')).toString('utf8');
    const pngBefore = await exportDiagram(page, 'Diagram as PNG…');
    expect(nameLines(svgBefore, 's2')).toEqual(['Check stock']);

    await step.click();
    const handle = await resizeHandle(step, 'e');
    const widthBefore = (await box(step)).width;
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(handle.x - 45, handle.y, { steps: 5 });
    await page.mouse.move(handle.x - 90, handle.y, { steps: 5 });
    await page.mouse.up();

    await expect.poll(async () => (await box(step)).width).toBeLessThan(widthBefore - 60);
    await expect(step.locator('text.step-name tspan')).toHaveText(['Check', 'stock']);
    const stored = (await pageProject(page)).state.tables.steps.s2!;
    expect(stored.width).toBeLessThan(100);

    const svgAfter = (await exportDiagram(page, 'Diagram as SVG…')).toString('utf8');
    const pngAfter = await exportDiagram(page, 'Diagram as PNG…');
    expect(nameLines(svgAfter, 's2')).toEqual(['Check', 'stock']);
    const svgWidth = (svg: string) => Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    const rectBefore = shapeRect(svgBefore, 's2');
    const rectAfter = shapeRect(svgAfter, 's2');
    expect(rectAfter.width).toBeLessThan(rectBefore.width);
    // In the pictures themselves: the code and one line of name before, the code and two lines after.
    expect(await textBandsInPng(page, pngBefore, svgWidth(svgBefore), rectBefore)).toBe(2);
    expect(await textBandsInPng(page, pngAfter, svgWidth(svgAfter), rectAfter)).toBe(3);
    expect(pngSize(pngAfter).height).toBe(pngSize(pngBefore).height);
    writeFileSync(test.info().outputPath('resized.png'), pngAfter);
    expect(problems).toEqual([]);
  });
});

test.describe('canvas room at 1280 × 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('collapsing the side panels and hiding the mini map give the diagram the room', async ({ page, request }) => {
    const problems = watchForProblems(page);
    await openCanvasFixture(page, request, 'Room');
    const c = canvas(page);
    const tools = page.getByRole('toolbar', { name: 'Diagram tools' });
    const minimap = c.stage.getByRole('img', { name: 'Mini map' });
    await expect(minimap).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add Task' })).toBeVisible();
    await expect(c.panel).toBeVisible();
    const before = await box(c.stage);

    await tools.getByRole('button', { name: 'Show shapes' }).click();
    await expect(tools.getByRole('button', { name: 'Show shapes' })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: 'Add Task' })).toBeHidden();
    await tools.getByRole('button', { name: 'Show properties' }).click();
    await expect(c.panel).toBeHidden();
    await tools.getByRole('button', { name: 'Show mini map' }).click();
    await expect(minimap).toBeHidden();

    await expect.poll(async () => (await box(c.stage)).width).toBeGreaterThan(before.width + 300);
    const after = await box(c.stage);
    expect(after.height).toBeGreaterThanOrEqual(before.height - 1);

    // Focus mode gives the diagram the whole window.
    await tools.getByRole('button', { name: 'Focus on the diagram' }).click();
    await expect.poll(async () => (await box(c.stage)).width).toBeGreaterThan(1240);

    // The choice is kept: after a reload the panels stay folded away.
    await tools.getByRole('button', { name: 'Focus on the diagram' }).click();
    await page.reload();
    await openProcess(page, 'Order to cash');
    await expect(c.panel).toBeHidden();
    await expect(minimap).toBeHidden();
    await expect(tools.getByRole('button', { name: 'Show shapes' })).toHaveAttribute('aria-pressed', 'false');
    expect(problems).toEqual([]);
  });

  test('a 40-step process fitted to the window shows every step name whole, at 9 px or more, none over another', async ({ page }) => {
    const problems = watchForProblems(page);
    const { session } = await createInPage(page, { name: 'Forty steps', language: 'en', organisation: '' });
    await callMain(page.request, 'project.execute', { session, command: fortySteps() });
    await page.reload();
    await openProcess(page, 'Forty steps');
    const c = canvas(page);
    await fitDiagram(page);
    await expect(c.steps).toHaveCount(40);
    const stage = await box(c.stage);
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-roledescription="node"]')].map((node) => {
        const picture = node.querySelector('svg.step-picture') as SVGSVGElement;
        const scale = picture.getBoundingClientRect().width / picture.width.baseVal.value;
        const texts = [...picture.querySelectorAll('text.step-name')];
        const boxes = texts.map((t) => t.getBoundingClientRect());
        return {
          name: node.getAttribute('aria-label') ?? '',
          // Line by line, as drawn.
          text: texts.flatMap((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent ?? '')).join(' '),
          screenFont: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
          box: { left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)), right: Math.max(...boxes.map((b) => b.right)), bottom: Math.max(...boxes.map((b) => b.bottom)) },
        };
      }),
    );
    expect(labels).toHaveLength(40);
    // Every name whole: nothing cut, no ellipsis.
    expect(labels.map((l) => l.text).sort()).toEqual(fortyNames().sort());
    for (const label of labels) {
      expect(label.name, `${label.name} is drawn whole`).toBe(`${label.name.split(' ')[0]} ${label.text}`);
      expect(label.screenFont, `${label.name} is drawn at ${label.screenFont.toFixed(1)} px`).toBeGreaterThanOrEqual(9);
      const { left, top, right, bottom } = label.box;
      expect(left >= stage.x && right <= stage.x + stage.width && top >= stage.y && bottom <= stage.y + stage.height, `${label.name} is inside the diagram area`).toBe(true);
    }
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        expect(apart, `${a.name} and ${b.name} are not written over each other`).toBe(true);
      }
    }
    await page.screenshot({ path: test.info().outputPath('forty-steps-fitted.png') });
    expect(problems).toEqual([]);
  });

  for (const [templateId, process, lanes] of [
    ['product-launch', '新产品开发协作流程', ['市场部', '产品部', '研发部', '生产部', '销售部']],
    ['annual-budget', '年度预算编制流程', ['总经办', '财务部', '销售部', '市场部', '研发部']],
  ] as const) {
    test(`the ${templateId} template in Chinese, fitted to the window, names every lane at 9 px or more, clear of every step name`, async ({ page }) => {
      const problems = watchForProblems(page);
      await createInPage(page, { name: `泳道名称 ${templateId}`, language: 'zh-CN', organisation: '', templateId });
      await page.getByLabel('Language / 语言').selectOption('zh-CN');
      await page.getByRole('list', { name: '流程' }).getByRole('button', { name: process, exact: true }).click({ position: { x: 12, y: 12 } });
      await expect(page.getByRole('region', { name: `${process}的泳道图` })).toBeVisible();
      await fitDiagram(page);
      const pinned = page.getByRole('list', { name: '泳道名称' }).getByRole('listitem');
      await expect(pinned).toHaveCount(lanes.length);
      const names = await pinned.evaluateAll((items) =>
        items.map((item) => {
          const text = item.firstElementChild as HTMLElement;
          const b = text.getBoundingClientRect();
          return {
            name: item.getAttribute('aria-label') ?? '',
            drawn: text.textContent ?? '',
            px: parseFloat(getComputedStyle(text).fontSize),
            // Nothing cut by the box it is drawn in.
            whole: item.scrollHeight <= item.clientHeight && item.scrollWidth <= item.clientWidth,
            box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
          };
        }),
      );
      expect(names.map((n) => n.name)).toEqual([...lanes]);
      const steps = await stepNameBoxes(page);
      expect(steps.length, 'the step names are drawn').toBeGreaterThan(8);
      for (const lane of names) {
        expect(lane.drawn, `${lane.name} is written whole`).toBe(lane.name);
        expect(lane.whole, `${lane.name} is not cut`).toBe(true);
        expect(lane.px, `${lane.name} is written at ${lane.px} px`).toBeGreaterThanOrEqual(9);
        for (const step of steps) expect(apart(lane.box, step.box), `lane name ${lane.name} and step name ${step.name} are not written over each other`).toBe(true);
      }
      const phases = page.getByRole('list', { name: '阶段名称' }).getByRole('listitem');
      expect(await phases.count(), 'the phases are named too').toBeGreaterThan(0);
      for (const px of await phases.evaluateAll((items) => items.map((item) => parseFloat(getComputedStyle(item).fontSize)))) expect(px).toBeGreaterThanOrEqual(9);
      await page.screenshot({ path: test.info().outputPath(`${templateId}-zh-fitted.png`) });
      expect(problems).toEqual([]);
    });
  }

  for (const [templateId, process, lanes] of [
    ['product-launch', 'New product development', ['Marketing', 'Product', 'R&D', 'Production', 'Sales']],
    ['customer-complaint', 'Major customer complaint handling', ['Customer Service', 'Sales', 'Product', 'Engineering', 'Legal']],
    ['marketing-event', 'Marketing event execution', ['Marketing', 'Design', 'Public Relations', 'Sales', 'Technical Support']],
    ['annual-budget', 'Annual budget preparation', ['Executive Office', 'Finance', 'Sales', 'Marketing', 'R&D']],
    ['process-change', 'Digital transformation', ['Executive Office', 'Operations', 'IT', 'Human Resources']],
  ] as const) {
    test(`the ${templateId} template in English, lanes as columns, fitted to the window, writes every lane name whole at 9 px or more, clear of every step name`, async ({ page }) => {
      const problems = watchForProblems(page);
      await createInPage(page, { name: `Columns ${templateId}`, language: 'en', organisation: '', templateId });
      await openProcess(page, process);
      await page.getByRole('radio', { name: 'Columns', exact: true }).check();
      await fitDiagram(page);
      const pinned = page.getByRole('list', { name: 'Lane names' }).getByRole('listitem');
      await expect(pinned).toHaveCount(lanes.length);
      const names = await pinned.evaluateAll((items) =>
        items.map((item) => {
          const text = item.firstElementChild as HTMLElement;
          const b = text.getBoundingClientRect();
          const node = text.firstChild!;
          const content = text.textContent ?? '';
          // A word is broken when its letters are drawn on more than one line.
          const broken = [...content.matchAll(/\S+/g)].filter((word) => {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(getComputedStyle(text).writingMode === 'horizontal-tb' ? r.top : r.left)));
            return lines.size > 1;
          });
          return {
            name: item.getAttribute('aria-label') ?? '',
            drawn: content,
            px: parseFloat(getComputedStyle(text).fontSize),
            whole: item.scrollHeight <= item.clientHeight && item.scrollWidth <= item.clientWidth,
            broken: broken.map((w) => w[0]),
            box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
          };
        }),
      );
      expect(names.map((n) => n.name)).toEqual([...lanes]);
      const steps = await stepNameBoxes(page);
      expect(steps.length, 'the step names are drawn').toBeGreaterThan(8);
      for (const lane of names) {
        expect(lane.drawn, `${lane.name} is written whole`).toBe(lane.name);
        expect(lane.whole, `${lane.name} is not cut by its box`).toBe(true);
        expect(lane.broken, `${lane.name} has no word broken over two lines`).toEqual([]);
        expect(lane.px, `${lane.name} is written at ${lane.px} px`).toBeGreaterThanOrEqual(9);
        for (const step of steps) expect(apart(lane.box, step.box), `lane name ${lane.name} and step name ${step.name} are not written over each other`).toBe(true);
      }
      await page.screenshot({ path: test.info().outputPath(`${templateId}-en-columns-fitted.png`) });
      expect(problems).toEqual([]);
    });
  }

  test('lanes end where the last phase ends, on the canvas and in the exported SVG', async ({ page }) => {
    const problems = watchForProblems(page);
    const { session } = await createInPage(page, { name: 'Short phases', language: 'en', organisation: '' });
    await callMain(page.request, 'project.execute', { session, command: shortPhases() });
    await page.reload();
    await openProcess(page, 'Two phases');
    const c = canvas(page);
    await fitDiagram(page);
    const lastPhase = await box(c.stage.getByRole('button', { name: 'Phase Approval: drag to reorder, double-click to rename' }));
    const laneEnds = await c.stage.locator('svg.lane-grid-picture rect.lane').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().right));
    expect(laneEnds).toHaveLength(2);
    for (const end of laneEnds) expect(Math.abs(end - (lastPhase.x + lastPhase.width)), 'the lane ends with the last phase').toBeLessThan(1);

    // In the picture: 120 for the lane names, then phases of 300 and 400.
    const svg = (await exportDiagram(page, 'Diagram as SVG…')).toString('utf8');
    const lanes = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" class="lane"/g)].map((m) => Number(m[1]) + Number(m[2]));
    expect(lanes).toEqual([820, 820]);
    expect(problems).toEqual([]);
  });

  test('a 400-step process fitted to the window is drawn whole over its lanes, hand-offs and all', async ({ page }) => {
    const problems = watchForProblems(page);
    const { session } = await createInPage(page, { name: 'Four hundred steps', language: 'en', organisation: '' });
    await callMain(page.request, 'project.execute', { session, command: manySteps(400) });
    await page.reload();
    await openProcess(page, 'Many steps');
    await fitDiagram(page);
    const picture = page.getByRole('img', { name: 'The whole process, 400 steps: zoom in to edit' });
    await expect(picture).toBeVisible();
    // What the user sees over the lanes (their upper half: the mini map sits over the lower right):
    // every flow here crosses lanes, so the dashed orange of hand-offs must show on screen.
    const lanes = (await page.locator('.lane-grid-picture').boundingBox())!;
    const shot = await page.screenshot({ clip: { x: lanes.x, y: lanes.y, width: lanes.width / 2, height: lanes.height / 2 } });
    const orange = await page.evaluate(async (bytes) => {
      const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const px = ctx.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! > 150 && px[i + 1]! < 130 && px[i + 2]! < 100) count++;
      return count;
    }, [...shot]);
    expect(orange, 'hand-off lines drawn on screen over the lanes').toBeGreaterThan(200);
    expect(problems).toEqual([]);
  });

  test('a step deleted nearer in is gone from the 400-step picture that fit to window shows', async ({ page }) => {
    const problems = watchForProblems(page);
    const { session } = await createInPage(page, { name: 'Four hundred steps', language: 'en', organisation: '' });
    await callMain(page.request, 'project.execute', { session, command: manySteps(400) });
    await page.reload();
    await openProcess(page, 'Many steps');
    const c = canvas(page);
    await c.step(/^N\d+ Step 1$/).click();
    await page.keyboard.press('Delete');
    await expect(c.step(/^N\d+ Step 1$/)).toHaveCount(0);
    await fitDiagram(page);
    await expect(page.getByRole('img', { name: 'The whole process, 399 steps: zoom in to edit' })).toBeVisible();
    // Ink drawn where the deleted first step stood, and where the step after it in its lane stands.
    const inkAt = async (x: number, y: number) => {
      const at = await page.evaluate(([sx, sy]) => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
        const pane = document.querySelector<HTMLElement>('.react-flow')!.getBoundingClientRect();
        const m = new DOMMatrix(getComputedStyle(viewport).transform);
        return { x: pane.x + m.e + sx! * m.a, y: pane.y + m.f + sy! * m.d, zoom: m.a };
      }, [x, y]);
      const clip = { x: Math.floor(at.x) - 1, y: Math.floor(at.y) - 1, width: Math.ceil(NODE_SIZE.task.width * at.zoom) + 3, height: Math.ceil(NODE_SIZE.task.height * at.zoom) + 3 };
      const shot = await page.screenshot({ clip });
      return page.evaluate(async (bytes) => {
        const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const px = ctx.getImageData(0, 0, image.width, image.height).data;
        let count = 0;
        for (let i = 0; i < px.length; i += 4) if (Math.max(px[i]!, px[i + 1]!, px[i + 2]!) < 170) count++;
        return count;
      }, [...shot]);
    };
    expect(await inkAt(184, 80), 'nothing drawn where the deleted step was').toBe(0);
    expect(await inkAt(384, 80), 'the next step in its lane drawn').toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  test('a reload lands on the same process, view, zoom and pan; so does a tab switch', async ({ page, request }) => {
    const problems = watchForProblems(page);
    await openCanvasFixture(page, request, 'Memory');
    await openProcess(page, 'Returns');
    await openProcess(page, 'Order to cash');
    const c = canvas(page);
    const zoom = page.getByRole('toolbar', { name: 'Diagram tools' }).getByRole('combobox', { name: 'Zoom' });
    await zoom.selectOption('150');
    await expect(zoom).toHaveValue('150');
    // Pan with the wheel: down and to the right.
    // Pan by dragging with the middle button, from near the stage's bottom-left corner: left and up.
    const step = c.step('N02 Check stock');
    const unpanned = await box(step);
    const stage = await box(c.stage);
    const from = { x: stage.x + 200, y: stage.y + stage.height - 40 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(from.x - 60, from.y - 20, { steps: 4 });
    await page.mouse.move(from.x - 140, from.y - 50, { steps: 6 });
    await page.mouse.up({ button: 'middle' });
    await expect.poll(async () => (await box(step)).x).toBeLessThan(unpanned.x - 100);
    // The pan settles before it is remembered.
    const where = await settledBox(step);

    const expectSameView = async () => {
      await expect(zoom).toHaveValue('150');
      await expect.poll(async () => {
        const now = await box(step);
        return Math.abs(now.x - where.x) + Math.abs(now.y - where.y);
      }).toBeLessThan(2);
    };

    // Away to the key-node table and back.
    await page.getByRole('tab', { name: 'Key nodes' }).click();
    await page.getByRole('tab', { name: 'Diagram' }).click();
    await expectSameView();

    // A reload: no click needed to find the process again.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Swimlane diagram of Order to cash' })).toBeVisible();
    await expectSameView();

    // The view is remembered too.
    await page.getByRole('tab', { name: 'Key nodes' }).click();
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Key nodes' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('table', { name: /Key-node table of Order to cash/ })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

/** A process of `count` steps in eight lanes, each flowing to the next in the lane below: every flow a hand-off. */
function manySteps(count: number): CommandInput {
  const commands: CommandInput[] = [];
  const lanes = 8;
  for (let i = 0; i < lanes; i++) commands.push({ type: 'add', table: 'departments', row: { id: `d${i}`, name: `Department ${i + 1}`, order: i } });
  commands.push({ type: 'add', table: 'processes', row: { id: 'pmany', name: 'Many steps' } });
  for (let i = 0; i < lanes; i++) commands.push({ type: 'add', table: 'lanes', row: { id: `l${i}`, processId: 'pmany', departmentId: `d${i}`, order: i } });
  for (let i = 0; i < count; i++) {
    const lane = i % lanes;
    commands.push({ type: 'add', table: 'steps', row: { id: `s${i}`, processId: 'pmany', laneId: `l${lane}`, name: `Step ${i + 1}`, x: 184 + Math.floor(i / lanes) * 200, y: 32 + lane * 160 + 48 } });
    if (i > 0) commands.push({ type: 'add', table: 'flows', row: { id: `f${i}`, processId: 'pmany', fromStepId: `s${i - 1}`, toStepId: `s${i}` } });
  }
  return { type: 'batch', label: 'many steps', commands };
}

/** Two lanes and two phases, 300 and 400 long: together shorter than an empty diagram's lanes. */
function shortPhases(): CommandInput {
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'd0', name: 'Sales', order: 0 } },
    { type: 'add', table: 'departments', row: { id: 'd1', name: 'Finance', order: 1 } },
    { type: 'add', table: 'processes', row: { id: 'p2', name: 'Two phases' } },
    { type: 'add', table: 'lanes', row: { id: 'l0', processId: 'p2', departmentId: 'd0', order: 0 } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p2', departmentId: 'd1', order: 1 } },
    { type: 'add', table: 'phases', row: { id: 'ph0', processId: 'p2', name: 'Request', order: 0, size: 300 } },
    { type: 'add', table: 'phases', row: { id: 'ph1', processId: 'p2', name: 'Approval', order: 1, size: 400 } },
    { type: 'add', table: 'steps', row: { id: 's0', processId: 'p2', laneId: 'l0', phaseId: 'ph0', name: 'Ask for credit', x: 184, y: 80 } },
    { type: 'add', table: 'steps', row: { id: 's1', processId: 'p2', laneId: 'l1', phaseId: 'ph1', name: 'Approve credit', x: 520, y: 240 } },
    { type: 'add', table: 'flows', row: { id: 'f0', processId: 'p2', fromStepId: 's0', toStepId: 's1' } },
  ];
  return { type: 'batch', label: 'two phases', commands };
}

function fortyNames(): string[] {
  const verbs = ['Record', 'Check', 'Review', 'Approve', 'Send', 'Confirm', 'Update', 'Close', 'Escalate', 'Archive'];
  return Array.from({ length: 40 }, (_, i) => `${verbs[i % 10]} case ${i + 1}`);
}

/** Forty tasks in four lanes, ten to a lane, in a chain that goes down the lanes and on: a hand-off at every step. */
function fortySteps(): CommandInput {
  const commands: CommandInput[] = [];
  const departments = ['Customer service', 'Quality', 'Engineering', 'Finance'];
  departments.forEach((name, i) => commands.push({ type: 'add', table: 'departments', row: { id: `d${i}`, name, order: i } }));
  commands.push({ type: 'add', table: 'processes', row: { id: 'p40', name: 'Forty steps' } });
  departments.forEach((_, i) => commands.push({ type: 'add', table: 'lanes', row: { id: `l${i}`, processId: 'p40', departmentId: `d${i}`, order: i } }));
  const names = fortyNames();
  for (let i = 0; i < 40; i++) {
    const lane = i % 4;
    commands.push({
      type: 'add',
      table: 'steps',
      row: { id: `s${i}`, processId: 'p40', laneId: `l${lane}`, name: names[i]!, x: 184 + Math.floor(i / 4) * 200, y: 32 + lane * 160 + 48 },
    });
    if (i > 0) commands.push({ type: 'add', table: 'flows', row: { id: `f${i}`, processId: 'p40', fromStepId: `s${i - 1}`, toStepId: `s${i}` } });
  }
  return { type: 'batch', label: 'forty steps', commands };
}
