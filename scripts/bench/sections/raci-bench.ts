import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandInput } from '../../../shared/commands/command-schema';
import { execute } from '../../../shared/commands/execute';
import { checkProject, RaciChecker } from '../../../shared/raci/raci-checker';
import type { BenchRow, BenchSection } from '../bench-types';
import { lcg, median, quantile, timed } from '../stats';
import { buildSyntheticProject, partyIds, stepId, syntheticBatches, type SyntheticShape } from '../synthetic-project';
import { call, createProject, freePort, startHost } from '../browser-host';
import { startFrames, stopFrames } from '../frame-recorder';

const FULL_RUNS = 30;
const EDITS = 500;
const LETTERS = ['R', 'A', 'C', 'I', 'RA', 'CI', ''];

/** The whole-project check and the per-edit incremental one, as the renderer's store runs them. */
export const raciCheck: BenchSection = {
  name: 'raci check',
  run(ctx) {
    let state = buildSyntheticProject(ctx.shape);
    ctx.sampleMemory();
    for (let i = 0; i < 5; i++) checkProject(state);
    const full: number[] = [];
    let findings = 0;
    for (let i = 0; i < FULL_RUNS; i++) {
      const { ms, result } = timed(() => checkProject(state));
      full.push(ms);
      findings = result.length;
    }

    const checker = new RaciChecker(state);
    const parties = partyIds(ctx.shape);
    const random = lcg(7);
    const update: number[] = [];
    const updateAndList: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const step = stepId(Math.floor(random() * ctx.shape.processes), Math.floor(random() * ctx.shape.stepsPerProcess));
      const party = parties[Math.floor(random() * parties.length)]!;
      const current = state.raci[step]?.[party] ?? '';
      const done = execute(state, { type: 'setRaci', stepId: step, partyId: party, letters: LETTERS.find((l) => l !== current)! });
      state = done.state;
      update.push(timed(() => checker.update(state, done.ops)).ms);
      // The store hands the whole list to React after every change; flattening it is part of the edit's cost.
      updateAndList.push(timed(() => checker.findings()).ms + update[update.length - 1]!);
    }
    ctx.sampleMemory();
    return [
      { metric: `full check, ${ctx.shape.processes * ctx.shape.stepsPerProcess} steps (median of ${FULL_RUNS})`, value: median(full), unit: 'ms', target: 10 },
      { metric: 'full check: p95', value: quantile(full, 0.95), unit: 'ms' },
      { metric: 'findings in the synthetic project', value: findings, unit: 'count' },
      { metric: `one cell edit: RaciChecker.update (median of ${EDITS})`, value: median(update), unit: 'ms', target: 1 },
      { metric: 'one cell edit: update p95', value: quantile(update, 0.95), unit: 'ms' },
      { metric: 'one cell edit: update + findings() list (median)', value: median(updateAndList), unit: 'ms' },
    ];
  },
};

/** One process of 1,000 steps and 40 parties (20 departments with a position each): the grid's stress case. */
const GRID_SHAPE: SyntheticShape = { processes: 1, stepsPerProcess: 1000, departments: 20, positionsPerDepartment: 1, lanesPerProcess: 10, phasesPerProcess: 4, raciPerStep: 20 };

/** Frame intervals while the wheel scrolls the grid by `delta` per notch. */
async function scrollFrames(page: Page, notches: number, delta: { x: number; y: number }): Promise<number[]> {
  await startFrames(page);
  for (let i = 0; i < notches; i++) await page.mouse.wheel(delta.x, delta.y);
  return stopFrames(page);
}

/** Arms a probe: the time from the next keydown to the frame after the first DOM change it causes in `selector`. */
async function armKeyProbe(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __latency: number | null };
    w.__latency = null;
    const target = document.querySelector(sel)!;
    let start = 0;
    const observer = new MutationObserver(() => {
      if (!start) return;
      observer.disconnect();
      const t0 = start;
      requestAnimationFrame(() => (w.__latency = performance.now() - t0));
    });
    observer.observe(target, { subtree: true, attributes: true, childList: true, characterData: true });
    document.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
  }, selector);
}

async function keyLatency(page: Page, key: string, selector: string): Promise<number> {
  await armKeyProbe(page, selector);
  await page.keyboard.press(key);
  const handle = await page.waitForFunction(() => (window as unknown as { __latency: number | null }).__latency, undefined, { timeout: 10_000 });
  return (await handle.jsonValue()) as number;
}

/** Scrolling and typing in the grid in Chromium against the real browser host. */
export const raciGrid: BenchSection = {
  name: 'raci grid',
  async run(ctx) {
    if (!existsSync(resolve('dist/renderer/index.html')) || !existsSync(resolve('dist/web/server.mjs'))) {
      console.log('  raci grid: skipped, the renderer is not built (run npm run build first)');
      return [];
    }
    const home = join(ctx.dir, 'grid-home');
    mkdirSync(home, { recursive: true });
    const port = await freePort();
    const host = await startHost(home, port);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const session = await createProject(port, 'Grid bench');
      for (const command of syntheticBatches(GRID_SHAPE) as CommandInput[]) await call(port, 'project.execute', { session, command });

      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // tsx keeps function names with a `__name` helper that page.evaluate's serialised functions do not carry.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.goto(`http://localhost:${port}/?session=${session}`);
      // The sidebar lists processes by category; the process's name is a button there.
      await page.getByRole('button', { name: 'Process 1', exact: true }).press('Enter');
      const grid = page.getByRole('grid');
      const t0 = Date.now();
      await page.getByRole('tab', { name: 'RACI matrix' }).click();
      await grid.getByRole('gridcell').first().waitFor();
      // From the click to the first cell: includes Playwright's round trips, so an upper bound.
      const firstRender = Date.now() - t0;
      const box = (await grid.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

      // Warm up, then scroll down through the matrix, then across it.
      await scrollFrames(page, 20, { x: 0, y: 100 });
      const down = await scrollFrames(page, 200, { x: 0, y: 100 });
      const across = await scrollFrames(page, 60, { x: 60, y: 0 });
      const frames = [...down, ...across];
      const renderedRows = await grid.getByRole('row').count();

      // Keys: arrows move focus; "a" toggles A in the focused cell (shown at once, saved to the file behind it).
      await grid.evaluate((el) => el.scrollTo(0, 0));
      await grid.getByRole('gridcell', { name: /^N002 / }).nth(2).click();
      if (!(await grid.getByRole('gridcell', { name: /^N002 / }).nth(2).evaluate((el) => el === document.activeElement))) throw new Error('The cell did not take focus');
      const arrows: number[] = [];
      for (let i = 0; i < 40; i++) arrows.push(await keyLatency(page, i % 10 < 5 ? 'ArrowDown' : 'ArrowRight', '[role="grid"]'));
      const typing: number[] = [];
      for (let i = 0; i < 40; i++) {
        typing.push(await keyLatency(page, 'a', '[role="grid"]'));
        if (i % 2 === 1) await page.keyboard.press('ArrowDown');
      }
      // Typing A next to an existing A adds a "multiple A" error: time until the status bar shows it.
      const toFindings: number[] = [];
      for (let i = 0; i < 20; i++) toFindings.push(await keyLatency(page, 'a', '.findings-count'));

      return [
        { metric: `tab click to first cell, ${GRID_SHAPE.stepsPerProcess} rows × ${partyIds(GRID_SHAPE).length} columns`, value: firstRender, unit: 'ms', target: 500 },
        { metric: 'rows in the DOM while scrolling', value: renderedRows, unit: 'count' },
        { metric: `wheel scroll: frame interval median (${frames.length} frames)`, value: median(frames), unit: 'ms', target: 17 },
        { metric: 'wheel scroll: frame interval p95', value: quantile(frames, 0.95), unit: 'ms', target: 34 },
        { metric: 'wheel scroll: longest frame', value: Math.max(...frames), unit: 'ms' },
        { metric: 'arrow key to moved focus painted (median of 40)', value: median(arrows), unit: 'ms', target: 50 },
        { metric: 'arrow key: p95', value: quantile(arrows, 0.95), unit: 'ms' },
        { metric: 'type A to cell painted (median of 40)', value: median(typing), unit: 'ms', target: 50 },
        { metric: 'type A: p95', value: quantile(typing, 0.95), unit: 'ms' },
        { metric: 'type A to status bar findings count updated (median of 20)', value: median(toFindings), unit: 'ms', target: 100 },
      ];
    } finally {
      await browser.close();
      host.kill();
    }
  },
};
