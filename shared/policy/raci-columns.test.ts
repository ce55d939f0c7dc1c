import { describe, expect, it } from 'vitest';
import { processSteps } from '../process/step-order';
import { raciColumns, splitColumns, type RaciColumn } from './raci-columns';
import { policyTestProject } from './policy-test-project';

const columns = (sizes: number[]): RaciColumn[] =>
  sizes.flatMap((n, d) => Array.from({ length: n }, (_, k) => ({ partyId: `p${d}-${k}`, departmentId: `d${d}`, departmentName: `D${d}`, positionName: k ? `P${k}` : null })));
const byCount = (maxColumns: number) => ({ maxColumns, maxWidth: Infinity, width: () => 1 });
const shape = (parts: RaciColumn[][]) => parts.map((p) => p.map((c) => c.partyId.split('-')[0]).join(','));

describe('splitColumns', () => {
  it('leaves a table that fits alone', () => {
    expect(splitColumns(columns([3, 2, 1]), byCount(10))).toHaveLength(1);
  });

  it('splits into parts of about equal size at department boundaries', () => {
    const parts = splitColumns(columns([3, 3, 1, 1, 2, 1, 1]), byCount(10)); // 12 columns
    expect(parts.map((p) => p.length)).toEqual([6, 6]);
    expect(shape(parts)).toEqual(['p0,p0,p0,p1,p1,p1', 'p2,p3,p4,p4,p5,p6']);
  });

  it('never exceeds the maximum, cutting a department only when it alone is too wide', () => {
    const parts = splitColumns(columns([4, 13, 2]), byCount(10));
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(10);
    expect(parts.flat()).toHaveLength(19);
    expect(parts.flat().map((c) => c.partyId)).toEqual(columns([4, 13, 2]).map((c) => c.partyId));
  });

  it('splits by width as well: wide columns make more, narrower parts', () => {
    const cols = columns([2, 2, 2, 2]);
    const wide = (c: RaciColumn) => (c.departmentId === 'd1' ? 3 : 1);
    const parts = splitColumns(cols, { maxColumns: 10, maxWidth: 6, width: wide });
    expect(parts.map((p) => p.reduce((sum, c) => sum + wide(c), 0))).toEqual([2, 6, 4]);
    for (const p of parts) expect(p.reduce((sum, c) => sum + wide(c), 0)).toBeLessThanOrEqual(6);
  });
});

describe('raciColumns', () => {
  it('lists lane departments and the positions holding assignments, in department order', () => {
    const state = policyTestProject('zh-CN');
    const cols = raciColumns(state, 'event', processSteps(state, 'event'));
    expect(cols.map((c) => c.positionName ?? `${c.departmentName}`)).toEqual(['市场部', '市场部经理', '市场部专员', '销售部', '销售部主管', '财务部', '设计部', '设计部主管', '公关部']);
    // 研发部 has no lane and no assignment in this process.
    expect(cols.some((c) => c.departmentName === '研发部')).toBe(false);
  });
});
