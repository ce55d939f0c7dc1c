import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's python3, where python3-openpyxl is installed (another python3 may come first on PATH). */
const PYTHON = '/usr/bin/python3';
const FILL = join(import.meta.dirname, 'fill_survey_form.py');
const WRITE = join(import.meta.dirname, 'write_workbook.py');

export interface FormFill {
  readonly out: string;
  readonly department?: string;
  readonly position?: string;
  readonly respondent?: string;
  /** By statement number, e.g. { "1.1": 4 }; values are written as given (a number or text). */
  readonly answers: Readonly<Record<string, number | string>>;
}

/**
 * Fills copies of an exported questionnaire with openpyxl — an xlsx writer independent of
 * Lanewise — as respondents would: fields by their labels, answers by statement number.
 */
export function fillSurveyForms(template: string, forms: readonly FormFill[], tally?: { out: string; rows: readonly Omit<FormFill, 'out'>[] }, workDir?: string): void {
  const spec = join(workDir ?? join(template, '..'), `fill-${process.pid}-${Date.now()}.json`);
  writeFileSync(spec, JSON.stringify({ template, forms, tally }), 'utf8');
  execFileSync(PYTHON, [FILL, spec], { stdio: 'pipe' });
}

/** A plain workbook of rows (the first is the header) written by openpyxl, as a client would make one. */
export function writePlainWorkbook(out: string, rows: ReadonlyArray<ReadonlyArray<string | number | null>>, sheet = 'Sheet1'): void {
  const spec = `${out}.json`;
  writeFileSync(spec, JSON.stringify({ out, sheet, rows }), 'utf8');
  execFileSync(PYTHON, [WRITE, spec], { stdio: 'pipe' });
}
