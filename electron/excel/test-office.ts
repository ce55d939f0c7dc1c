import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { hasTool, pythonWith } from '../../test/support/tools';

/** Test helper: a Python with openpyxl, the independent writer workbooks are built with (null when none is installed). */
export const openpyxlPython: string | null = pythonWith('openpyxl', 'python3-openpyxl');

/** Runs a Python script with openpyxl imported; `argv` are its sys.argv[1:]. */
export function runOpenpyxl(script: string, ...argv: string[]): void {
  if (!openpyxlPython) throw new Error('openpyxl is not installed');
  execFileSync(openpyxlPython, ['-c', `import sys, openpyxl\n${script}`, ...argv], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
}

export const hasLibreOffice = hasTool('soffice', 'libreoffice-calc-nogui');

/** Opens and saves a workbook with LibreOffice Calc, as a client without Excel would; it rewrites every part. */
export function resaveWithLibreOffice(file: string, folder: string): string {
  const out = join(folder, 'libreoffice');
  mkdirSync(out, { recursive: true });
  // A private profile, so a LibreOffice the user (or another test) has open does not swallow the request.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], { timeout: 120_000, stdio: 'ignore' });
  return join(out, basename(file));
}
