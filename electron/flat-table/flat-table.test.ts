import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { emptyProject, rowsOf, type ProjectState } from '../../shared/model/project-state';
import { allTemplatesProject, processEssence } from '../../shared/interchange/interchange-test-project';
import { runCli } from '../cli/lanewise';
import { ProjectSession } from '../project/project-session';
import { processTableCsv, processTableXlsx } from './table-files';
import { TableImportError } from './table-import-error';
import { previewTableImport } from './table-process-import';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const HAND_WRITTEN = new URL('../../test/fixtures/tables/hand_written_sheet.py', import.meta.url).pathname;

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

/** The table holds neither flow labels nor lane order (lanes come in the order the rows first name them). */
function tableEssence(essence: ReturnType<typeof processEssence>) {
  return { ...essence, lanes: [...essence.lanes].sort(), flows: essence.flows.map((f) => f.replace(/:.*$/, ':')) };
}

async function importTable(state: ProjectState, bytes: Uint8Array, fileName: string): Promise<ProjectState> {
  let n = 0;
  return execute(state, (await previewTableImport(state, bytes, fileName, () => `t-${++n}`)).command).state;
}

describe('flat tables for online tools', () => {
  it('writes the header in row 1 in the project language, one row per step, no merged cells', async () => {
    const state = allTemplatesProject();
    const process = rowsOf(state, 'processes').find((p) => p.order === 0)!;
    const sheet = await sheetOf(await processTableXlsx(state, process.id));
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['流程', '节点编号', '节点名称', '节点类型', '阶段', '泳道部门', '责任岗位', '输入', '输出', '耗时', '单位', '后续节点', 'R', 'A', 'C', 'I']);
    const steps = rowsOf(state, 'steps').filter((s) => s.processId === process.id);
    expect(sheet.actualRowCount).toBe(steps.length + 1);
    expect(Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges)).toEqual([]);
    const first = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(first.slice(0, 4)).toEqual([process.name, 'N01', '发现市场机会', '开始']);
    expect(first[13]).toBe('市场部/市场部经理');
    expect(first[11]).toBe('N02');
    const withDuration = (sheet.getColumn(10).values as unknown[]).find((v) => typeof v === 'number');
    expect(withDuration).toBeGreaterThan(0);

    const english = allTemplatesProject('en');
    const csv = processTableCsv(english, rowsOf(english, 'processes')[0]!.id);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').split('\r\n')[0]).toBe('\uFEFFProcess,Code,Step,Type,Phase,Lane,Owner position,Input,Output,Duration,Unit,Next steps,R,A,C,I');
  });

  it('round trip: the xlsx and the CSV give back the same steps, lanes, flows, codes and RACI', async () => {
    const state = allTemplatesProject();
    for (const process of rowsOf(state, 'processes')) {
      for (const [bytes, name] of [
        [await processTableXlsx(state, process.id), 't.xlsx'],
        [processTableCsv(state, process.id), 't.csv'],
      ] as const) {
        const after = await importTable(emptyProject({ name: 'x', language: 'zh-CN', organisation: '' }), bytes, name);
        const copy = rowsOf(after, 'processes')[0]!;
        expect(copy.name).toBe(process.name);
        expect(tableEssence(processEssence(after, copy.id))).toEqual(tableEssence(processEssence(state, process.id)));
      }
    }
  });

  it('names every bad cell of a hand-written CSV, in the project language, and imports nothing', async () => {
    const csv = ['节点编号,节点名称,节点类型,泳道部门,耗时,后续节点', 'N1,提出申请,开始,销售部,,', 'N2,,任务,销售部,两天,', 'N3,审批,批准吧,,1,N9', 'N3,归档,结束,行政部,1,'].join('\n');
    const state = emptyProject({ name: 'x', language: 'zh-CN', organisation: '' });
    const error = await previewTableImport(state, Buffer.from(csv, 'utf8'), 'steps.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TableImportError);
    const message = (error as TableImportError).message;
    expect(message).toContain('单元格 B3：节点名称为空');
    expect(message).toContain('单元格 E3：耗时“两天”不是非负数字');
    expect(message).toContain('单元格 C4：节点类型“批准吧”无法识别');
    expect(message).toContain('单元格 D4：泳道部门为空');
    expect(message).toContain('单元格 F4：后续节点“N9”不是本流程中的节点编号');
    expect(message).toContain('单元格 A5：节点编号“N3”在本流程中重复');
    const english = await previewTableImport({ ...state, meta: { ...state.meta, language: 'en' } }, Buffer.from(csv, 'utf8'), 'steps.csv').catch((e: unknown) => e);
    expect((english as Error).message).toContain('Cell B3: the step name is empty');
  });

  it('reads a CSV saved by Excel on a Chinese Windows (GB18030), flows in row order', async () => {
    const csv = '节点名称,泳道部门\r\n接到需求,市场部\r\n评估,研发部\r\n';
    const bytes = Buffer.from(execFileSync(PYTHON, ['-c', `import sys; sys.stdout.buffer.write(${JSON.stringify(csv)}.encode('gb18030'))`]));
    const after = await importTable(emptyProject({ name: 'x', language: 'zh-CN', organisation: '' }), bytes, '需求.csv');
    const process = rowsOf(after, 'processes')[0]!;
    expect(process.name).toBe('需求');
    expect(processEssence(after, process.id).flows).toEqual(['N01→N02:']);
  });
});

describe('a process from a hand-written spreadsheet (openpyxl, not our writer)', () => {
  it('builds lanes, steps, flows from 后续节点 or row order, RACI; passes lanewise check once its A column is filled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-table-'));
    const withoutA = join(dir, 'purchase.xlsx');
    const withA = join(dir, 'purchase-a.xlsx');
    execFileSync(PYTHON, [HAND_WRITTEN, withoutA]);
    execFileSync(PYTHON, [HAND_WRITTEN, withA, '--with-accountable']);

    const out: string[] = [];
    const file = join(dir, 'p.lanewise');
    expect(await runCli(['new', file, '--name', '采购'], (l) => out.push(l))).toBe(0);
    const session = ProjectSession.open(file);
    const plan = await previewTableImport(session.state, readFileSync(withoutA), 'purchase.xlsx');
    session.execute(plan.command, 'import');
    const state = session.state;
    session.close();
    const process = rowsOf(state, 'processes').find((p) => p.name === '设备采购流程')!;
    const essence = processEssence(state, process.id);
    expect(essence.steps).toHaveLength(30);
    expect(essence.lanes).toEqual(['生产部', '技术部', '财务部', '采购部', '法务部', '总经办', '仓储部']);
    expect(essence.flows).toEqual(expect.arrayContaining(['P01→P02:', 'P06→P07:', 'P06→P05:', 'P13→P08:', 'P25→P23:', 'P29→P30:']));
    expect(essence.flows).not.toContain('P30→');
    expect(essence.steps.find((s) => s.code === 'P05')!.duration).toEqual([1, 'days']);
    expect(essence.steps.find((s) => s.code === 'P21')!.duration).toEqual([2, 'hours']);
    expect(essence.steps.find((s) => s.code === 'P21')!.raci).toEqual(expect.arrayContaining(['仓储部/仓储部管理员=R', '采购部=I', '生产部=I']));
    // Phases follow each other along the flow, in the order the sheet gives them.
    const phases = rowsOf(state, 'phases').filter((p) => p.processId === process.id).sort((a, b) => a.order - b.order);
    expect(phases.map((p) => p.name)).toEqual(['需求', '寻源', '评审', '合同', '执行', '验收', '结算']);
    // Without A the check finds steps nobody is accountable for.
    expect(await runCli(['check', file], (l) => out.push(l))).toBe(1);

    const filled = join(dir, 'q.lanewise');
    await runCli(['new', filled, '--name', '采购'], (l) => out.push(l));
    expect(await runCli(['import', filled, '--table', withA], (l) => out.push(l))).toBe(0);
    const report: string[] = [];
    expect(await runCli(['check', filled], (l) => report.push(l))).toBe(0);
  }, 60_000);
});
