import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/raci/finding';
import { badgesOf, findingBadges } from './finding-badges';

const finding = (stepId: string | null, severity: Finding['severity'], n: number): Finding => ({
  key: `k${n}`,
  ruleId: 'raci.no-accountable',
  severity,
  processId: 'p',
  stepId,
  partyIds: [],
  message: { en: '', 'zh-CN': '' },
  fix: { en: '', 'zh-CN': '' },
});

describe('finding badges', () => {
  it('counts findings per step and takes the worst severity', () => {
    const badges = findingBadges([finding('a', 'warning', 1), finding('a', 'error', 2), finding('b', 'info', 3), finding(null, 'error', 4)]);
    expect(badges.get('a')).toEqual({ count: 2, worst: 'error', bySeverity: { error: 1, warning: 1, info: 0 } });
    expect(badges.get('b')).toMatchObject({ count: 1, worst: 'info' });
    expect(badges.size).toBe(2);
  });

  it('computes once per findings list', () => {
    const list = [finding('a', 'error', 1)];
    expect(badgesOf(list)).toBe(badgesOf(list));
    expect(badgesOf([...list])).not.toBe(badgesOf(list));
  });
});
