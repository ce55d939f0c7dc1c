import { ProjectFile } from '../../../electron/project/project-file';
import { projectCounts } from '../../../shared/model/project-counts';
import type { BenchSection } from '../bench-types';
import { median, timed } from '../stats';

const RUNS = 5;

/** Opening the file into memory: probe, quick_check and loading every row. */
export const openProject: BenchSection = {
  name: 'open',
  run(ctx) {
    const times: number[] = [];
    let counts = { steps: 0, parties: 0, raciCells: 0 };
    for (let i = 0; i < RUNS; i++) {
      const { ms, result: state } = timed(() => {
        const file = ProjectFile.open(ctx.projectPath);
        try {
          return file.load();
        } finally {
          file.close();
        }
      });
      ctx.sampleMemory();
      times.push(ms);
      counts = projectCounts(state);
    }
    return [
      { metric: `open + load (median of ${RUNS})`, value: median(times), unit: 'ms', target: 500 },
      { metric: 'steps loaded', value: counts.steps, unit: 'count' },
      { metric: 'parties loaded', value: counts.parties, unit: 'count' },
      { metric: 'RACI cells loaded', value: counts.raciCells, unit: 'count' },
    ];
  },
};
