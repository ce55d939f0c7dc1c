import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { applyOps } from '../../shared/commands/ops';
import type { ProjectState } from '../../shared/model/project-state';
import { ExcelImportError } from './excel-errors';
import { exportRaciWorkbook } from './raci-workbook-export';
import { previewRaciImport } from './raci-workbook-import';
import { raciTestProject } from './raci-test-project';
import { raciCell, tempFolder } from './raci-test-workbook';

const folder = tempFolder();
const original = join(folder, 'export.xlsx');
let state: ProjectState;

beforeAll(async () => {
  state = raciTestProject('zh-CN');
  await exportRaciWorkbook(state, { outPath: original, version: 'v1', findings: [], decisions: [] });
});

/** Opens the export as a client would, lets the test edit it, and saves it under a new name. */
async function clientEdit(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(original);
  edit(wb);
  const path = join(folder, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Rewrites the data rows of a sheet in a new order, as Excel's sort moves them (from column `fromColumn` on). */
function reorderRows(ws: ExcelJS.Worksheet, first: number, last: number, order: (rows: number[]) => number[], fromColumn = 1): void {
  const width = ws.columnCount;
  const snapshot = new Map<number, ExcelJS.CellValue[]>();
  for (let r = first; r <= last; r++) snapshot.set(r, Array.from({ length: width }, (_, c) => ws.getCell(r, c + 1).value));
  const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  order(rows).forEach((from, i) => {
    snapshot.get(from)!.forEach((value, c) => {
      if (c + 1 >= fromColumn) ws.getCell(first + i, c + 1).value = value;
    });
  });
}

describe('RACI import round trip', () => {
  it('finds exactly the three cells a client changed, despite sorting, a blank row and a hidden column', async () => {
    const path = await clientEdit('client.xlsx', (wb) => {
      const ws = wb.getWorksheet('新产品上线')!;
      raciCell(ws, 's3', 'rd-eng').value = 'c';
      raciCell(ws, 's5', 'rd-mgr').value = 'A,R';
      raciCell(ws, 's7', 'sales').value = '';
      reorderRows(ws, 6, 12, (rows) => [...rows].reverse());
      ws.spliceRows(9, 0, []);
      ws.getColumn(5).hidden = true;
    });

    const preview = await previewRaciImport(state, path);
    expect(preview.changes).toEqual(
      expect.arrayContaining([
        { stepId: 's3', partyId: 'rd-eng', processId: 'launch', stepCode: 'N03', partyName: '研发部 / 研发工程师', before: 'R', after: 'C' },
        { stepId: 's5', partyId: 'rd-mgr', processId: 'launch', stepCode: 'N05', partyName: '研发部 / 研发经理', before: '', after: 'RA' },
        { stepId: 's7', partyId: 'sales', processId: 'launch', stepCode: 'N07', partyName: '销售部', before: 'C', after: '' },
      ]),
    );
    expect(preview.changes).toHaveLength(3);
    expect([preview.added, preview.removed, preview.changed]).toEqual([1, 1, 1]);
    expect(preview.unmatchedRows).toEqual([]);
    expect(preview.unmatchedColumns).toEqual([]);
    expect(preview.unmatchedSheets).toEqual([]);

    const applied = execute(state, preview.command!);
    expect(applied.state.raci.s3?.['rd-eng']).toBe('C');
    expect(applied.state.raci.s5?.['rd-mgr']).toBe('RA');
    expect(applied.state.raci.s7?.sales).toBeUndefined();
    expect(applied.state.raci.s1).toEqual(state.raci.s1);
    expect(applyOps(applied.state, applied.inverse).state).toEqual(state);
    expect(state.raci.s3?.['rd-eng']).toBe('R');
  });

  it('follows the visible code when a sort of the visible columns left the hidden ids behind', async () => {
    const path = await clientEdit('sorted-selection.xlsx', (wb) => {
      const ws = wb.getWorksheet('新产品上线')!;
      raciCell(ws, 's1', 'sales').value = 'I';
      reorderRows(ws, 6, 12, (rows) => [...rows].reverse(), 2);
    });
    const preview = await previewRaciImport(state, path);
    expect(preview.changes.map((c) => [c.stepId, c.partyId, c.before, c.after])).toEqual([['s1', 'sales', '', 'I']]);
  });

  it('keeps matching by id after steps and positions were renamed and renumbered in the app', async () => {
    const path = await clientEdit('before-rename.xlsx', (wb) => {
      raciCell(wb.getWorksheet('新产品上线')!, 's2', 'design-lead').value = 'I';
    });
    const renamed = [
      { type: 'update', table: 'steps', id: 's2', patch: { name: '需求评审会', code: 'N03' } },
      { type: 'update', table: 'steps', id: 's3', patch: { code: 'N02' } },
      { type: 'update', table: 'positions', id: 'design-lead', patch: { name: '设计总监' } },
    ] as const;
    const later = execute(state, { type: 'batch', commands: [...renamed] }).state;
    const preview = await previewRaciImport(later, path);
    expect(preview.changes.map((c) => [c.stepId, c.partyId, c.stepCode, c.partyName, c.before, c.after])).toEqual([['s2', 'design-lead', 'N03', '设计部 / 设计总监', 'C', 'I']]);
  });

  it('returns no command for an untouched export', async () => {
    const preview = await previewRaciImport(state, original);
    expect(preview.changes).toEqual([]);
    expect(preview.command).toBeNull();
  });

  it('matches by step code and header names when the hidden anchor column and row were deleted', async () => {
    const path = await clientEdit('no-anchors.xlsx', (wb) => {
      const ws = wb.getWorksheet('年度预算编制')!;
      raciCell(ws, 'b4', 'legal').value = 'I';
      raciCell(ws, 'b2', 'mkt-mgr').value = 'R';
      ws.spliceRows(3, 1);
      ws.spliceColumns(1, 1);
    });
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(path);
    const sheet = saved.getWorksheet('年度预算编制')!;
    expect([sheet.getCell('A3').value, sheet.getCell('A5').value]).toEqual(['节点编号', 'N01']);
    const preview = await previewRaciImport(state, path);
    expect(preview.changes.map((c) => [c.stepId, c.partyId, c.before, c.after])).toEqual([
      ['b2', 'mkt-mgr', 'RA', 'R'],
      ['b4', 'legal', '', 'I'],
    ]);
    expect(preview.unmatchedColumns).toEqual([]);
  });

  it('reports rows and columns it cannot place instead of guessing', async () => {
    const path = await clientEdit('extras.xlsx', (wb) => {
      const ws = wb.getWorksheet('新产品上线')!;
      ws.getCell('B14').value = 'N99';
      ws.getCell('C14').value = '客户新增的节点';
      ws.getCell('E14').value = 'R';
      ws.getCell('M5').value = '备注';
      ws.getCell('M6').value = '需再确认';
      ws.getCell('A15').value = 's1';
      ws.getCell('B15').value = 'N01';
      ws.getCell('E15').value = 'R';
    });
    const preview = await previewRaciImport(state, path);
    expect(preview.unmatchedRows).toEqual([
      { sheet: '新产品上线', row: 14, text: 'N99 客户新增的节点', reason: 'unknown' },
      { sheet: '新产品上线', row: 15, text: 'N01', reason: 'duplicate' },
    ]);
    expect(preview.unmatchedColumns).toEqual([{ sheet: '新产品上线', column: 'M', text: '备注', reason: 'unknown' }]);
    expect(preview.changes).toEqual([]);
  });

  it('names the sheet and cell of a value that is not RACI', async () => {
    let address = '';
    const path = await clientEdit('bad-value.xlsx', (wb) => {
      const cell = raciCell(wb.getWorksheet('新产品上线')!, 's2', 'mkt-mgr');
      cell.value = 'X';
      address = cell.address;
    });
    const error = await previewRaciImport(state, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelImportError);
    expect((error as Error).message).toContain(`Sheet "新产品上线", cell ${address}: "X" is not a RACI value`);
    expect((error as ExcelImportError).issues).toEqual([expect.objectContaining({ sheet: '新产品上线', cell: address })]);
  });

  it('says which sheet lost its header', async () => {
    const path = await clientEdit('no-header.xlsx', (wb) => {
      wb.getWorksheet('新产品上线')!.getCell('B4').value = '编号';
    });
    await expect(previewRaciImport(state, path)).rejects.toThrow(/Sheet "新产品上线": no header row with "节点编号" and "节点名称"/);
  });
});

describe('RACI import refuses files it cannot use', () => {
  it('a workbook that is not a Lanewise export', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Name', 'Amount']);
    ws.addRow(['Coffee', 3]);
    const path = join(folder, 'other.xlsx');
    await wb.xlsx.writeFile(path);
    const error = await previewRaciImport(state, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelImportError);
    expect((error as Error).message).toBe('"other.xlsx" is not a Lanewise RACI workbook: none of its sheets ("Sheet1") is the RACI matrix of a process in this project');
  });

  it('a truncated export', async () => {
    const bytes = readFileSync(original);
    const path = join(folder, 'cut.xlsx');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(previewRaciImport(state, path)).rejects.toThrow(/"cut.xlsx" is damaged or incomplete/);
  });

  it('a text file, an old .xls and a missing file', async () => {
    const text = join(folder, 'notes.xlsx');
    writeFileSync(text, '节点编号,节点名称\nN01,需求提出\n');
    await expect(previewRaciImport(state, text)).rejects.toThrow(/"notes.xlsx" is not an Excel workbook \(\.xlsx\)/);
    const xls = join(folder, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(previewRaciImport(state, xls)).rejects.toThrow(/old-format Excel file/);
    await expect(previewRaciImport(state, join(folder, 'missing.xlsx'))).rejects.toThrow(/Cannot open "missing.xlsx": the file does not exist/);
  });
});
