import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPolicyDocument } from '../../../shared/policy/policy-document';
import { exportPolicyDocx } from '../../../electron/word/policy-docx-export';
import { noisyPng } from '../../../electron/word/test-png';
import { zipEntries } from '../../../electron/word/zip-entries';
import type { BenchRow, BenchSection } from '../bench-types';
import { median, MB, timed } from '../stats';
import { buildSyntheticProject } from '../synthetic-project';

const RUNS = 3;
const PROCESSES = 20;

/**
 * Export of the policy draft (.docx) of a 20-process project with a swimlane picture each. The
 * pictures are made once beforehand — drawing diagrams is the diagram renderer's cost, not the
 * export's — with the weight of real ones (about 0.7 MB, ten times wider than tall).
 */
export const wordBench: BenchSection = {
  name: 'word',
  async run(ctx) {
    const state = buildSyntheticProject({ ...ctx.shape, processes: PROCESSES });
    const pictures = new Map(Object.keys(state.tables.processes).map((id, i) => [id, noisyPng(1600, 150, i + 1)]));
    const renderPng = (processId: string) => pictures.get(processId)!;
    const outPath = join(ctx.dir, 'policy.docx');
    ctx.sampleMemory();

    const model = timed(() => buildPolicyDocument(state));
    const exports: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await exportPolicyDocx(state, { renderPng, outPath });
      exports.push(performance.now() - start);
      ctx.sampleMemory();
    }
    // A document without its pictures would be fast for the wrong reason.
    const images = [...zipEntries(await exportPolicyDocx(state, { renderPng })).keys()].filter((n) => n.startsWith('word/media/')).length;
    if (images !== PROCESSES) throw new Error(`the policy document has ${images} pictures, expected ${PROCESSES}`);
    const cells = model.result.chapters.flatMap((c) => c.blocks).reduce((n, b) => n + (b.kind === 'table' ? b.table.rows.length * b.table.widths.length : 0), 0);
    return [
      { metric: `policy model, ${PROCESSES} processes (${cells} table cells)`, value: model.ms / 1000, unit: 's' },
      { metric: `export policy .docx with ${PROCESSES} diagrams (median of ${RUNS})`, value: median(exports) / 1000, unit: 's', target: 5 },
      { metric: 'policy .docx size', value: statSync(outPath).size / MB, unit: 'MB' },
    ];
  },
};
