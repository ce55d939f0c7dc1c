import { statSync } from 'node:fs';
import { ProjectSession } from '../../../electron/project/project-session';
import type { BenchSection } from '../bench-types';
import { timed, MB } from '../stats';
import { SYNTHETIC_META, syntheticBatches } from '../synthetic-project';

/** Creates the synthetic project file through a session, in a few big batches, as an import would. */
export const writeProject: BenchSection = {
  name: 'write',
  run(ctx) {
    const batches = syntheticBatches(ctx.shape);
    ctx.sampleMemory();
    const { ms } = timed(() => {
      const session = ProjectSession.create(ctx.projectPath, SYNTHETIC_META);
      for (const batch of batches) {
        session.execute(batch, 'import');
        ctx.sampleMemory();
      }
      session.close();
    });
    return [
      { metric: `write project (create + ${batches.length} batches + close)`, value: ms / 1000, unit: 's' },
      { metric: 'file size', value: statSync(ctx.projectPath).size / MB, unit: 'MB' },
    ];
  },
};
