import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { exportRaciWorkbook } from './raci-workbook-export';
import { importCommand, previewRaciImport } from './raci-workbook-import';
import { raciTestProject } from './raci-test-project';
import { raciCell, tempFolder } from './raci-test-workbook';
import { hasLibreOffice, resaveWithLibreOffice } from './test-office';

describe.skipIf(!hasLibreOffice)('RACI import of the export re-saved by LibreOffice, which rewrites every part', () => {
  it('finds nothing in the untouched export once LibreOffice rewrote it', { timeout: 180_000 }, async () => {
    const folder = tempFolder();
    const state = raciTestProject('en');
    const exported = join(folder, 'export.xlsx');
    await exportRaciWorkbook(state, { outPath: exported });
    const p = await previewRaciImport(state, { path: resaveWithLibreOffice(exported, folder), fileName: 'export.xlsx' });
    expect(p.record.kind).toBe('found');
    expect([p.applied, p.kept, p.conflicts, p.bad, p.notes]).toEqual([[], [], [], [], []]);
  });

  it('takes the client\'s edit and note, keeps what the app changed since, and still knows the export it came from', { timeout: 180_000 }, async () => {
    const folder = tempFolder();
    const state = raciTestProject('zh-CN');
    const exported = join(folder, 'export.xlsx');
    await exportRaciWorkbook(state, { outPath: exported });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const ws = wb.getWorksheet('新产品上线')!;
    raciCell(ws, 's6', 'sales').value = 'c/i';
    raciCell(ws, 's2', 'rd-mgr').note = '请确认由谁牵头';
    ws.getCell(raciCell(ws, 's1', 'sales').row, 13).value = '需补充客户需求来源';
    const dir = join(folder, 'client');
    mkdirSync(dir);
    const client = join(dir, '客户修改.xlsx');
    await wb.xlsx.writeFile(client);
    const resaved = resaveWithLibreOffice(client, dir);

    const now = execute(state, { type: 'setRaci', stepId: 's7', partyId: 'rd-mgr', letters: 'I' }).state;
    const p = await previewRaciImport(now, { path: resaved });
    expect(p.record.kind).toBe('found');
    expect(p.applied.map((c) => [c.stepId, c.partyId, c.base, c.mine, c.theirs])).toEqual([['s6', 'sales', 'I', 'I', 'CI']]);
    expect(p.kept.map((c) => [c.stepId, c.partyId, c.base, c.mine, c.theirs])).toEqual([['s7', 'rd-mgr', 'C', 'I', 'C']]);
    expect(p.bad).toEqual([]);
    expect(p.notes.map((n) => [n.stepId, n.source, n.partyLabel, n.text, n.fileName])).toEqual(
      expect.arrayContaining([
        ['s2', 'comment', '研发部 / 研发经理', '请确认由谁牵头', '客户修改.xlsx'],
        ['s1', 'remark', '', '需补充客户需求来源', '客户修改.xlsx'],
      ]),
    );
    expect(p.notes).toHaveLength(2);
    const applied = execute(now, importCommand(now, p)!).state;
    expect(applied.raci.s6?.sales).toBe('CI');
    expect(applied.raci.s7?.['rd-mgr']).toBe('I');
  });
});
