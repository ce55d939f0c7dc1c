import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { applyOps } from '../../shared/commands/ops';
import type { ProjectState } from '../../shared/model/project-state';
import { ExcelImportError } from './excel-errors';
import { exportRaciWorkbook } from './raci-workbook-export';
import { importCommand, previewRaciImport, type CellComparison, type ImportPreview } from './raci-workbook-import';
import { raciTestProject } from './raci-test-project';
import { raciCell, tempFolder } from './raci-test-workbook';
import { openpyxlPython, runOpenpyxl } from './test-office';
import { WorkbookReadError } from './xlsx-reader/workbook-read-error';

const folder = tempFolder();
const original = join(folder, 'export.xlsx');
let state: ProjectState;

beforeAll(async () => {
  state = raciTestProject('zh-CN');
  await exportRaciWorkbook(state, { outPath: original, version: 'v1', findings: [], decisions: [] });
});

/** Opens the export as a client would, lets the test edit it, and saves it under a new name. */
async function clientEdit(name: string, edit: (wb: ExcelJS.Workbook) => void, from = original): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  edit(wb);
  const path = join(folder, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Edits the export with openpyxl, a writer independent of ours; the script sees the workbook as `wb` and the launch sheet as `ws`. */
function openpyxlEdit(name: string, script: string): string {
  const path = join(folder, name);
  runOpenpyxl(`wb = openpyxl.load_workbook(sys.argv[1])\nws = wb['新产品上线']\n${script}\nwb.save(sys.argv[2])`, original, path);
  return path;
}

const launchSheet = (wb: ExcelJS.Workbook) => wb.getWorksheet('新产品上线')!;
const cells = (list: readonly CellComparison[]) => list.map((c) => [c.stepId, c.partyId, c.base, c.mine, c.theirs]);
const preview = (at: ProjectState, path: string) => previewRaciImport(at, { path });
const apply = (at: ProjectState, p: ImportPreview, resolution?: Parameters<typeof importCommand>[2]) => execute(at, importCommand(at, p, resolution)!);
const edited = (at: ProjectState, commands: CommandInput[]) => execute(at, { type: 'batch', commands }).state;

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

describe('RACI import: what the client changed', () => {
  it('finds exactly the three cells a client changed, despite sorting, a blank row and a hidden column, and applies them as one undo step', async () => {
    const path = await clientEdit('client.xlsx', (wb) => {
      const ws = launchSheet(wb);
      raciCell(ws, 's3', 'rd-eng').value = 'c';
      raciCell(ws, 's5', 'rd-mgr').value = 'A,R';
      raciCell(ws, 's7', 'sales').value = '';
      reorderRows(ws, 6, 12, (rows) => [...rows].reverse());
      ws.spliceRows(9, 0, []);
      ws.getColumn(5).hidden = true;
    });

    const p = await preview(state, path);
    expect(p.record.kind).toBe('found');
    expect(cells(p.applied)).toEqual(
      expect.arrayContaining([
        ['s3', 'rd-eng', 'R', 'R', 'C'],
        ['s5', 'rd-mgr', '', '', 'RA'],
        ['s7', 'sales', 'C', 'C', ''],
      ]),
    );
    expect(p.applied).toHaveLength(3);
    expect(p.applied.find((c) => c.stepId === 's3')).toMatchObject({ processId: 'launch', stepCode: 'N03', stepName: '研发立项', partyName: '研发部 / 研发工程师', ref: '新产品上线!H11' });
    expect([p.kept, p.conflicts, p.bad, p.notes]).toEqual([[], [], [], []]);

    const applied = apply(state, p);
    expect(applied.state.raci.s3?.['rd-eng']).toBe('C');
    expect(applied.state.raci.s5?.['rd-mgr']).toBe('RA');
    expect(applied.state.raci.s7?.sales).toBeUndefined();
    expect(applied.state.raci.s1).toEqual(state.raci.s1);
    expect(applyOps(applied.state, applied.inverse).state).toEqual(state);
  });

  it('follows the visible code when a sort of the visible columns left the hidden ids behind', async () => {
    const path = await clientEdit('sorted-selection.xlsx', (wb) => {
      const ws = launchSheet(wb);
      raciCell(ws, 's1', 'sales').value = 'I';
      reorderRows(ws, 6, 12, (rows) => [...rows].reverse(), 2);
    });
    expect(cells((await preview(state, path)).applied)).toEqual([['s1', 'sales', '', '', 'I']]);
  });

  it('keeps matching by id after steps and positions were renamed and renumbered in the app', async () => {
    const path = await clientEdit('before-rename.xlsx', (wb) => {
      raciCell(launchSheet(wb), 's2', 'design-lead').value = 'I';
    });
    const later = edited(state, [
      { type: 'update', table: 'steps', id: 's2', patch: { name: '需求评审会', code: 'N03' } },
      { type: 'update', table: 'steps', id: 's3', patch: { code: 'N02' } },
      { type: 'update', table: 'positions', id: 'design-lead', patch: { name: '设计总监' } },
    ]);
    const p = await preview(later, path);
    expect(p.applied.map((c) => [c.stepId, c.partyId, c.stepCode, c.partyName, c.mine, c.theirs])).toEqual([['s2', 'design-lead', 'N03', '设计部 / 设计总监', 'C', 'I']]);
  });

  it('finds nothing to do in an untouched export', async () => {
    const p = await preview(state, original);
    expect([p.applied, p.kept, p.conflicts, p.bad, p.notes]).toEqual([[], [], [], [], []]);
    expect(importCommand(state, p)).toBeNull();
  });

  it('matches by step code and header names when the hidden anchor column and row were deleted', async () => {
    const path = await clientEdit('no-anchors.xlsx', (wb) => {
      const ws = wb.getWorksheet('年度预算编制')!;
      raciCell(ws, 'b4', 'legal').value = 'I';
      raciCell(ws, 'b2', 'mkt-mgr').value = 'R';
      ws.spliceRows(3, 1);
      ws.spliceColumns(1, 1);
    });
    const p = await preview(state, path);
    expect(cells(p.applied)).toEqual([
      ['b2', 'mkt-mgr', 'RA', 'RA', 'R'],
      ['b4', 'legal', '', '', 'I'],
    ]);
    expect(p.bad).toEqual([]);
  });
});

describe('RACI import of workbooks other programs rewrote', () => {
  it.skipIf(!openpyxlPython)('sheets reordered and added, styles, widths and row heights changed: the edits come back and nothing else', async () => {
    const path = openpyxlEdit(
      'rearranged.xlsx',
      `from openpyxl.styles import PatternFill, Font
wb.move_sheet('年度预算编制', offset=-1)
mine = wb.create_sheet('客户备注', 0)
mine['A1'] = '新产品上线'
mine['B2'] = 'R'
ws.column_dimensions['E'].width = 40
ws.row_dimensions[7].height = 60
ws['E7'].fill = PatternFill('solid', fgColor='FFFF00')
ws['E7'].font = Font(bold=True, color='FF0000')
ws['E7'] = 'I'
ws['H8'] = 'c'`,
    );
    const p = await preview(state, path);
    expect(cells(p.applied)).toEqual([
      ['s2', 'mkt-mgr', 'C', 'C', 'I'],
      ['s3', 'rd-eng', 'R', 'R', 'C'],
    ]);
    expect([p.kept, p.conflicts, p.bad, p.notes]).toEqual([[], [], [], []]);
  });
});

describe('RACI import: three ways, so newer work is never reverted', () => {
  it('two copies of one export, edited by two clients and imported one after the other: the second applies its own cells and reverts nothing', async () => {
    const first = await clientEdit('client-a.xlsx', (wb) => {
      raciCell(launchSheet(wb), 's3', 'fin').value = 'C';
      raciCell(launchSheet(wb), 's6', 'sales').value = 'C';
    });
    const second = await clientEdit('client-b.xlsx', (wb) => {
      raciCell(launchSheet(wb), 's1', 'rd-mgr').value = 'C';
    });

    const afterFirst = apply(state, await preview(state, first)).state;
    expect([afterFirst.raci.s3?.fin, afterFirst.raci.s6?.sales]).toEqual(['C', 'C']);

    const p = await preview(afterFirst, second);
    expect(cells(p.applied)).toEqual([['s1', 'rd-mgr', 'I', 'I', 'C']]);
    expect(cells(p.kept)).toEqual([
      ['s3', 'fin', 'I', 'C', 'I'],
      ['s6', 'sales', 'I', 'C', 'I'],
    ]);
    expect(p.conflicts).toEqual([]);
    const afterSecond = apply(afterFirst, p).state;
    expect([afterSecond.raci.s1?.['rd-mgr'], afterSecond.raci.s3?.fin, afterSecond.raci.s6?.sales]).toEqual(['C', 'C', 'C']);
  });

  it('a cell changed in the app after the export and in the workbook too is a conflict the user settles, per cell or all at once', async () => {
    const path = await clientEdit('both.xlsx', (wb) => {
      raciCell(launchSheet(wb), 's2', 'mkt-mgr').value = 'I';
      raciCell(launchSheet(wb), 's5', 'mkt-spec').value = 'I';
      raciCell(launchSheet(wb), 's7', 'rd-mgr').value = 'I';
    });
    const now = edited(state, [
      { type: 'setRaci', stepId: 's2', partyId: 'mkt-mgr', letters: 'A' },
      { type: 'setRaci', stepId: 's5', partyId: 'mkt-spec', letters: 'R' },
      { type: 'setRaci', stepId: 's4', partyId: 'mkt-mgr', letters: '' },
    ]);
    const p = await preview(now, path);
    expect(cells(p.conflicts)).toEqual([
      ['s2', 'mkt-mgr', 'C', 'A', 'I'],
      ['s5', 'mkt-spec', 'C', 'R', 'I'],
    ]);
    expect(cells(p.applied)).toEqual([['s7', 'rd-mgr', 'C', 'C', 'I']]);
    expect(cells(p.kept)).toEqual([['s4', 'mkt-mgr', 'A', '', 'A']]);

    const unsettled = (() => {
      try {
        importCommand(now, p, { cells: new Map([[0, 'theirs']]) });
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(unsettled).toBeInstanceOf(ExcelImportError);
    expect((unsettled as ExcelImportError).key).toBe('import.unsettled');
    expect((unsettled as ExcelImportError).params).toEqual({ file: 'both.xlsx', count: '1' });

    const mixed = apply(now, p, { all: 'mine', cells: new Map([[0, 'theirs']])}).state;
    expect([mixed.raci.s2?.['mkt-mgr'], mixed.raci.s5?.['mkt-spec'], mixed.raci.s7?.['rd-mgr'], mixed.raci.s4?.['mkt-mgr']]).toEqual(['I', 'R', 'I', undefined]);
    const theirs = apply(now, p, { all: 'theirs' }).state;
    expect([theirs.raci.s2?.['mkt-mgr'], theirs.raci.s5?.['mkt-spec']]).toEqual(['I', 'I']);
  });

  it('refuses to apply a preview when a cell it would set changed after the preview', async () => {
    const path = await clientEdit('late.xlsx', (wb) => {
      raciCell(launchSheet(wb), 's7', 'rd-mgr').value = 'I';
    });
    const p = await preview(state, path);
    const meanwhile = edited(state, [{ type: 'setRaci', stepId: 's7', partyId: 'rd-mgr', letters: 'A' }]);
    expect(() => importCommand(meanwhile, p)).toThrow(/changed after the preview of "late.xlsx"/);
  });

  it('a workbook without the record is taken as before, with the warning that says so', async () => {
    const path = await clientEdit('no-record.xlsx', (wb) => {
      wb.removeWorksheet(wb.getWorksheet('Lanewise export')!.id);
      raciCell(launchSheet(wb), 's7', 'rd-mgr').value = 'I';
    });
    const now = edited(state, [{ type: 'setRaci', stepId: 's1', partyId: 'rd-mgr', letters: 'C' }]);
    const p = await preview(now, path);
    expect(p.record).toEqual({ kind: 'missing' });
    // Without a base every difference is the client's, even the cell the app changed.
    expect(cells(p.applied)).toEqual([
      ['s1', 'rd-mgr', null, 'C', 'I'],
      ['s7', 'rd-mgr', null, 'C', 'I'],
    ]);
  });

  it('a record someone edited by hand counts as no record', async () => {
    const path = await clientEdit('forged.xlsx', (wb) => {
      const record = wb.getWorksheet('Lanewise export')!;
      record.eachRow((row) => {
        if (row.getCell(1).value === 'step' && row.getCell(2).value === 's1') row.getCell(3).value = '';
      });
    });
    expect((await preview(state, path)).record).toEqual({ kind: 'damaged' });
  });

  it('a workbook exported from another project is refused, naming it', async () => {
    const other = raciTestProject('zh-CN');
    const foreign = execute(other, { type: 'setMeta', patch: { name: '另一个项目' } }).state;
    const path = join(folder, 'other-project.xlsx');
    await exportRaciWorkbook({ ...foreign, meta: { ...foreign.meta, projectId: 'another-project' } }, { outPath: path });
    const err = await preview(state, path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelImportError);
    expect((err as ExcelImportError).message).toBe('"other-project.xlsx" was exported from another project ("另一个项目"), so it was not imported. Open that project to import it.');
  });
});

describe('RACI import: bad cells are listed, the rest still applies', () => {
  it('lists invalid letters, unknown rows and party columns, duplicates, merged cells and error values with Sheet!A1 and applies the rest', async () => {
    const path = await clientEdit('bad-cells.xlsx', (wb) => {
      const ws = launchSheet(wb);
      raciCell(ws, 's2', 'mkt-mgr').value = 'X';
      raciCell(ws, 's3', 'fin').value = 'C';
      raciCell(ws, 's1', 'sales').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('B14').value = 'N99';
      ws.getCell('C14').value = '客户新增的节点';
      ws.getCell('E14').value = 'R';
      ws.getCell('A15').value = 's1';
      ws.getCell('B15').value = 'N01';
      ws.getCell('E15').value = 'R';
      ws.getCell('N4').value = '外部顾问';
      ws.getCell('N6').value = 'A';
      ws.mergeCells('D11:E11');
    });
    const p = await preview(state, path);
    expect(p.bad).toEqual([
      { ref: '新产品上线!N4', reason: 'unknown-party', value: '外部顾问' },
      { ref: '新产品上线!J6', reason: 'error-value', value: '#N/A' },
      { ref: '新产品上线!E7', reason: 'not-raci', value: 'X' },
      { ref: '新产品上线!D11', reason: 'merged', value: 'I' },
      { ref: '新产品上线!E11', reason: 'merged', value: '' },
      { ref: '新产品上线!B14', reason: 'unknown-step', value: 'N99 客户新增的节点' },
      { ref: '新产品上线!B15', reason: 'duplicate-step', value: 'N01' },
    ]);
    expect(p.badCount).toBe(7);
    expect(cells(p.applied)).toEqual([['s3', 'fin', 'I', 'I', 'C']]);

    const applied = apply(state, p);
    expect(applied.state.raci.s3?.fin).toBe('C');
    expect(applied.state.raci.s2).toEqual(state.raci.s2);
    expect(applied.state.raci.s6).toEqual(state.raci.s6);
    // Nothing of the unknown column reached the project, and undo gives back exactly what was.
    expect(Object.values(applied.state.raci).flatMap((row) => Object.keys(row))).not.toContain('外部顾问');
    expect(applyOps(applied.state, applied.inverse).state).toEqual(state);
  });

  it('a hidden step id of another process, or __proto__, never writes anywhere', async () => {
    const path = await clientEdit('foreign-id.xlsx', (wb) => {
      const ws = launchSheet(wb);
      const row = raciCell(ws, 's5', 'rd-eng').row;
      ws.getCell(row, 1).value = 'b1';
      ws.getCell(row, 4).value = 'A';
      const other = raciCell(ws, 's6', 'sales').row;
      ws.getCell(other, 1).value = '__proto__';
      ws.getCell(other, 2).value = '__proto__';
      ws.getCell(other, 3).value = '__proto__';
      ws.getCell(other, 4).value = 'R';
      ws.getCell(3, 5).value = '__proto__';
    });
    const p = await preview(state, path);
    expect(p.bad.map((b) => [b.ref, b.reason])).toEqual([
      ['新产品上线!E4', 'unknown-party'],
      ['新产品上线!A10', 'step-of-other-process'],
      ['新产品上线!B11', 'unknown-step'],
    ]);
    expect(p.applied).toEqual([]);
    expect(({} as Record<string, unknown>).R).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it.skipIf(!openpyxlPython)('a formula without a cached value is a bad cell, not an empty one (openpyxl calculates nothing)', async () => {
    const path = openpyxlEdit(
      'formula.xlsx',
      `ws['D6'] = '=IF(1,"R","")'
ws['E6'] = 'C'`,
    );
    const p = await preview(state, path);
    expect(p.bad).toEqual([{ ref: '新产品上线!D6', reason: 'formula-without-value', value: '' }]);
    expect(cells(p.applied)).toEqual([['s1', 'mkt-mgr', 'A', 'A', 'C']]);
  });
});

describe('RACI import: the client\'s remarks and notes come back as review notes', () => {
  it.skipIf(!openpyxlPython)('a note openpyxl left on a RACI cell, with its author, and an edit beside it', async () => {
    const path = openpyxlEdit(
      'note.xlsx',
      `from openpyxl.comments import Comment
ws['G9'].comment = Comment('研发经理只需知会，不必负责', '王总监')
ws['E7'] = 'I'`,
    );
    const p = await preview(state, path);
    expect(cells(p.applied)).toEqual([['s2', 'mkt-mgr', 'C', 'C', 'I']]);
    expect(p.notes).toEqual([
      expect.objectContaining({ processId: 'launch', stepId: 's4', stepLabel: 'N04 研发执行（含原型设计、样机试制与小批量试产）', partyLabel: '研发部 / 研发经理', source: 'comment', author: '王总监', text: '研发经理只需知会，不必负责', fileName: 'note.xlsx', resolvedAt: '' }),
    ]);
    const applied = apply(state, p).state;
    expect(Object.values(applied.tables.reviewNotes).map((n) => n.text)).toEqual(['研发经理只需知会，不必负责']);
    // The same workbook again brings nothing new: the note is there already.
    expect((await preview(applied, path)).notes).toEqual([]);
  });

  it('a remark typed in the remarks column becomes a note on its step, resolvable and undoable', async () => {
    const path = await clientEdit('remark.xlsx', (wb) => {
      const ws = launchSheet(wb);
      ws.getCell(raciCell(ws, 's5', 'sales').row, 13).value = '测试验收应邀请销售参加';
      wb.lastModifiedBy = '客户张三';
      wb.modified = new Date('2026-03-05T10:00:00Z');
    });
    const p = await preview(state, path);
    expect(p.notes).toEqual([
      expect.objectContaining({ stepId: 's5', stepLabel: 'N05 测试验收', partyLabel: '', source: 'remark', author: '客户张三', writtenAt: '2026-03-05T10:00:00Z', text: '测试验收应邀请销售参加' }),
    ]);
    const withNote = apply(state, p).state;
    const note = Object.values(withNote.tables.reviewNotes)[0]!;
    const resolved = execute(withNote, { type: 'update', table: 'reviewNotes', id: note.id, patch: { resolvedAt: '2026-03-06T09:00:00Z' } });
    expect(resolved.state.tables.reviewNotes[note.id]?.resolvedAt).toBe('2026-03-06T09:00:00Z');
    expect(applyOps(resolved.state, resolved.inverse).state.tables.reviewNotes[note.id]?.resolvedAt).toBe('');
    // Deleting the step keeps the note, with the step's label.
    const deleted = execute(withNote, { type: 'delete', table: 'steps', id: 's5' }).state;
    expect(deleted.tables.reviewNotes[note.id]).toMatchObject({ stepId: null, stepLabel: 'N05 测试验收' });
  });

  it('a remark in a workbook nobody saved since the export is not put down to the consultant who exported it', async () => {
    const signed = join(folder, 'signed.xlsx');
    await exportRaciWorkbook(state, { outPath: signed, author: '李顾问' });
    const path = await clientEdit(
      'unsigned-remark.xlsx',
      (wb) => {
        const ws = launchSheet(wb);
        ws.getCell(raciCell(ws, 's2', 'sales').row, 13).value = '评审需法务参加';
      },
      signed,
    );
    expect((await preview(state, path)).notes).toEqual([expect.objectContaining({ stepId: 's2', author: '', writtenAt: '', text: '评审需法务参加' })]);
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
    const error = await preview(state, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelImportError);
    expect((error as Error).message).toBe('"other.xlsx" is not a Lanewise RACI workbook: none of its sheets ("Sheet1") is the RACI matrix of a process in this project');
  });

  it('a truncated export, named as the user named it', async () => {
    const bytes = readFileSync(original);
    const error = await previewRaciImport(state, { bytes: bytes.subarray(0, Math.floor(bytes.length / 2)), fileName: '客户返回.xlsx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).toMatch(/^"客户返回.xlsx" is damaged or incomplete/);
  });

  it('a sheet whose header was lost is listed, and the other sheets still import', async () => {
    const path = await clientEdit('no-header.xlsx', (wb) => {
      launchSheet(wb).getCell('B4').value = '编号';
      raciCell(wb.getWorksheet('年度预算编制')!, 'b4', 'legal').value = 'I';
    });
    const p = await preview(state, path);
    expect(p.bad).toEqual([{ ref: '新产品上线!A1', reason: 'no-header', value: '新产品上线' }]);
    expect(cells(p.applied)).toEqual([['b4', 'legal', '', '', 'I']]);
  });

  it('a text file renamed .xlsx', async () => {
    const text = join(folder, 'notes.xlsx');
    writeFileSync(text, '节点编号,节点名称\nN01,需求提出\n');
    await expect(preview(state, text)).rejects.toThrow('"notes.xlsx" is not an Excel workbook (.xlsx)');
  });
});
