import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import type { PolicyBlock } from '../policy/policy-document-types';
import { exportComparisons, saveVersionCommand } from '../versions/process-versions';
import { orderToCash, orderToCashRedesign, run } from './metrics-test-project';
import { measurementAppendix } from './policy-appendix';

type TableBlock = Extract<PolicyBlock, { kind: 'table' }>;

/** The fixture with its as-is saved, then redesigned. */
function redesigned(language: 'en' | 'zh-CN' = 'en') {
  let state = run(orderToCash(), { type: 'setMeta', patch: { language } });
  state = execute(state, saveVersionCommand(state, 'pr', 'As-is', 'v1', new Date('2026-11-20T09:00:00Z'))).state;
  return run(state, ...orderToCashRedesign());
}

const tables = (blocks: readonly PolicyBlock[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('the measurement appendix of the policy draft', () => {
  it('gives each process its figures, departments and parties', () => {
    const appendix = measurementAppendix(orderToCash(), 'en', new Map())!;
    expect(appendix.title).toBe('Appendix: Process Metrics and Redesign Comparison');
    expect(appendix.blocks[0]).toEqual({ kind: 'heading', text: 'Metrics: Order to cash' });
    const [summary, departments, parties] = tables(appendix.blocks);
    expect(summary!.table.rows).toEqual([
      ['Steps', '6'],
      ['Hand-offs between departments', '3'],
      ['Approval points', '1'],
      ['Decision points', '1'],
      ['Critical path', '7 hours (0.88 working days): N01 → N02 → N03 → N04 → N05 → N06'],
      ['Total effort', '7 hours (0.88 working days)'],
      ['Steps without a duration (counted 0)', 'N04'],
    ]);
    expect(departments!.table.rows).toEqual([
      ['Sales', '4', '2', '3', '1', '2'],
      ['Finance', '2', '2', '2', '2', '1'],
    ]);
    expect(parties!.table.rows).toEqual([
      ['Sales', '2', '33%', '1', '17%'],
      ['Finance', '2', '33%', '1', '17%'],
      ['Account manager', '1', '17%', '2', '33%'],
      ['Controller', '1', '17%', '1', '17%'],
    ]);
  });

  it('compares the saved as-is with the working process: deltas, then every change', () => {
    const state = redesigned();
    const appendix = measurementAppendix(state, 'en', exportComparisons(state))!;
    expect(appendix.blocks).toContainEqual({ kind: 'heading', text: 'Before and after: Order to cash (As-is → working process)' });
    const [deltas, changes] = tables(appendix.blocks).slice(-2);
    expect(deltas!.caption).toBe('How the figures of Order to cash changed');
    expect(deltas!.table.header[0]!.map((c) => c.text)).toEqual(['Figure', 'As-is', 'working process', 'Change']);
    expect(deltas!.table.rows).toEqual([
      ['Critical path (days)', '0.88', '0.5', '\u22120.38'],
      ['Critical path (hours)', '7', '4', '\u22123'],
      ['Hand-offs', '3', '0', '\u22123'],
      ['Approval points', '1', '0', '\u22121'],
      ['Decision points', '1', '1', '0'],
      ['Steps', '6', '5', '\u22121'],
      ['Total effort (hours)', '7', '4', '\u22123'],
      // The double A of N03; the start and end events need no RACI.
      ['Open RACI errors', '1', '0', '\u22121'],
    ]);
    expect(changes!.table.rows).toEqual([
      ['changed', 'step', 'N02', 'Take and check order', 'name: Step N02 → Take and check order; duration: 2 hours → 3 hours'],
      ['removed', 'step', 'N03', 'Step N03', 'approval point · Finance · 0.5 working days'],
      ['changed', 'step', 'N04', 'Step N04', 'department: Finance → Sales'],
      ['removed', 'flow', 'N02 → N03', 'Take and check order → Step N03', ''],
      ['removed', 'flow', 'N03 → N04', 'Step N03 → Step N04', ''],
      ['added', 'flow', 'N02 → N04', 'Take and check order → Step N04', ''],
      ['added', 'RACI', 'N01', 'Step N01', 'Sales: empty → RA'],
      ['added', 'RACI', 'N06', 'Step N06', 'Sales: empty → RA'],
    ]);
  });

  it('follows the project language', () => {
    const state = redesigned('zh-CN');
    const appendix = measurementAppendix(state, 'zh-CN', exportComparisons(state))!;
    expect(appendix.title).toBe('附录  流程度量与优化前后对比');
    expect(appendix.blocks).toContainEqual({ kind: 'heading', text: '优化前后对比：Order to cash（As-is → 当前版本）' });
    expect(tables(appendix.blocks).at(-1)!.table.rows[1]).toEqual(['删除', '节点', 'N03', 'Step N03', '审批点 · Finance · 0.5 个工作日']);
  });

  it('is left out when no process has steps', () => {
    expect(measurementAppendix(run(orderToCash(), { type: 'delete', table: 'processes', id: 'pr' }), 'en', new Map())).toBeNull();
  });

  it('ends the comparison with the problems of the register the redesign addresses', () => {
    let state = run(orderToCash(), { type: 'add', table: 'problems', row: { id: 'pw', title: 'Orders wait for credit approval', status: 'addressed', addressedByStepId: 's3' } });
    state = execute(state, saveVersionCommand(state, 'pr', 'As-is', 'v1', new Date('2026-11-20T09:00:00Z'))).state;
    state = run(state, ...orderToCashRedesign());
    const last = tables(measurementAppendix(state, 'en', exportComparisons(state))!.blocks).at(-1)!;
    expect(last.caption).toBe('Problems the redesign of Order to cash addresses');
    expect(last.table.header[0]!.map((c) => c.text)).toEqual(['Problem', 'Addressed by', 'Note']);
    expect(last.table.rows).toEqual([['Orders wait for credit approval', 'removed step N03 Step N03', '']]);
  });
});
