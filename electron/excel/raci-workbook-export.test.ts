import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import type { ExportDecision, ExportFinding } from './excel-export-types';
import { exportRaciWorkbook } from './raci-workbook-export';
import { raciTestProject } from './raci-test-project';
import { cellText, raciCell, rowTexts, tempFolder } from './raci-test-workbook';
import { ExportBase, readRecord } from './export-record';
import { readWorkbookFile } from './xlsx-reader/read-workbook';

/** What exceljs reads back but does not type on Worksheet. */
interface ConditionalFormats {
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

const folder = tempFolder();
const date = new Date(2025, 4, 1);
const findings: ExportFinding[] = [
  { severity: 'warning', ruleId: 'raci.too-many-consulted', processName: '新产品上线', stepCode: 'N02', message: '咨询者过多', status: 'open' },
  { severity: 'error', ruleId: 'raci.multiple-accountable', ruleTitle: '多个负责人', processName: '新产品上线', stepCode: 'N04', stepName: '研发执行', partyNames: ['研发经理', '市场部经理'], message: '节点 N04 有 2 个 A。', status: 'open' },
];
const decisions: ExportDecision[] = [
  { decidedAt: '2025-04-28', processName: '新产品上线', stepCode: 'N02', ruleId: 'raci.multiple-accountable', kind: 'resolved', accountableName: '研发经理', decidedBy: '王副总', reason: '研发经理对评审结论负责。' },
];

async function exported(name: string, ...args: Parameters<typeof exportRaciWorkbook>): Promise<ExcelJS.Workbook> {
  await exportRaciWorkbook(...args);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(folder, name));
  return workbook;
}

describe('RACI workbook export (zh-CN)', () => {
  let wb: ExcelJS.Workbook;
  let launch: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await exported('zh.xlsx', raciTestProject('zh-CN'), { outPath: join(folder, 'zh.xlsx'), version: 'v1.2', date, findings, decisions, author: '李顾问' });
    launch = wb.getWorksheet('新产品上线')!;
  });

  it('names sheets in Chinese: one per process, then key nodes, findings, resolution log, metrics and legend, and the hidden export record', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['新产品上线', '年度预算编制', '关键节点说明表', '检查结果', '决议记录', '流程度量', '图例与填写说明', 'Lanewise export']);
    expect(wb.worksheets.map((ws) => ws.state)).toEqual(['visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'veryHidden']);
  });

  it('sets workbook properties', () => {
    expect(wb.title).toBe('协作流程标准化项目 — RACI 责任矩阵');
    expect(wb.creator).toBe('李顾问');
    expect(wb.company).toBe('ACME 集团');
    expect(wb.created.getTime()).toBe(date.getTime());
  });

  it('titles each matrix with project, process, version and date', () => {
    expect(cellText(launch.getCell('B1').value)).toBe('协作流程标准化项目 — 新产品上线 RACI 责任矩阵');
    expect(cellText(launch.getCell('B2').value)).toBe('版本：v1.2    日期：2025-05-01    单位：ACME 集团');
  });

  it('writes a two-level header: departments merged over their positions, a lone department over both rows', () => {
    expect(rowTexts(launch, 3, 4)).toEqual(['mkt', 'mkt-mgr', 'mkt-spec', 'rd-mgr', 'rd-eng', 'design-lead', 'sales', 'fin', 'fin-mgr', 'lanewise:remarks']);
    expect(rowTexts(launch, 4, 2)).toEqual(['节点编号', '节点名称', '市场部', '市场部', '市场部', '研发部', '研发部', '设计部', '销售部', '财务部', '财务部', '意见']);
    expect(rowTexts(launch, 5, 4)).toEqual(['(部门)', '市场部经理', '市场部专员', '研发经理', '研发工程师', '设计部主管', '销售部', '(部门)', '财务经理', '意见']);
    expect(launch.model.merges).toEqual(expect.arrayContaining(['B4:B5', 'C4:C5', 'D4:F4', 'G4:H4', 'J4:J5', 'K4:L4', 'M4:M5']));
    expect(launch.model.merges).not.toContain('I4:I5');
  });

  it('lists steps in flow order with code and name, and hides the machine anchors', () => {
    expect([6, 7, 8, 9, 10, 11, 12].map((r) => rowTexts(launch, r, 1).slice(0, 3).join(' '))).toEqual([
      's1 N01 需求提出',
      's2 N02 需求评审',
      's3 N03 研发立项',
      's4 N04 研发执行（含原型设计、样机试制与小批量试产）',
      's5 N05 测试验收',
      's6 N06 市场推广',
      's7 N07 项目复盘',
    ]);
    expect(cellText(launch.getCell('A1').value)).toBe('lanewise:process:launch');
    expect(launch.getColumn(1).hidden).toBe(true);
    expect(launch.getRow(3).hidden).toBe(true);
  });

  it('freezes the header rows and the code and name columns', () => {
    expect(launch.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 5 });
  });

  it('writes letters joined by "/" and fills each cell with the colour of its strongest letter', () => {
    const fill = (stepId: string, partyId: string) => (raciCell(launch, stepId, partyId).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(cellText(raciCell(launch, 's2', 'rd-mgr').value)).toBe('R/A');
    expect(fill('s2', 'rd-mgr')).toBe('FFF8CBAD');
    expect(fill('s4', 'mkt-mgr')).toBe('FFF8CBAD');
    expect(fill('s1', 'mkt-spec')).toBe('FFBDD7EE');
    expect(fill('s2', 'design-lead')).toBe('FFC6E0B4');
    expect(fill('s6', 'sales')).toBe('FFFFE699');
    expect(raciCell(launch, 's1', 'sales').value).toBeNull();
    expect(fill('s1', 'sales')).toBeUndefined();
    expect(raciCell(launch, 's2', 'rd-mgr').border?.left?.style).toBe('thin');
  });

  it('offers the RACI values as a drop-down on every matrix cell', () => {
    for (const address of ['D6', 'L12', 'H9']) {
      expect(launch.getCell(address).dataValidation).toMatchObject({ type: 'list', formulae: ['"R,A,C,I,R/A,R/C,R/I,A/C,A/I,C/I"'], allowBlank: true, errorStyle: 'warning' });
    }
    expect(launch.getCell('C6').dataValidation).toBeUndefined();
    expect(launch.getCell('D13').dataValidation).toBeUndefined();
  });

  it('flags rows without exactly one A with a formula rule on the row, and recolours edited cells', () => {
    const formats = (launch as unknown as ConditionalFormats).conditionalFormattings;
    const flag = formats.find((f) => f.ref === 'B6:C12');
    expect(flag?.rules).toEqual([expect.objectContaining({ type: 'expression', formulae: ['COUNTIF($D6:$L6,"*A*")<>1'] })]);
    const letters = formats.find((f) => f.ref === 'D6:L12');
    const byPriority = [...(letters?.rules ?? [])].sort((a, b) => a.priority - b.priority).map((r) => (r.type === 'expression' ? r.formulae?.[0] : r.type));
    expect(byPriority).toEqual(['LEN(TRIM(D6))=0', 'ISNUMBER(SEARCH("A",D6))', 'ISNUMBER(SEARCH("R",D6))', 'ISNUMBER(SEARCH("C",D6))', 'ISNUMBER(SEARCH("I",D6))']);
  });

  it('prints landscape, one page wide, repeating the header rows', () => {
    expect(launch.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' });
  });

  it('stores step names that look like formulas as text, and writes no formula anywhere', () => {
    const budget = wb.getWorksheet('年度预算编制')!;
    const sum = raciCell(budget, 'b3', 'fin').row;
    expect(budget.getCell(sum, 3).type).toBe(ExcelJS.ValueType.String);
    expect(budget.getCell(sum, 3).value).toBe('=SUM(1,2)');
    expect(budget.getCell(sum + 1, 3).value).toBe('@审批');
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        }),
      );
    }
  });

  it('gives each matrix a remarks column after the parties, outside the drop-down, on every step row', () => {
    expect(launch.getCell('M6').dataValidation).toBeUndefined();
    expect(launch.getCell('M6').border?.left?.style).toBe('thin');
    expect(launch.getCell('M6').alignment).toMatchObject({ wrapText: true, horizontal: 'left' });
    expect(launch.getColumn(13).width).toBe(30);
  });

  it('records what it was exported from on the hidden sheet, protected: the project and every cell it showed', async () => {
    const state = raciTestProject('zh-CN');
    const path = join(folder, 'record.xlsx');
    const hidden = (await exported('record.xlsx', state, { outPath: path, processIds: ['budget'], exportId: 'export-1', date })).getWorksheet('Lanewise export')!;
    expect((hidden as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const read = readRecord((await readWorkbookFile(path, { fileName: 'record.xlsx' })).sheets);
    if (read.kind !== 'found') throw new Error(`record ${read.kind}`);
    expect(read.record).toMatchObject({ projectId: state.meta.projectId, projectName: '协作流程标准化项目', exportId: 'export-1', exportedAt: date.toISOString() });
    expect(read.record.processes.map((p) => p.processId)).toEqual(['budget']);
    const base = new ExportBase(read.record);
    expect([base.letters('b1', 'fin-mgr'), base.letters('b2', 'legal'), base.letters('b4', 'legal'), base.letters('b4', 'rd-mgr'), base.letters('b4', 'design-lead'), base.letters('s1', 'mkt-mgr')]).toEqual(['RA', 'C', '', '', null, null]);
  });

  it('writes the key-node table with owner and duration', () => {
    const nodes = wb.getWorksheet('关键节点说明表')!;
    expect(rowTexts(nodes, 3)).toEqual(['流程', '节点编号', '节点名称', '节点类型', '输入', '输出', '责任岗位', '耗时']);
    expect(rowTexts(nodes, 5)).toEqual(['新产品上线', 'N02', '需求评审', '审批点', '需求说明书', '评审结论', '研发部 / 研发经理', '2 天']);
    expect(rowTexts(nodes, 4)[6]).toBe('市场部');
    expect(nodes.rowCount).toBe(3 + 11);
  });

  it('writes findings, errors first, and the resolution log', () => {
    const sheet = wb.getWorksheet('检查结果')!;
    expect(rowTexts(sheet, 4)).toEqual(['错误', '多个负责人', '新产品上线', 'N04', '研发执行', '研发经理、市场部经理', '节点 N04 有 2 个 A。', '待处理']);
    expect(rowTexts(sheet, 5)[1]).toBe('raci.too-many-consulted');
    const log = wb.getWorksheet('决议记录')!;
    expect(rowTexts(log, 4)).toEqual(['2025-04-28', '新产品上线', 'N02', '', 'raci.multiple-accountable', '已明确负责人', '研发经理', '王副总', '研发经理对评审结论负责。']);
  });

  it('explains R, A, C and I in Chinese with the matrix colours', () => {
    const legend = wb.getWorksheet('图例与填写说明')!;
    expect([4, 5, 6, 7].map((r) => rowTexts(legend, r).slice(0, 3).join(' '))).toEqual(['R 执行者 Responsible', 'A 负责人 Accountable', 'C 咨询者 Consulted', 'I 知会者 Informed']);
    expect((legend.getCell('A5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF8CBAD');
  });
});

describe('RACI workbook export (en and options)', () => {
  it('names sheets and headers in English and leaves out findings and log when not given', async () => {
    const wb = await exported('en.xlsx', raciTestProject('en'), { outPath: join(folder, 'en.xlsx'), date });
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['新产品上线', '年度预算编制', 'Key nodes', 'Process metrics', 'Legend', 'Lanewise export']);
    const launch = wb.getWorksheet('新产品上线')!;
    expect(rowTexts(launch, 4, 2).slice(0, 2)).toEqual(['Code', 'Step']);
    expect(rowTexts(launch, 4, 2).at(-1)).toBe('Remarks');
    expect(rowTexts(launch, 5, 4)[0]).toBe('(dept)');
    expect(cellText(launch.getCell('B2').value)).toBe('Date: 2025-05-01    Organisation: ACME 集团');
    expect(rowTexts(wb.getWorksheet('Legend')!, 4).slice(0, 3)).toEqual(['R', 'Responsible', '执行者']);
  });

  it('at department granularity shows a column per department, plus positions only where they hold cells', async () => {
    const wb = await exported('dept.xlsx', raciTestProject(), { outPath: join(folder, 'dept.xlsx'), processIds: ['budget'], granularity: 'department' });
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['年度预算编制', '关键节点说明表', '流程度量', '图例与填写说明', 'Lanewise export']);
    expect(rowTexts(wb.worksheets[0]!, 3, 4)).toEqual(['mkt', 'mkt-mgr', 'rd', 'fin', 'fin-mgr', 'legal', 'lanewise:remarks']);
  });

  it('makes valid, unique sheet names from awkward process names and copes with an empty process', async () => {
    let state = raciTestProject();
    for (const [id, name] of [
      ['p3', 'Q1/Q2: 预算[草稿]*?'],
      ['p4', '跨部门市场活动（展会、品牌推广、客户答谢会）执行流程与复盘总结'],
      ['p5', '跨部门市场活动（展会、品牌推广、客户答谢会）执行流程与复盘总结（二）'],
      ['p6', '图例与填写说明'],
    ]) {
      state = execute(state, { type: 'add', table: 'processes', row: { id: id!, name: name! } }).state;
    }
    const wb = await exported('names.xlsx', state, { outPath: join(folder, 'names.xlsx') });
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names.slice(2)).toEqual(['Q1 Q2 预算 草稿', '跨部门市场活动（展会、品牌推广、客户答谢会）执行流程与复盘总结', '跨部门市场活动（展会、品牌推广、客户答谢会）执行流程与 (2)', '图例与填写说明', '关键节点说明表', '流程度量', '图例与填写说明 (2)', 'Lanewise export']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('refuses an unknown process id', async () => {
    await expect(exportRaciWorkbook(raciTestProject(), { outPath: join(folder, 'x.xlsx'), processIds: ['nope'] })).rejects.toThrow(/nope does not exist/);
  });
});
