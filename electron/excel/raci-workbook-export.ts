import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { processSteps } from '../../shared/process/step-order';
import { ExcelExportError } from './excel-errors';
import { recordOf, RECORD_SHEET, writeRecordSheet } from './export-record';
import type { RaciExportOptions } from './excel-export-types';
import { excelLabels, type ExcelLabels } from './excel-labels';
import { sheetFonts } from './excel-styles';
import { writeDecisionsSheet, writeFindingsSheet } from './findings-sheets';
import { writeKeyNodeSheet, type ProcessSteps } from './key-node-sheet';
import { writeLegendSheet } from './legend-sheet';
import { writeMeasurementSheets } from './measurement-sheets';
import { exportComparisons } from '../../shared/versions/process-versions';
import { addProblemRegisterSheet } from './problem-register-sheet';
import { raciPartyColumns } from './raci-sheet-layout';
import { writeRaciSheet } from './raci-sheet-writer';
import { SheetNamer } from './sheet-names';

/** Writes the client's RACI workbook: a matrix per process, key nodes, findings, resolution log, legend. */
export async function exportRaciWorkbook(state: ProjectState, options: RaciExportOptions): Promise<void> {
  const workbook = await buildRaciWorkbook(state, options);
  await writeWorkbookFile(workbook, options.outPath);
}

export async function buildRaciWorkbook(state: ProjectState, options: Omit<RaciExportOptions, 'outPath'>): Promise<ExcelJS.Workbook> {
  const labels = excelLabels(state.meta.language);
  const fonts = sheetFonts(state.meta.language);
  const date = options.date ?? new Date();
  const subtitle = subtitleOf(labels, state.meta.language === 'zh-CN' ? '：' : ': ', options.version, date, state.meta.organisation);
  const processes = selectedProcesses(state, options.processIds);

  const workbook = new ExcelJS.Workbook();
  workbook.title = `${state.meta.name} — ${labels.raciTitle}`;
  workbook.subject = labels.raciTitle;
  workbook.creator = options.author ?? 'Lanewise';
  workbook.lastModifiedBy = options.author ?? 'Lanewise';
  workbook.company = state.meta.organisation;
  workbook.created = date;
  workbook.modified = date;
  workbook.description = 'Lanewise';

  // Process sheets take their names first so a process named like a fixed sheet keeps its own name.
  const names = new SheetNamer();
  const processSheets = processes.map(({ process }) => names.take(process.name, `RACI ${process.order + 1}`));
  const sheets = processes.map((entry) => ({ entry, columns: raciPartyColumns(state, entry.process.id, entry.steps, options.granularity ?? 'position') }));
  sheets.forEach(({ entry, columns }, i) => {
    const ws = workbook.addWorksheet(processSheets[i]);
    writeRaciSheet(ws, {
      state,
      process: entry.process,
      steps: entry.steps,
      columns,
      labels,
      fonts,
      title: `${state.meta.name} — ${entry.process.name} ${labels.raciTitle}`,
      subtitle,
    });
  });
  writeKeyNodeSheet(workbook.addWorksheet(names.take(labels.keyNodesSheet, 'Key nodes')), state, processes, labels, fonts, subtitle);
  if (options.findings) writeFindingsSheet(workbook.addWorksheet(names.take(labels.findingsSheet, 'Findings')), options.findings, labels, fonts, state.meta.name, subtitle);
  if (options.decisions) writeDecisionsSheet(workbook.addWorksheet(names.take(labels.decisionsSheet, 'Decisions')), options.decisions, labels, fonts, state.meta.name, subtitle);
  writeMeasurementSheets(workbook, names, { state, processIds: processes.map((p) => p.process.id), comparisons: exportComparisons(state), fonts, subtitle });
  addProblemRegisterSheet(workbook, names, state, fonts, subtitle);
  writeLegendSheet(workbook.addWorksheet(names.take(labels.legendSheet, 'Legend')), labels, fonts, state.meta.name, subtitle);
  const record = workbook.addWorksheet(names.take(RECORD_SHEET, RECORD_SHEET), { state: 'veryHidden' });
  writeRecordSheet(record, recordOf(state, options.exportId ?? randomUUID(), date, sheets));
  // Protected without a password: it keeps accidental edits out, and anyone may still look.
  await record.protect('', { selectLockedCells: false, selectUnlockedCells: false });
  return workbook;
}

function selectedProcesses(state: ProjectState, processIds: readonly string[] | undefined): ProcessSteps[] {
  const processes = processIds
    ? processIds.map((id) => {
        const process = state.tables.processes[id];
        if (!process) throw new ExcelExportError(`Process ${id} does not exist`);
        return process;
      })
    : sortedByOrder(Object.values(state.tables.processes));
  return processes.map((process) => ({ process, steps: processSteps(state, process.id) }));
}

function subtitleOf(labels: ExcelLabels, colon: string, version: string | undefined, date: Date, organisation: string): string {
  const parts = [version ? `${labels.version}${colon}${version}` : '', `${labels.date}${colon}${isoDate(date)}`, organisation ? `${labels.organisation}${colon}${organisation}` : ''];
  return parts.filter(Boolean).join('    ');
}

/** The local calendar date: a consultant exporting at 1 a.m. in Shanghai expects today's date, not UTC's. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Writes next to the target and renames, so a failed export never leaves a half-written deliverable. */
async function writeWorkbookFile(workbook: ExcelJS.Workbook, outPath: string): Promise<void> {
  const temp = join(dirname(outPath), `.${basename(outPath)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    // Fastest deflate level: a third larger file, a third less time on a 5,000-step project.
    await workbook.xlsx.writeFile(temp, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
    await rename(temp, outPath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'EBUSY' || code === 'EPERM' ? ' (is it open in Excel or WPS?)' : '';
    throw new ExcelExportError(`Cannot write ${outPath}${hint}: ${(error as Error).message}`, { cause: error });
  }
}
