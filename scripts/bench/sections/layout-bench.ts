import { performance } from 'node:perf_hooks';
import { execute } from '../../../shared/commands/execute';
import { autoLayoutCommand } from '../../../shared/diagram/auto-layout';
import { layoutProcess } from '../../../shared/diagram/geometry';
import { processDrawing } from '../../../shared/diagram/process-drawing';
import { emptyProject, rowsOf } from '../../../shared/model/project-state';
import type { BenchRow, BenchSection } from '../bench-types';
import { median } from '../stats';
import { benchModel } from '../side-by-side/bench-model';
import { lanewiseCommand } from '../side-by-side/lanewise-model';

const RUNS = 7;

/** Median wall time of the runs, and median CPU time: on a machine shared with other work the wall clock also counts the waits for a core. */
function medianOf(run: () => void): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    run();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Auto-layout and flow routing on the side-by-side bench model (1,000 steps in 20 lanes, 1,100 flows). */
export const layoutBench: BenchSection = {
  name: 'layout',
  run(ctx) {
    const model = benchModel(1000);
    const state = execute(emptyProject({ name: 'Layout bench', language: 'en', organisation: '' }), lanewiseCommand(model)).state;
    const lanes = rowsOf(state, 'lanes');
    const steps = rowsOf(state, 'steps');
    const flows = rowsOf(state, 'flows');
    const layout = layoutProcess('horizontal', lanes, [], 0);
    const autoLayout = medianOf(() => autoLayoutCommand({ orientation: 'horizontal', lanes, phases: [], steps, flows }));
    const routing = medianOf(() => processDrawing({ layout, steps, flows }));
    const rows: BenchRow[] = [
      { metric: `auto-layout of ${steps.length} steps, ${flows.length} flows (median of ${RUNS})`, value: autoLayout.wall, unit: 'ms', target: 1000 },
      { metric: `routing ${flows.length} flows and placing their labels (median of ${RUNS})`, value: routing.wall, unit: 'ms', target: 200 },
      { metric: `routing ${flows.length} flows and placing their labels: CPU time (median of ${RUNS})`, value: routing.cpu, unit: 'ms' },
    ];
    ctx.sampleMemory();
    return rows;
  },
};
