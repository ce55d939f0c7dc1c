import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPolicyDocument } from '../../../shared/policy/policy-document';
import { zipEntries } from '../../../electron/word/zip-entries';
import type { BenchRow, BenchSection } from '../bench-types';
import { exportAsTheAppDoes } from '../export-job';
import { median, MB, timed } from '../stats';
import { buildSyntheticProject } from '../synthetic-project';

const PROCESSES = 20;
/** Steps per process of a typical engagement: each diagram fits in two or three pictures. */
const TYPICAL_STEPS = 25;

async function exportTimes(state: ReturnType<typeof buildSyntheticProject>, runs: number, outPath: string): Promise<{ ms: number; pictures: number }> {
  const times: number[] = [];
  let bytes: Buffer = Buffer.alloc(0);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = await exportAsTheAppDoes({ type: 'export', state, kind: 'docx' });
    times.push(performance.now() - start);
  }
  writeFileSync(outPath, bytes);
  // A document without its pictures would be fast for the wrong reason; long processes come in several.
  const pictures = [...zipEntries(bytes).keys()].filter((n) => n.startsWith('word/media/')).length;
  if (pictures < PROCESSES) throw new Error(`the policy document has ${pictures} pictures, expected at least ${PROCESSES}`);
  return { ms: median(times), pictures };
}

/**
 * Export of the policy draft (.docx) of a 20-process project, drawing each process's swimlane
 * diagram as the app does (long ones in parts, a page each): for processes of a typical length,
 * and for the bench's 100-step processes.
 */
export const wordBench: BenchSection = {
  name: 'word',
  async run(ctx) {
    const typical = buildSyntheticProject({ ...ctx.shape, processes: PROCESSES, stepsPerProcess: TYPICAL_STEPS });
    const large = buildSyntheticProject({ ...ctx.shape, processes: PROCESSES });
    const outPath = join(ctx.dir, 'policy.docx');
    ctx.sampleMemory();
    const model = timed(() => buildPolicyDocument(large));
    const cells = model.result.chapters.flatMap((c) => c.blocks).reduce((n, b) => n + (b.kind === 'table' ? b.table.rows.length * b.table.widths.length : 0), 0);
    const rows: BenchRow[] = [{ metric: `policy model, ${PROCESSES} processes × ${ctx.shape.stepsPerProcess} steps (${cells} table cells)`, value: model.ms / 1000, unit: 's' }];

    const small = await exportTimes(typical, 3, outPath);
    ctx.sampleMemory();
    rows.push(
      { metric: `export policy .docx, ${PROCESSES} processes × ${TYPICAL_STEPS} steps, diagrams drawn (median of 3)`, value: small.ms / 1000, unit: 's', target: 5 },
      { metric: '  its diagram pictures', value: small.pictures, unit: 'count' },
      { metric: '  its size', value: statSync(outPath).size / MB, unit: 'MB' },
    );
    const big = await exportTimes(large, 1, outPath);
    ctx.sampleMemory();
    rows.push(
      { metric: `export policy .docx, ${PROCESSES} processes × ${ctx.shape.stepsPerProcess} steps, diagrams drawn`, value: big.ms / 1000, unit: 's' },
      { metric: '  its diagram pictures', value: big.pictures, unit: 'count' },
      { metric: '  its size', value: statSync(outPath).size / MB, unit: 'MB' },
    );
    return rows;
  },
};
