import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import type { CommandInput } from '../commands/command-schema';
import { diagnosisTestProject } from './diagnosis-test-project';
import { formatMean, surveyResults } from './survey-results';

function withResponses(rows: Array<{ id: string; departmentId: string | null; answers: Record<string, number> }>) {
  const state = diagnosisTestProject();
  const commands: CommandInput[] = [];
  for (const r of rows) {
    commands.push({ type: 'add', table: 'surveyResponses', row: { id: r.id, departmentId: r.departmentId } });
    for (const [questionId, value] of Object.entries(r.answers)) commands.push({ type: 'add', table: 'surveyAnswers', row: { id: `${r.id}-${questionId}`, responseId: r.id, questionId, value } });
  }
  return execute(state, { type: 'batch', commands }).state;
}

// The fixture's questionnaire: dimension sd-1 holds sq-2…sq-5, sd-6 holds sq-7…sq-10, sd-11 holds sq-12…sq-15.
describe('survey results', () => {
  it('gives mean, n and distribution per question and dimension, per department and overall', () => {
    const state = withResponses([
      { id: 'r1', departmentId: 'mkt', answers: { 'sq-2': 1, 'sq-3': 2 } },
      { id: 'r2', departmentId: 'mkt', answers: { 'sq-2': 4 } },
      { id: 'r3', departmentId: 'rd', answers: { 'sq-2': 5, 'sq-7': 3 } },
      { id: 'r4', departmentId: null, answers: { 'sq-2': 5 } },
    ]);
    const results = surveyResults(state, 'zh-CN', '未填部门');
    expect(results.responses).toBe(4);
    expect(results.groups).toEqual([
      { id: 'mkt', name: '市场部', responses: 2 },
      { id: 'rd', name: '研发部', responses: 1 },
      { id: null, name: '未填部门', responses: 1 },
    ]);
    const first = results.dimensions[0]!;
    expect(first.item.name).toBe('流程清晰度');
    const q = first.questions[0]!;
    expect(q.item.code).toBe('1.1');
    expect(q.overall).toEqual({ n: 4, respondents: 4, mean: 15 / 4, distribution: [1, 0, 0, 1, 2] });
    expect(q.byGroup.get('mkt')).toEqual({ n: 2, respondents: 2, mean: 2.5, distribution: [1, 0, 0, 1, 0] });
    expect(q.byGroup.get('')!.mean).toBe(5);
    // The dimension pools its questions' answers: mkt answered 1, 2 and 4.
    expect(first.byGroup.get('mkt')).toEqual({ n: 3, respondents: 2, mean: 7 / 3, distribution: [1, 1, 0, 1, 0] });
    expect(results.dimensions[1]!.byGroup.get('rd')!.mean).toBe(3);
    expect(results.dimensions[1]!.byGroup.get('mkt')).toBeUndefined();
    expect(results.dimensions[2]!.overall).toEqual({ n: 0, respondents: 0, mean: null, distribution: [0, 0, 0, 0, 0] });
  });

  it('follows the questionnaire in the language asked for, and prints means with two decimals', () => {
    const results = surveyResults(diagnosisTestProject(), 'en');
    expect(results.dimensions.map((d) => d.item.name)).toEqual(['Process clarity', 'Clarity of responsibility', 'Communication efficiency']);
    expect(formatMean(7 / 3)).toBe('2.33');
    expect(formatMean(null)).toBe('–');
  });
});
