import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { diagnosisTestProject } from '../../shared/diagnosis/diagnosis-test-project';
import { buildRaciWorkbook } from './raci-workbook-export';

describe('problem register sheet of the RACI workbook', () => {
  it('lists the problems ranked, with links by name; no sheet without problems', async () => {
    const base = diagnosisTestProject();
    expect((await buildRaciWorkbook(base, {})).worksheets.map((w) => w.name)).not.toContain('问题清单');
    const state = execute(base, {
      type: 'batch',
      commands: [
        { type: 'add', table: 'problems', row: { id: 'low', title: '预算口径不一致', impact: 1, urgency: 2, source: 'data' } },
        { type: 'add', table: 'problems', row: { id: 'top', title: '需求变更无统一流程', impact: 5, urgency: 5, measure: '返工率 < 10%' } },
        { type: 'add', table: 'problemSteps', row: { id: 'l', problemId: 'top', stepId: 's2' } },
      ],
    }).state;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await buildRaciWorkbook(state, {})).xlsx.writeBuffer());
    const sheet = workbook.getWorksheet('问题清单')!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1, 16);
    expect(row(3).slice(0, 3)).toEqual(['排名', '问题', '问题描述']);
    expect(row(4)[0]).toBe('1');
    expect(row(4)[1]).toBe('需求变更无统一流程');
    expect(row(4)[5]).toBe('新产品上线 · N02 需求评审');
    expect(row(4)[11]).toBe('高');
    expect(row(5)[1]).toBe('预算口径不一致');
    expect(row(5)[3]).toBe('历史数据');
  });
});
