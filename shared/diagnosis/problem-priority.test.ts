import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { diagnosisTestProject } from './diagnosis-test-project';
import { diagnosisTerms } from './diagnosis-terms';
import { priorityBand, priorityScore, rankProblems } from './problem-priority';

const rule = { impactWeight: 2, urgencyWeight: 1, highFrom: 4, mediumFrom: 2.5 };

describe('priority rule', () => {
  it('scores the weighted mean of impact and frequency, on the 1–5 scale', () => {
    expect(priorityScore({ impact: 5, urgency: 2 }, rule)).toBe(4);
    expect(priorityScore({ impact: 1, urgency: 4 }, { ...rule, impactWeight: 0 })).toBe(4);
    // Both weights 0 count the two equally rather than dividing by zero.
    expect(priorityScore({ impact: 2, urgency: 5 }, { ...rule, impactWeight: 0, urgencyWeight: 0 })).toBe(3.5);
  });

  it('bands scores, the higher threshold winning when medium is set above high', () => {
    expect([4, 3.99, 2.5, 2.49].map((s) => priorityBand(s, rule))).toEqual(['high', 'medium', 'medium', 'low']);
    expect(priorityBand(3.5, { ...rule, highFrom: 3, mediumFrom: 4 })).toBe('high');
    expect(priorityBand(2.9, { ...rule, highFrom: 3, mediumFrom: 4 })).toBe('low');
  });

  it('ranks by score, then impact, then title; equal scores share a rank', () => {
    let state = diagnosisTestProject();
    const add = (id: string, title: string, impact: number, urgency: number) => (state = execute(state, { type: 'add', table: 'problems', row: { id, title, impact, urgency } }).state);
    add('a', 'Late information', 3, 3);
    add('b', 'Rework after changes', 5, 4);
    add('c', 'Budget figures differ', 2, 5);
    add('d', 'Approvals wait', 3, 3);
    const ranked = rankProblems(state);
    expect(ranked.map((r) => [r.problem.id, r.rank, Math.round(r.score * 100) / 100, r.band])).toEqual([
      ['b', 1, 4.67, 'high'],
      ['d', 2, 3, 'medium'],
      ['a', 2, 3, 'medium'],
      ['c', 2, 3, 'medium'],
    ]);
    // The consultant weighs frequency up: the ranking follows the project's rule (c and b tie at 4.25; b has the larger impact).
    state = execute(state, { type: 'setMeta', patch: { diagnosis: { ...state.meta.diagnosis, impactWeight: 1, urgencyWeight: 3 } } }).state;
    expect(rankProblems(state).map((r) => [r.problem.id, r.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['d', 3],
      ['a', 3],
    ]);
  });

  it('states the rule in words with the project’s weights', () => {
    expect(diagnosisTerms('en').rule(rule)).toBe('Priority score = (2 × impact + 1 × frequency/urgency) ÷ 3; a score of 4 or more is high priority, 2.5 or more medium, anything lower low.');
    expect(diagnosisTerms('zh-CN').rule({ ...rule, impactWeight: 0.5 })).toContain('（0.5 × 影响程度 + 1 × 频率/紧迫性）÷ 1.5');
  });
});
