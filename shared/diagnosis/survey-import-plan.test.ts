import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { counterIds, diagnosisTestProject } from './diagnosis-test-project';
import { likertValue, planSurveyImport, type FilledForm } from './survey-import-plan';

const options = () => ({ newId: counterIds(), now: '2026-03-02T09:00:00Z', label: 'import' });
const form = (source: string, department: string, answers: Array<[string, string | number | null]>, extra: Partial<FilledForm> = {}): FilledForm => ({
  source,
  department,
  departmentCell: 'D4',
  position: '',
  respondent: '',
  answers: answers.map(([questionId, raw], i) => ({ questionId, cell: `D${10 + i}`, raw })),
  ...extra,
});

describe('survey import plan', () => {
  it('reads answers 1–5 as numbers or text, full-width digits too, and refuses the rest', () => {
    expect([1, 5, '3', ' 4 ', '５', '2.0'].map((v) => likertValue(v))).toEqual([1, 5, 3, 4, 5, 2]);
    expect([0, 6, 3.5, '3.5', '4分', 'good', '', '-1'].map((v) => likertValue(v))).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('adds each form as a response with its answers, blank answers left out, departments matched by name', () => {
    const state = diagnosisTestProject();
    const plan = planSurveyImport(state, [form('a.xlsx', ' 市场部', [['sq-2', 4], ['sq-3', null], ['sq-4', '']], { position: '经理', respondent: '张三' })], options());
    expect(plan.problems).toEqual([]);
    const after = execute(state, plan.command!).state;
    expect(Object.values(after.tables.surveyResponses)).toEqual([
      expect.objectContaining({ departmentId: 'mkt', position: '经理', respondent: '张三', source: 'a.xlsx', importedAt: '2026-03-02T09:00:00Z' }),
    ]);
    expect(Object.values(after.tables.surveyAnswers).map((a) => [a.questionId, a.value])).toEqual([['sq-2', 4]]);
  });

  it('names every problem, and changes nothing when there is one', () => {
    const state = diagnosisTestProject();
    const plan = planSurveyImport(
      state,
      [
        form('ok.xlsx', '研发部', [['sq-2', 3]]),
        form('bad.xlsx', '研发部', [['sq-2', 9], ['gone', 2]]),
        form('empty.xlsx', '', [['sq-2', null]]),
        form('dept.xlsx', '财务部', [['sq-2', 2]]),
      ],
      options(),
    );
    expect(plan.command).toBeNull();
    expect(plan.problems.map((p) => [p.key, p.params.source, p.params.cell])).toEqual([
      ['survey.out-of-range', 'bad.xlsx', 'D10'],
      ['survey.unknown-question', 'bad.xlsx', 'D11'],
      ['survey.empty', 'empty.xlsx', undefined],
      ['survey.unknown-department', 'dept.xlsx', 'D4'],
    ]);
  });

  it('counts a named respondent once per department, and an anonymous form once', () => {
    const state = diagnosisTestProject();
    const plan = planSurveyImport(
      state,
      [
        form('a.xlsx', '市场部', [['sq-2', 3]], { respondent: 'Li Na' }),
        form('b.xlsx', '市场部', [['sq-2', 4]], { respondent: 'li  na' }),
        form('c.xlsx', '研发部', [['sq-2', 4]], { respondent: 'Li Na' }),
        form('d.xlsx', '研发部', [['sq-2', 2]], { position: '工程师' }),
        form('e.xlsx', '研发部', [['sq-2', 2]], { position: '工程师' }),
        form('f.xlsx', '研发部', [['sq-2', 3]], { position: '工程师' }),
      ],
      options(),
    );
    expect(plan.problems).toEqual([
      { key: 'survey.duplicate', params: { source: 'b.xlsx', respondent: 'li  na', first: 'a.xlsx' } },
      { key: 'survey.duplicate', params: { source: 'e.xlsx', respondent: '研发部 · 工程师', first: 'd.xlsx' } },
    ]);
  });
});
