/**
 * Reads one hostile workbook in a process of its own and prints how it ended, how long it took and
 * the process's peak memory, so the figure is the reader's alone. Usage: tsx refuse-workbook.ts FILE
 */
import { performance } from 'node:perf_hooks';
import { basename } from 'node:path';
import { readWorkbookFile } from '../../electron/excel/xlsx-reader/read-workbook';
import { WorkbookReadError } from '../../electron/excel/xlsx-reader/workbook-read-error';

const path = process.argv[2]!;
const baseline = process.resourceUsage().maxRSS;
const start = performance.now();
let outcome = 'read';
try {
  await readWorkbookFile(path, { fileName: basename(path) });
} catch (err) {
  outcome = err instanceof WorkbookReadError ? err.key : `unexpected: ${(err as Error).message}`;
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ outcome, ms, baselineKiB: baseline, peakKiB: process.resourceUsage().maxRSS }));
