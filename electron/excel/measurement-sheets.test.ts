import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { orderToCash, run } from '../../shared/metrics/metrics-test-project';
import { saveVersionCommand } from '../../shared/versions/process-versions';
import { exportRaciWorkbook } from './raci-workbook-export';
import { cellText, tempFolder } from './raci-test-workbook';

const folder = tempFolder();

/** The order-to-cash fixture with its as-is saved, then without the credit approval. */
function redesigned() {
  let state = orderToCash();
  state = execute(state, saveVersionCommand(state, 'pr', 'As-is', 'v1', new Date('2026-11-20T09:00:00Z'))).state;
  return run(state, { type: 'delete', table: 'steps', id: 's3' }, { type: 'add', table: 'flows', row: { id: 'f7', processId: 'pr', fromStepId: 's2', toStepId: 's4' } });
}

const values = (ws: ExcelJS.Worksheet, row: number) => Array.from(ws.getRow(row).values as unknown[]).slice(1).map((v) => (typeof v === 'number' ? v : v === undefined ? '' : cellText(v as ExcelJS.CellValue)));

describe('metrics and comparison in the RACI workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const outPath = join(folder, 'metrics.xlsx');
    await exportRaciWorkbook(redesigned(), { outPath });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(outPath);
  });

  it('has a metrics sheet with a row per process, the figures as numbers', () => {
    const ws = wb.getWorksheet('Process metrics')!;
    expect(values(ws, 3)).toEqual(['Process', 'Steps', 'Hand-offs', 'Approval points', 'Decision points', 'Critical path (hours)', 'Critical path (days)', 'Critical path', 'Total effort (hours)', 'Steps without a duration (counted 0)']);
    // Without N03: N01 → N02 (2 h) → N04 → N05 (1 h) → N06, 3 h; hand-offs N02→N04, N04→N05, N05→N04.
    expect(values(ws, 4)).toEqual(['Order to cash', 5, 3, 0, 1, 3, 0.375, 'N01 → N02 → N04 → N05 → N06', 3, 'N04']);
  });

  it('has a comparison sheet: the figures before and after, then the changes', () => {
    const ws = wb.getWorksheet('Version comparison')!;
    const rows: unknown[][] = [];
    ws.eachRow((_, r) => rows.push(values(ws, r)));
    expect(rows).toContainEqual(['Before and after: Order to cash (As-is → working process)']);
    expect(rows).toContainEqual(['Figure', 'As-is', 'working process', 'Change']);
    expect(rows).toContainEqual(['Approval points', 1, 0, -1]);
    expect(rows).toContainEqual(['Critical path (hours)', 7, 3, -4]);
    expect(rows).toContainEqual(['', 'removed', 'step', 'N03', 'Step N03', 'approval point · Finance · 0.5 working days']);
  });

  it('leaves the comparison sheet out when no process has a saved version', async () => {
    const outPath = join(folder, 'plain.xlsx');
    await exportRaciWorkbook(orderToCash(), { outPath });
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.readFile(outPath);
    expect(plain.worksheets.map((w) => w.name)).toEqual(['Order to cash', 'Key nodes', 'Process metrics', 'Legend', 'Lanewise export']);
  });
});
