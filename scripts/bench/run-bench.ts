/**
 * Performance benchmark of the project file with a large synthetic project.
 * Usage: npm run bench [-- --strict] [-- --only=canvas,layout]
 *   --strict: exit 1 when a figure misses its target; --only: run just the named sections.
 * LANEWISE_BENCH_DIR chooses where the temporary files go (default: the OS temp folder);
 * put it on the disk you care about, since every commit is fsync'd.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from './bench-types';
import { misses, renderTable, type ReportRow } from './report';
import { SECTIONS } from './sections/index';
import { LARGE_PROJECT } from './synthetic-project';

const strict = process.argv.includes('--strict');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const dir = mkdtempSync(join(process.env.LANEWISE_BENCH_DIR ?? tmpdir(), 'lanewise-bench-'));
let peakHeap = 0;
const ctx: BenchContext = {
  dir,
  projectPath: join(dir, 'synthetic.lanewise'),
  shape: LARGE_PROJECT,
  sampleMemory() {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  },
  peakHeapUsed: () => peakHeap,
};

const rows: ReportRow[] = [];
try {
  const s = ctx.shape;
  console.log(`Synthetic project: ${s.processes} processes × ${s.stepsPerProcess} steps, ${s.departments * (1 + s.positionsPerDepartment)} parties, ${s.raciPerStep} RACI cells per step`);
  console.log(`Files in ${dir}\n`);
  for (const section of SECTIONS.filter((s) => !only || only.includes(s.name))) {
    process.stdout.write(`running ${section.name}…\n`);
    for (const row of await section.run(ctx)) rows.push({ section: section.name, ...row });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\n${renderTable(rows)}\n`);
const missed = misses(rows);
console.log(missed === 0 ? 'All targets met.' : `${missed} figure(s) missed the target.`);
if (strict && missed > 0) process.exitCode = 1;
