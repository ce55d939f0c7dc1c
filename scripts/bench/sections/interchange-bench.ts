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

/** RACI cells per step of the templates (four or five); the synthetic project's twenty are measured too. */
const TEMPLATE_RACI = 5;

/** BPMN and flat-table round trips of one 1,000-step process: export, then the import preview into an empty project. */
export const interchangeBench: BenchSection = {
  name: 'interchange',
  async run(ctx) {
    const target = emptyProject(SYNTHETIC_META);
    const rows: BenchRow[] = [];
    for (const raciPerStep of [TEMPLATE_RACI, ctx.shape.raciPerStep]) {
      const state = buildSyntheticProject({ ...ctx.shape, processes: 1, stepsPerProcess: STEPS, raciPerStep });
      const processId = Object.keys(state.tables.processes)[0]!;
      const xml = Buffer.from(await exportProcessBpmn(state, processId), 'utf8');
      const shape = `${STEPS} steps × ${raciPerStep} RACI cells`;
      // The target is for a process as consultants draw them; the denser one is reported beside it.
      const target1s = raciPerStep === TEMPLATE_RACI ? { target: 1000 } : {};
      rows.push(
        { metric: `BPMN export, ${shape} (median of ${RUNS})`, value: await medianMs(() => exportProcessBpmn(state, processId)), unit: 'ms', ...target1s },
        { metric: `BPMN import preview, ${shape}, ${(xml.length / 1024 / 1024).toFixed(1)} MB (median of ${RUNS})`, value: await medianMs(() => previewBpmnImport(target, xml, 'bench.bpmn')), unit: 'ms', ...target1s },
      );
      if (raciPerStep === TEMPLATE_RACI) {
        const table = await processTableXlsx(state, processId);
        rows.push(
          { metric: `Flat table export (xlsx), ${shape} (median of ${RUNS})`, value: await medianMs(() => processTableXlsx(state, processId)), unit: 'ms' },
          { metric: `Flat table import preview (xlsx), ${shape} (median of ${RUNS})`, value: await medianMs(() => previewTableImport(target, table, 'bench.xlsx')), unit: 'ms' },
        );
      }
      ctx.sampleMemory();
    }
    return rows;
  },
};
