import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelImportError } from '../../electron/excel/excel-errors';
import { importCommand, previewRaciImport } from '../../electron/excel/raci-workbook-import';
import { WorkbookReadError } from '../../electron/excel/xlsx-reader/workbook-read-error';
import { raciWorkbookBytes } from '../../electron/exports/project-exports';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { execute } from '../../shared/commands/execute';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { EDGE_STRINGS, type Random } from '../../test/support/schema-values';
import type { AreaResult, Failure, FuzzArea } from './fuzz-types';
import { canonical } from './canonical';
import { cleanPrototypes, pollutedPrototypes } from './pollution';

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

const ODD_CELLS: readonly ExcelJS.CellValue[] = [
  ...EDGE_STRINGS,
  'RACI',
  'a, r',
  'Z',
  12,
  true,
  new Date(0),
  { formula: 'A1&"R"' } as ExcelJS.CellFormulaValue,
  { formula: 'NOW()', result: 'R' } as ExcelJS.CellFormulaValue,
  { richText: [{ text: 'R' }, { text: 'A' }] },
  { error: '#REF!' } as ExcelJS.CellErrorValue,
];

/** Edits a client (or an attacker) could make to the exported workbook. */
async function mutated(bytes: Buffer, random: Random): Promise<{ bytes: Buffer; input: string }> {
  const roll = random();
  if (roll < 0.15) {
    const copy = Buffer.from(bytes);
    const flips = 1 + Math.floor(random() * 30);
    for (let i = 0; i < flips; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    return { bytes: copy, input: `zip: ${flips} bytes flipped` };
  }
  if (roll < 0.2) return { bytes: bytes.subarray(0, Math.floor(random() * bytes.length)), input: 'zip: cut short' };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = pick(book.worksheets, random);
  const edits: string[] = [];
  for (let n = 1 + Math.floor(random() * 6); n > 0; n--) {
    const row = 1 + Math.floor(random() * Math.max(2, sheet.rowCount + 2));
    const col = 1 + Math.floor(random() * Math.max(2, sheet.columnCount + 2));
    const what = random();
    if (what < 0.6) {
      sheet.getCell(row, col).value = pick(ODD_CELLS, random);
      edits.push(`${sheet.name}!R${row}C${col}=value`);
    } else if (what < 0.7) {
      try {
        sheet.mergeCells(row, col, row + 1, col + 1);
        edits.push(`${sheet.name}!R${row}C${col} merged`);
      } catch {
        // Already merged there: another edit is made instead.
      }
    } else if (what < 0.8) {
      sheet.spliceRows(row, 1);
      edits.push(`${sheet.name} row ${row} deleted`);
    } else if (what < 0.9) {
      book.addWorksheet(`Added ${n}`).getCell(1, 1).value = pick(EDGE_STRINGS, random);
      edits.push('sheet added');
    } else {
      sheet.getCell(row, col).note = pick(EDGE_STRINGS, random);
      edits.push(`${sheet.name}!R${row}C${col} note`);
    }
  }
  return { bytes: Buffer.from(await book.xlsx.writeBuffer()), input: `cells: ${edits.join('; ')}` };
}

function project(): ProjectState {
  const state = emptyProject({ name: 'Workbook fuzz', language: 'en', organisation: '' });
  return execute(state, templateCommands('marketing-event', 'en', state, randomUUID)).state;
}

/**
 * Workbooks the client sends back: our export edited in odd ways, damaged zips, random bytes.
 * The preview must answer or refuse with a workbook error, change nothing, pollute nothing, and
 * what it proposes must apply.
 */
export const workbookArea: FuzzArea = {
  name: 'workbooks',
  async run(inputs: number, random: Random, dir: string): Promise<AreaResult> {
    const work = join(dir, 'workbooks');
    mkdirSync(work, { recursive: true });
    const state = project();
    const before = canonical(state);
    const exported = await raciWorkbookBytes(state);
    const failures: Failure[] = [];
    for (let n = 0; n < inputs; n++) {
      const { bytes, input } = random() < 0.05 ? { bytes: Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256))), input: 'random bytes' } : await mutated(exported, random);
      const path = join(work, `w${n}.xlsx`);
      writeFileSync(path, bytes);
      try {
        // What the preview proposes must also apply: an import that builds a command the project refuses is a bug.
        const command = importCommand(state, await previewRaciImport(state, { path }), { all: 'theirs' });
        if (command) execute(state, command);
      } catch (err) {
        if (!(err instanceof ExcelImportError) && !(err instanceof WorkbookReadError)) failures.push({ verdict: 'crash', input, detail: ((err as Error).stack ?? String(err)).slice(0, 600) });
      }
      if (canonical(state) !== before) failures.push({ verdict: 'data-loss', input, detail: 'the preview changed the project' });
      const polluted = pollutedPrototypes();
      if (polluted.length) {
        failures.push({ verdict: 'pollution', input, detail: polluted.join('; ') });
        cleanPrototypes();
      }
      rmSync(path, { force: true });
    }
    return { tried: inputs, failures };
  },
};
