import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/raci/finding';
import { groupFindings } from './finding-groups';

const finding = (ruleId: Finding['ruleId'], processId: string, key: string): Finding => ({
  key,
  ruleId,
  processId,
  severity: 'error',
  stepId: key,
  partyIds: [],
  message: { 'zh-CN': key, en: key },
  fix: { 'zh-CN': '', en: '' },
});

describe('groupFindings', () => {
  it('gathers findings of one rule in one process, in the order of their first finding', () => {
    const groups = groupFindings([
      finding('raci.no-accountable', 'p1', 'a'),
      finding('raci.unassigned', 'p1', 'b'),
      finding('raci.no-accountable', 'p2', 'c'),
      finding('raci.no-accountable', 'p1', 'd'),
    ]);
    expect(groups.map((g) => [g.ruleId, g.processId, g.findings.map((f) => f.key)])).toEqual([
      ['raci.no-accountable', 'p1', ['a', 'd']],
      ['raci.unassigned', 'p1', ['b']],
      ['raci.no-accountable', 'p2', ['c']],
    ]);
  });
});
