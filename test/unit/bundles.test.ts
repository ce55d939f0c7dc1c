import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const loads = (bundle: string, module: string) => new RegExp(`require\\("${module}"\\)|from "${module}"`).test(readFileSync(bundle, 'utf8'));

describe('what each built bundle loads', () => {
  // In Electron these run where only Electron's build of better-sqlite3 may load (and main should not need any).
  it('the job workers and the desktop main process never load SQLite; the services do', () => {
    expect(loads('dist/electron/job-worker.cjs', 'better-sqlite3')).toBe(false);
    expect(loads('dist/web/job-worker.mjs', 'better-sqlite3')).toBe(false);
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
});
