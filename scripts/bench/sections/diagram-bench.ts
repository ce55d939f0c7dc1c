import { performance } from 'node:perf_hooks';
import { renderProcessSvg } from '../../../shared/diagram/process-svg';
import { launchDiagramProject } from '../../../shared/diagram/diagram-test-project';
import type { ProjectState } from '../../../shared/model/project-state';
import { processPng } from '../../../electron/exports/project-exports';
import type { BenchRow, BenchSection } from '../bench-types';
import { median, timed } from '../stats';
import { buildSyntheticProject } from '../synthetic-project';

const RUNS = 3;

async function pngMedian(state: ProjectState, processId: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await processPng(state, processId);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Diagram export as a user asks for it: the SVG and the full-size PNG of a template process and of a 100-step one. */
export const diagramBench: BenchSection = {
  name: 'diagram',
  async run(ctx) {
    const small = launchDiagramProject();
    const big = buildSyntheticProject({ ...ctx.shape, processes: 1 });
    const smallId = Object.keys(small.tables.processes)[0]!;
    const bigId = Object.keys(big.tables.processes)[0]!;
    const steps = Object.keys(big.tables.steps).length;
    const rows: BenchRow[] = [
      { metric: `SVG of a ${steps}-step process`, value: timed(() => renderProcessSvg(big, bigId)).ms, unit: 'ms' },
      { metric: `PNG of the 8-step template process (median of ${RUNS})`, value: await pngMedian(small, smallId), unit: 'ms' },
      { metric: `PNG of a ${steps}-step process, 16,000 px wide (median of ${RUNS})`, value: await pngMedian(big, bigId), unit: 'ms' },
    ];
    ctx.sampleMemory();
    return rows;
  },
};
