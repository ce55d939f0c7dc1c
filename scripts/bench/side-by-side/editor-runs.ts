import type { Browser, Locator, Page } from '@playwright/test';
import { quantile } from '../stats';
import { BENCH_LANES, type BenchModel } from './bench-model';
import { COUNT_REQUESTS, FIT_DRAG, heapAfterGc, measuredDrag } from './drag-frames';
import { benchPlace, BENCH_PROCESS, lanewiseStepName } from './lanewise-model';

/** What one round measures in one editor for one model. */
export interface EditorFigures {
  open: number;
  fit: number;
  dragP95: number;
  fitDragP95: number;
  heap: number;
}

export const VIEWPORT = { width: 1600, height: 1000 };
/** The step dragged at the opening view (second column, second lane) and the one dragged with the whole process in view. */
const NEAR = BENCH_LANES + 1;
const middle = (model: BenchModel) => Math.floor(model.steps.length / 2 / BENCH_LANES) * BENCH_LANES + BENCH_LANES / 2;

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // tsx keeps function names with a `__name` helper that page.evaluate's serialised functions do not carry.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript({ content: COUNT_REQUESTS });
  return page;
}

async function centreOf(page: Page, target: string | Locator): Promise<{ x: number; y: number }> {
  const box = await (typeof target === 'string' ? page.locator(target) : target).first().boundingBox();
  if (!box) throw new Error(`${String(target)} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where a step of the model is on screen, from the canvas's viewport transform (however the canvas draws it). */
async function onScreen(page: Page, model: BenchModel, index: number): Promise<{ x: number; y: number }> {
  const place = benchPlace(model, model.steps[index]!);
  return page.evaluate((p) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const pane = document.querySelector<HTMLElement>('.react-flow')!.getBoundingClientRect();
    const m = new DOMMatrix(getComputedStyle(viewport).transform);
    return { x: pane.x + m.e + (p.x + p.width / 2) * m.a, y: pane.y + m.f + (p.y + p.height / 2) * m.d };
  }, place);
}

/** Lanewise in the browser host: the project is open there; the page opens the process, fits it and drags steps. */
export async function runLanewise(browser: Browser, url: string, model: BenchModel): Promise<EditorFigures> {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    await page.getByRole('button', { name: BENCH_PROCESS, exact: true }).waitFor();
    const open = await page.evaluate(async (name) => {
      const painted = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
      const start = performance.now();
      button.click();
      while (!document.querySelector('.react-flow__node, .overview-layer') || !document.querySelector('.lane-grid')) {
        if (performance.now() - start > 120_000) throw new Error('the diagram did not open within two minutes');
        await new Promise((r) => requestAnimationFrame(r));
      }
      await painted();
      return performance.now() - start;
    }, BENCH_PROCESS);
    const heap = await heapAfterGc(page);
    // The diagram takes the whole window, as bpmn-js's does on its page: with the side panels beside it
    // a drag would run off the canvas onto them, and React Flow would pan under the step.
    await page.getByRole('button', { name: 'Focus on the diagram', exact: true }).click();
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    const stage = page.getByRole('region', { name: `Swimlane diagram of ${BENCH_PROCESS}` });
    await stage.getByRole('group', { name: lanewiseStepName(model, NEAR), exact: true }).waitFor();
    const drag = await measuredDrag(page, await centreOf(page, stage.getByRole('group', { name: lanewiseStepName(model, NEAR), exact: true })));
    const fit = await page.evaluate(async () => {
      const painted = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
      const button = document.querySelector<HTMLButtonElement>('button[aria-label="Fit to window"]')!;
      const start = performance.now();
      button.click();
      await painted();
      return performance.now() - start;
    });
    const fitDrag = await measuredDrag(page, await onScreen(page, model, middle(model)), FIT_DRAG);
    return { open, fit, dragP95: quantile(drag, 0.95), fitDragP95: quantile(fitDrag, 0.95), heap };
  } finally {
    await page.close();
  }
}

/** bpmn-js on its bench page, shown at the zoom Lanewise opens at, doing the same. */
export async function runBpmn(browser: Browser, url: string, model: BenchModel, xml: string, zoom: number): Promise<EditorFigures> {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    const open = await page.evaluate(([x, z]) => (window as unknown as { bpmnBench: { open(xml: string, zoom: number): Promise<number> } }).bpmnBench.open(x as string, z as number), [xml, zoom] as const);
    const heap = await heapAfterGc(page);
    const drag = await measuredDrag(page, await centreOf(page, `[data-element-id="${model.steps[NEAR]!.id}"]`));
    const fit = await page.evaluate(() => (window as unknown as { bpmnBench: { fit(): Promise<number> } }).bpmnBench.fit());
    const fitDrag = await measuredDrag(page, await centreOf(page, `[data-element-id="${model.steps[middle(model)]!.id}"]`), FIT_DRAG);
    return { open, fit, dragP95: quantile(drag, 0.95), fitDragP95: quantile(fitDrag, 0.95), heap };
  } finally {
    await page.close();
  }
}
