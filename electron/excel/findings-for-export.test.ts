import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { checkProject } from '../../shared/raci/raci-checker';
import { acceptFinding, resolveAccountable } from '../../shared/raci/resolution';
import { decisionsForExport, findingsForExport } from './findings-for-export';
import { raciTestProject } from './raci-test-project';

describe('findings and decisions for the workbook', () => {
  const state = raciTestProject('zh-CN');
  const findings = checkProject(state);
  const several = findings.find((f) => f.ruleId === 'raci.multiple-accountable' && f.stepId === 's4')!;

  it('shows a finding with its Chinese rule title, step, parties and status', () => {
    const [shown] = findingsForExport(state, [several]);
    expect(shown).toMatchObject({
      severity: 'error',
      ruleId: 'raci.multiple-accountable',
      ruleTitle: '节点有多个 A（负责人）',
      processName: '新产品上线',
      stepCode: 'N04',
      stepName: '研发执行（含原型设计、样机试制与小批量试产）',
      status: 'open',
    });
    expect([...shown!.partyNames!].sort()).toEqual(['市场部经理', '研发经理']);
    expect(shown!.message).toBe(several.message['zh-CN']);
  });

  it('marks accepted findings and lists the resolution log oldest first', () => {
    const noA = findings.find((f) => f.ruleId === 'raci.no-accountable' && f.stepId === 's5')!;
    let s = execute(state, resolveAccountable(state, several, 'rd-mgr', { decisionId: 'd2', decidedBy: '王副总', reason: '研发经理对交付负责', decidedAt: '2025-04-29T09:00:00Z' })).state;
    s = execute(s, acceptFinding(noA, { decisionId: 'd1', decidedBy: '王副总', reason: '测试由客户验收', decidedAt: '2025-04-28T09:00:00Z' })).state;
    expect(findingsForExport(s, [noA])[0]!.status).toBe('accepted');
    expect(decisionsForExport(s)).toEqual([
      { decidedAt: '2025-04-28', processName: '新产品上线', stepCode: 'N05', stepName: '测试验收', ruleId: 'raci.no-accountable', ruleTitle: '节点没有 A（负责人）', kind: 'accepted', accountableName: '', decidedBy: '王副总', reason: '测试由客户验收' },
      { decidedAt: '2025-04-29', processName: '新产品上线', stepCode: 'N04', stepName: '研发执行（含原型设计、样机试制与小批量试产）', ruleId: 'raci.multiple-accountable', ruleTitle: '节点有多个 A（负责人）', kind: 'resolved', accountableName: '研发经理', decidedBy: '王副总', reason: '研发经理对交付负责' },
    ]);
  });
});
