import { performance } from 'node:perf_hooks';
import { emptyProject } from '../../../shared/model/project-state';
import { exportProcessBpmn } from '../../../electron/bpmn/bpmn-export';
import { previewBpmnImport } from '../../../electron/bpmn/bpmn-process-import';
import { processTableXlsx } from '../../../electron/flat-table/table-files';
import { previewTableImport } from '../../../electron/flat-table/table-process-import';
import type { BenchRow, BenchSection } from '../bench-types';
import { median } from '../stats';
import { buildSyntheticProject, SYNTHETIC_META } from '../synthetic-project';

const RUNS = 5;
const STEPS = 1000;

/** After one warm-up run, as a user's second export would be; the first pays for loading the parser. */
async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** BPMN and flat-table round trips of one 1,000-step process: export, then the import preview into an empty project. */
export const interchangeBench: BenchSection = {
  name: 'interchange',
  async run(ctx) {
    const state = buildSyntheticProject({ ...ctx.shape, processes: 1, stepsPerProcess: STEPS });
    const processId = Object.keys(state.tables.processes)[0]!;
    const target = emptyProject(SYNTHETIC_META);
    const xml = Buffer.from(await exportProcessBpmn(state, processId), 'utf8');
    const table = await processTableXlsx(state, processId);
    const rows: BenchRow[] = [
      { metric: `BPMN export, ${STEPS}-step process (median of ${RUNS})`, value: await medianMs(() => exportProcessBpmn(state, processId)), unit: 'ms', target: 1000 },
      { metric: `BPMN import preview, ${STEPS}-step process, ${(xml.length / 1024 / 1024).toFixed(1)} MB (median of ${RUNS})`, value: await medianMs(() => previewBpmnImport(target, xml, 'bench.bpmn')), unit: 'ms', target: 1000 },
      { metric: `Flat table export (xlsx), ${STEPS}-step process (median of ${RUNS})`, value: await medianMs(() => processTableXlsx(state, processId)), unit: 'ms' },
      { metric: `Flat table import preview (xlsx), ${STEPS}-step process (median of ${RUNS})`, value: await medianMs(() => previewTableImport(target, table, 'bench.xlsx')), unit: 'ms' },
    ];
    ctx.sampleMemory();
    return rows;
  },
};
