import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportRaciWorkbook } from '../../../electron/excel/raci-workbook-export';
import { previewRaciImport } from '../../../electron/excel/raci-workbook-import';
import { ProjectFile } from '../../../electron/project/project-file';
import type { ProjectState } from '../../../shared/model/project-state';
import type { BenchRow, BenchSection } from '../bench-types';
import { median, MB } from '../stats';

const RUNS = 3;

async function timedAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Every step moved into the first process: the same cells as one 5,000-row sheet, the hardest case for one sheet. */
function singleProcess(state: ProjectState): ProjectState {
  const [first] = Object.values(state.tables.processes).sort((a, b) => a.order - b.order);
  if (!first) throw new Error('the synthetic project has no process');
  const steps = Object.fromEntries(Object.values(state.tables.steps).map((s, i) => [s.id, { ...s, processId: first.id, code: `N${String(i + 1).padStart(4, '0')}`, x: i * 180 }]));
  const flows = Object.fromEntries(Object.values(state.tables.flows).map((f) => [f.id, { ...f, processId: first.id }]));
  return { ...state, tables: { ...state.tables, steps, flows, processes: { [first.id]: first } } };
}

async function roundTrip(ctx: Parameters<BenchSection['run']>[0], state: ProjectState, label: string, file: string): Promise<BenchRow[]> {
  const path = join(ctx.dir, file);
  const exports: number[] = [];
  const imports: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    exports.push(await timedAsync(() => exportRaciWorkbook(state, { outPath: path })));
    ctx.sampleMemory();
  }
  for (let i = 0; i < RUNS; i++) {
    let changes = -1;
    imports.push(
      await timedAsync(async () => {
        const preview = await previewRaciImport(state, { path });
        changes = preview.applied.length + preview.kept.length + preview.conflicts.length + preview.badCount + preview.notes.length;
      }),
    );
    ctx.sampleMemory();
    // An untouched export must read back as no change; anything else is a bug, not a figure.
    if (changes !== 0) throw new Error(`importing the untouched ${file} found ${changes} differences`);
  }
  return [
    { metric: `export RACI workbook, ${label} (median of ${RUNS})`, value: median(exports) / 1000, unit: 's', target: 3 },
    { metric: `preview import of it (median of ${RUNS})`, value: median(imports) / 1000, unit: 's' },
    { metric: `workbook size, ${label}`, value: statSync(path).size / MB, unit: 'MB' },
  ];
}

/** Export of the client's RACI workbook and the preview of importing it back, on the synthetic project. */
export const excelBench: BenchSection = {
  name: 'excel',
  async run(ctx) {
    const file = ProjectFile.open(ctx.projectPath);
    let state: ProjectState;
    try {
      state = file.load();
    } finally {
      file.close();
    }
    const processes = Object.keys(state.tables.processes).length;
    return [
      ...(await roundTrip(ctx, state, `${processes} sheets`, 'raci.xlsx')),
      ...(await roundTrip(ctx, singleProcess(state), 'one 5,000-row sheet', 'raci-one-sheet.xlsx')),
    ];
  },
};
