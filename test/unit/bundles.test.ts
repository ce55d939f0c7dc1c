import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const loads = (bundle: string, module: string) => new RegExp(`require\\("${module}"\\)|from "${module}"`).test(readFileSync(bundle, 'utf8'));

const CHUNKS = 'dist/web/job-chunks';
/** The web job worker's chunk of a module, by the name esbuild gives it (the module's, then a hash). */
const chunkOf = (module: string) => join(CHUNKS, readdirSync(CHUNKS).find((f) => f.startsWith(`${module}-`) && f.endsWith('.mjs'))!);

/** The packages a built ES module loads before it runs: its static imports, and theirs, never those it imports when asked. */
function loadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const [, from] of readFileSync(file, 'utf8').matchAll(/^import\s(?:[^;]*?\sfrom\s)?"([^"]+)";?$/gm)) {
    if (from!.startsWith('.')) for (const p of loadedAtStart(join(dirname(file), from!), seen)) packages.add(p);
    else packages.add(from!);
  }
  return packages;
}

describe('what each built bundle loads', () => {
  // In Electron these run where only Electron's build of better-sqlite3 may load (and main should not need any).
  it('the job workers and the desktop main process never load SQLite; the services do', () => {
    expect(loads('dist/electron/job-worker.cjs', 'better-sqlite3')).toBe(false);
    for (const bundle of ['dist/web/job-worker.mjs', ...readdirSync(CHUNKS).filter((f) => f.endsWith('.mjs')).map((f) => join(CHUNKS, f))]) expect(loads(bundle, 'better-sqlite3')).toBe(false);
    expect(loads('dist/electron/main.cjs', 'better-sqlite3')).toBe(false);
    expect(loads('dist/electron/services.cjs', 'better-sqlite3')).toBe(true);
  });

  it('the picture threads load what draws a picture, not the document writers nor SQLite', () => {
    for (const bundle of ['dist/electron/picture-worker.cjs', 'dist/web/picture-worker.mjs']) {
      expect(loads(bundle, '@resvg/resvg-js')).toBe(true);
      for (const module of ['docx', 'exceljs', 'better-sqlite3', 'pdfkit']) expect(loads(bundle, module)).toBe(false);
    }
  });

  it('the desktop main process does not load the exporters either: they run in the services’ workers', () => {
    for (const module of ['docx', 'exceljs', '@resvg/resvg-js', 'pdfkit']) expect(loads('dist/electron/main.cjs', module)).toBe(false);
  });

  // A job worker starts for one job: a status report's should not wait for the workbook and PDF writers.
  it('a job worker loads its job’s writer when the job comes, and a status report’s start loads neither exceljs nor pdfkit', () => {
    const atStart = loadedAtStart('dist/web/job-worker.mjs');
    for (const module of ['docx', 'exceljs', 'pdfkit', 'bpmn-moddle']) expect(atStart.has(module)).toBe(false);
    const report = new Set([...loadedAtStart(chunkOf('diagnosis-exports')), ...loadedAtStart(chunkOf('status-report-docx'))]);
    expect(report.has('docx')).toBe(true);
    expect(report.has('exceljs')).toBe(false);
    expect(report.has('pdfkit')).toBe(false);
    expect(loadedAtStart(chunkOf('raci-workbook-export')).has('exceljs')).toBe(true);
  });
});
