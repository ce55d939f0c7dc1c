import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { processSteps } from '../process/step-order';
import { policyLabels } from './policy-labels';
import { policyTestProject } from './policy-test-project';
import { headerWidth, MAX_PARTY_COLUMNS, raciCellText, raciTables } from './raci-tables';

describe('headerWidth', () => {
  it('gives a Latin header room for its longest word, Chinese ones the minimum', () => {
    expect(headerWidth('市场部经理')).toBe(1.5);
    expect(headerWidth('Marketing Specialist')).toBeCloseTo(10 * 0.23 + 0.35);
    expect(headerWidth('Supercalifragilisticexpialidocious')).toBe(3);
  });
});

describe('raciTables', () => {
  it('writes letters as in the Excel export', () => {
    expect(raciCellText('RA')).toBe('R/A');
    expect(raciCellText(undefined)).toBe('');
  });

  it('keeps a matrix with few parties on one portrait table', () => {
    let state = policyTestProject('zh-CN');
    state = execute(state, { type: 'add', table: 'processes', row: { id: 'small', name: '小流程' } }).state;
    state = execute(state, { type: 'batch', commands: [
      { type: 'add', table: 'lanes', row: { id: 'small-fin', processId: 'small', departmentId: 'fin' } },
      { type: 'add', table: 'steps', row: { id: 'x1', processId: 'small', laneId: 'small-fin', name: '预算启动' } },
      { type: 'setRaci', stepId: 'x1', partyId: 'mkt-mgr', letters: 'C' },
    ] }).state;
    const tables = raciTables(state, 'small', processSteps(state, 'small'), policyLabels('zh-CN'));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.landscape).toBe(false);
    // 市场部 shows only its consulted manager; 财务部 has the lane, seeded R (协办).
    expect(tables[0]!.rows).toEqual([['N01', '预算启动', '会签', '协办']]);
  });

  it('splits a wide English matrix so each part fits a landscape page without breaking words', () => {
    const state = policyTestProject('en');
    const tables = raciTables(state, 'launch', processSteps(state, 'launch'), policyLabels('en'));
    expect(tables.length).toBeGreaterThan(1);
    for (const t of tables) {
      expect(t.landscape).toBe(true);
      const parties = t.widths.slice(2);
      expect(parties.length).toBeLessThanOrEqual(MAX_PARTY_COLUMNS);
      expect(t.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(24.6 + 1e-9);
    }
    const headers = tables.flatMap((t) => t.header.at(-1)!.map((c) => c.text));
    expect(headers).toContain('Marketing Specialist');
    // Every step row carries every column of its part.
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.widths.length);
  });
});
