/**
 * The hostile-input suite: requests, project files, workbooks, exports and command sequences,
 * each input checked for crashes, prototype pollution, data loss and files changed though refused.
 * Usage: npm run fuzz [-- --inputs N] [-- --seed S] [-- --quick] [-- --area NAME]
 * (--quick: the bounded run CI makes; --area: only the area whose name starts with NAME)
 * Exits 1 when any input failed; the failing inputs are printed with their seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../../test/support/schema-values';
import { commandArea } from './command-area';
import { exportArea } from './export-area';
import type { AreaResult, FuzzArea, Verdict } from './fuzz-types';
import { ipcArea } from './ipc-area';
import { projectFileArea } from './project-file-area';
import { workbookArea } from './workbook-area';

const { values } = parseArgs({ options: { inputs: { type: 'string' }, seed: { type: 'string' }, quick: { type: 'boolean', default: false }, area: { type: 'string' } } });
const quick = values.quick;
const total = Number(values.inputs ?? (quick ? 800 : 6_000));
const seed = Number(values.seed ?? Date.now() % 2 ** 31);

/** Share of the inputs each area gets, and how often LibreOffice opens an export. */
const PLAN: ReadonlyArray<[FuzzArea, number]> = [
  [ipcArea, 0.4],
  [projectFileArea, 0.2],
  [workbookArea, 0.15],
  [commandArea, 0.2],
  [exportArea(quick ? 20 : 10), 0.05],
];

const COLUMNS: ReadonlyArray<[string, Verdict[]]> = [
  ['crashes', ['crash']],
  ['pollution', ['pollution']],
  ['data lost', ['data-loss', 'changed-refused-file']],
  ['unreadable exports', ['unreadable-export']],
];

const dir = mkdtempSync(join(tmpdir(), 'lanewise-fuzz-'));
const results: Array<[string, AreaResult, number]> = [];
console.log(`Fuzzing with seed ${seed}, ${total} inputs${quick ? ' (quick)' : ''}`);
try {
  for (const [area, share] of PLAN) {
    if (values.area && !area.name.startsWith(values.area)) continue;
    const started = Date.now();
    const inputs = Math.max(1, Math.round(total * share));
    // An area that dies on an input counts that as a crash, and the other areas still run.
    const result: AreaResult = await area.run(inputs, seededRandom(seed + area.name.length), dir).catch((err: unknown) => ({
      tried: inputs,
      failures: [{ verdict: 'crash' as const, input: `${area.name} (the area stopped)`, detail: ((err as Error).stack ?? String(err)).slice(0, 600) }],
    }));
    results.push([area.name, result, Date.now() - started]);
    const accepted = result.accepted === undefined ? '' : `, ${result.accepted} accepted as valid`;
    console.log(`  ${area.name}: ${result.tried} inputs${accepted}, ${result.failures.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const header = ['area', 'tried', 'held', 'failed', ...COLUMNS.map(([name]) => name)];
const rows = results.map(([name, r]) => {
  const failed = r.failures.length;
  return [name, String(r.tried), String(r.tried - failed), String(failed), ...COLUMNS.map(([, verdicts]) => String(r.failures.filter((f) => verdicts.includes(f.verdict)).length))];
});
const sum = (i: number) => String(rows.reduce((s, r) => s + Number(r[i]), 0));
rows.push(['all', ...header.slice(1).map((_, i) => sum(i + 1))]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`\n${line(header)}\n|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|\n${rows.map(line).join('\n')}`);

const failures = results.flatMap(([name, r]) => r.failures.map((f) => ({ area: name, ...f })));
for (const f of failures.slice(0, 20)) console.log(`\n[${f.area}] ${f.verdict}: ${f.input}\n  ${f.detail.split('\n').slice(0, 4).join('\n  ')}`);
if (failures.length) {
  console.log(`\n${failures.length} inputs failed; rerun with --seed ${seed} to reproduce.`);
  process.exit(1);
}
