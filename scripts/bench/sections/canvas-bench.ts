import { chromium } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchRow, BenchSection } from '../bench-types';
import { call, freePort, startHost } from '../browser-host';
import { median } from '../stats';
import { benchModel, type BenchModel } from '../side-by-side/bench-model';
import { bpmnXml } from '../side-by-side/bpmn-model';
import { buildBpmnPage } from '../side-by-side/bpmn-page';
import { runBpmn, runLanewise, type EditorFigures } from '../side-by-side/editor-runs';
import { lanewiseCommand } from '../side-by-side/lanewise-model';

/** N = 1,000 and 3,000; LANEWISE_BENCH_SIZES (say "1000") runs fewer, for a look at one size. */
const SIZES: readonly number[] = process.env.LANEWISE_BENCH_SIZES ? process.env.LANEWISE_BENCH_SIZES.split(',').map(Number) : [1000, 3000];
/** At least five rounds; LANEWISE_BENCH_ROUNDS may ask for more (or, for a quick look, fewer). */
const ROUNDS = Number(process.env.LANEWISE_BENCH_ROUNDS ?? 5);
/** bpmn-js is shown at the zoom Lanewise opens a large process at (OPENING_MIN_ZOOM in ProcessCanvasView.tsx). */
const OPENING_ZOOM = 12 / 13;
/**
 * One frame at 60 Hz. Chromium coarsens rAF timestamps to 0.1 ms, so a steady 60 Hz shows intervals of
 * 16.6–16.8 ms: the target allows that rounding and nothing more.
 */
const FRAME_BUDGET = 16.9;

const FIGURES: ReadonlyArray<{ key: keyof EditorFigures; what: string; unit: BenchRow['unit'] }> = [
  { key: 'open', what: 'open the diagram to first paint', unit: 'ms' },
  { key: 'heap', what: 'JS heap after opening (after GC)', unit: 'MB' },
  { key: 'dragP95', what: 'drag a step at the opening zoom: frame p95', unit: 'ms' },
  { key: 'fit', what: 'fit to window to paint', unit: 'ms' },
  { key: 'fitDragP95', what: 'drag a step with the whole process in view: frame p95', unit: 'ms' },
];

function target(key: keyof EditorFigures, n: number): number {
  return key === 'fit' && n === 1000 ? 0.5 : 1;
}

/**
 * Lanewise and bpmn-js side by side on the same generated model (N steps in 20 lanes, 1.1 flows per
 * step, a quarter crossing lanes): each round opens both editors afresh, in alternating order, and the
 * medians of the rounds are compared as ratios (Lanewise ÷ bpmn-js; below 1 Lanewise is ahead).
 */
export const canvasBench: BenchSection = {
  name: 'canvas',
  async run(ctx) {
    if (!existsSync(resolve('dist/renderer/index.html')) || !existsSync(resolve('dist/web/server.mjs'))) {
      console.log('  canvas: skipped, the renderer is not built (run npm run build first)');
      return [];
    }
    const home = join(ctx.dir, 'canvas-home');
    mkdirSync(home, { recursive: true });
    const bpmnUrl = await buildBpmnPage(join(ctx.dir, 'bpmn-page'));
    const port = await freePort();
    const host = await startHost(home, port);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info'],
    });
    const rows: BenchRow[] = [];
    try {
      const models = new Map<number, { model: BenchModel; xml: string; path: string }>();
      for (const n of SIZES) {
        const model = benchModel(n);
        const created = await call<{ path: string; session: string }>(port, 'project.create', { name: `Canvas bench ${n}`, language: 'en', organisation: '' });
        await call(port, 'project.execute', { session: created.session, command: lanewiseCommand(model) });
        await call(port, 'project.close', { session: created.session });
        models.set(n, { model, xml: bpmnXml(model), path: created.path });
      }
      const results = new Map<number, { lanewise: EditorFigures[]; bpmn: EditorFigures[] }>(SIZES.map((n) => [n, { lanewise: [], bpmn: [] }]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const n of SIZES) {
          const { model, xml, path } = models.get(n)!;
          // Each Lanewise run opens a fresh copy of the project (the drags are saved, and would move the
          // next round's steps) in a session of its own, handed to the tab in its address.
          const lanewise = async () => {
            const copy = path.replace(/\.lanewise$/, `-round-${round + 1}.lanewise`);
            copyFileSync(path, copy);
            const { session } = await call<{ session: string }>(port, 'project.open', { path: copy });
            r.lanewise.push(await runLanewise(browser, `http://localhost:${port}/?session=${encodeURIComponent(session)}`, model));
            await call(port, 'project.close', { session });
          };
          const r = results.get(n)!;
          const bpmn = () => runBpmn(browser, bpmnUrl, model, xml, OPENING_ZOOM).then((f) => r.bpmn.push(f));
          if (round % 2 === 0) await lanewise().then(bpmn);
          else await bpmn().then(lanewise);
        }
        process.stdout.write(`  canvas: round ${round + 1} of ${ROUNDS} done\n`);
      }
      for (const n of SIZES) {
        const r = results.get(n)!;
        const edges = models.get(n)!.model.flows.length;
        for (const f of FIGURES) {
          const ours = median(r.lanewise.map((x) => x[f.key]));
          const theirs = median(r.bpmn.map((x) => x[f.key]));
          const label = `${n} steps, ${edges} flows · ${f.what}`;
          rows.push({ metric: `${label}: Lanewise`, value: ours, unit: f.unit, ...(f.key === 'dragP95' && n === 3000 ? { target: FRAME_BUDGET } : {}) });
          rows.push({ metric: `${label}: bpmn-js`, value: theirs, unit: f.unit });
          rows.push({ metric: `${label}: Lanewise ÷ bpmn-js (median of ${ROUNDS})`, value: ours / theirs, unit: '×', target: target(f.key, n) });
        }
      }
      return rows;
    } finally {
      await browser.close();
      host.kill();
    }
  },
};
