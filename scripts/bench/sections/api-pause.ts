import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { OpenProject } from '../../../shared/ipc/contract';
import { ProjectSession } from '../../../electron/project/project-session';
import { startDesktopHarness } from '../../../test/harness/desktop-harness';
import type { BenchRow, BenchSection } from '../bench-types';
import { call, freePort, slowCall, startHost } from '../browser-host';
import { median, quantile } from '../stats';
import { SYNTHETIC_META, syntheticBatches, type SyntheticShape } from '../synthetic-project';

const PROCESSES = 20;
/** The longest a cheap request may wait while an export runs: below this, nothing the user does feels stuck. */
const PAUSE_TARGET_MS = 50;

function writeProjectFile(path: string, shape: SyntheticShape): void {
  const session = ProjectSession.create(path, SYNTHETIC_META);
  for (const batch of syntheticBatches(shape)) session.execute(batch, 'import');
  session.close();
}

/** How long the same loop runs with nothing else going on: on a shared machine its longest pause is the machine's, not the export's. */
const BASELINE_MS = 10_000;

/** Times cheap requests one after another, as fast as they are answered, until `running` settles. */
async function pausesWhile(running: Promise<unknown>, cheap: () => Promise<unknown>): Promise<{ times: number[]; ms: number }> {
  let done = false;
  const start = performance.now();
  const finished = running.finally(() => (done = true));
  const times: number[] = [];
  while (!done) {
    const t = performance.now();
    await cheap();
    times.push(performance.now() - t);
  }
  await finished;
  return { times, ms: performance.now() - start };
}

const longest = (times: readonly number[]) => times.reduce((a, b) => Math.max(a, b), 0);

/** The loop during the export, and the same loop on its own just before, for comparison within this run. */
async function measure(where: string, cheap: () => Promise<unknown>, exporting: () => Promise<unknown>): Promise<BenchRow[]> {
  const idle = await pausesWhile(new Promise((r) => setTimeout(r, BASELINE_MS)), cheap);
  const run = await pausesWhile(exporting(), cheap);
  return [
    { metric: `${where}: longest API pause during a Word export of ${PROCESSES} processes × 100 steps`, value: longest(run.times), unit: 'ms', target: PAUSE_TARGET_MS },
    { metric: '  p99', value: quantile(run.times, 0.99), unit: 'ms' },
    { metric: '  median', value: median(run.times), unit: 'ms' },
    { metric: '  requests answered meanwhile', value: run.times.length, unit: 'count' },
    { metric: '  the export itself', value: run.ms / 1000, unit: 's' },
    { metric: `  same requests, no export (${BASELINE_MS / 1000} s): longest pause`, value: longest(idle.times), unit: 'ms' },
    { metric: '  same requests, no export: p99', value: quantile(idle.times, 0.99), unit: 'ms' },
  ];
}

async function browserHost(home: string, projectPath: string): Promise<BenchRow[]> {
  const port = await freePort();
  const host = await startHost(home, port);
  try {
    await call<OpenProject>(port, 'project.open', { path: projectPath });
    return await measure('browser host', () => call(port, 'app.info', {}), () => slowCall(port, 'export.file', { kind: 'docx' }));
  } finally {
    host.kill();
  }
}

async function desktopRelay(dir: string, projectPath: string): Promise<BenchRow[]> {
  const harness = await startDesktopHarness();
  try {
    await harness.value('project.open', { path: projectPath });
    harness.electron.dialogAnswers.push({ canceled: false, filePath: join(dir, 'desktop-policy.docx') });
    return await measure('desktop relay (harness)', () => harness.value('app.info'), () => harness.value('export.file', { kind: 'docx' }));
  } finally {
    await harness.closeWindow();
    rmSync(harness.root, { recursive: true, force: true });
  }
}

/**
 * How long the API stops answering while a big Word export runs: the export is in a worker thread
 * (browser host) or in the utility process's worker (desktop), so cheap requests keep being answered.
 */
export const apiPause: BenchSection = {
  name: 'api pause',
  async run(ctx) {
    const home = mkdtempSync(join(ctx.dir, 'api-pause-'));
    mkdirSync(home, { recursive: true });
    const projectPath = join(home, 'policy-bench.lanewise');
    writeProjectFile(projectPath, { ...ctx.shape, processes: PROCESSES });
    const desktopCopy = join(ctx.dir, 'policy-bench-desktop.lanewise');
    copyFileSync(projectPath, desktopCopy);
    return [...(await browserHost(home, projectPath)), ...(await desktopRelay(ctx.dir, desktopCopy))];
  },
};
