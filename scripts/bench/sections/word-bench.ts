import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPolicyDocument } from '../../../shared/policy/policy-document';
import { policyDocxBytes } from '../../../electron/exports/project-exports';
import { zipEntries } from '../../../electron/word/zip-entries';
import type { BenchSection } from '../bench-types';
import { median, MB, timed } from '../stats';
import { buildSyntheticProject } from '../synthetic-project';

const RUNS = 3;
const PROCESSES = 20;

/** Export of the policy draft (.docx) of a 20-process project, drawing each process's swimlane picture as the app does. */
export const wordBench: BenchSection = {
  name: 'word',
  async run(ctx) {
    const state = buildSyntheticProject({ ...ctx.shape, processes: PROCESSES });
    const outPath = join(ctx.dir, 'policy.docx');
    ctx.sampleMemory();

    const model = timed(() => buildPolicyDocument(state));
    const exports: number[] = [];
    let bytes: Buffer = Buffer.alloc(0);
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      bytes = await policyDocxBytes(state);
      exports.push(performance.now() - start);
      ctx.sampleMemory();
    }
    writeFileSync(outPath, bytes);
    // A document without its pictures would be fast for the wrong reason.
    const images = [...zipEntries(bytes).keys()].filter((n) => n.startsWith('word/media/')).length;
    if (images !== PROCESSES) throw new Error(`the policy document has ${images} pictures, expected ${PROCESSES}`);
    const cells = model.result.chapters.flatMap((c) => c.blocks).reduce((n, b) => n + (b.kind === 'table' ? b.table.rows.length * b.table.widths.length : 0), 0);
    return [
      { metric: `policy model, ${PROCESSES} processes (${cells} table cells)`, value: model.ms / 1000, unit: 's' },
      { metric: `export policy .docx, ${PROCESSES} diagrams drawn (median of ${RUNS})`, value: median(exports) / 1000, unit: 's', target: 5 },
      { metric: 'policy .docx size', value: statSync(outPath).size / MB, unit: 'MB' },
    ];
  },
};
