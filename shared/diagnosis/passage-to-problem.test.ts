import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { applyOps } from '../commands/ops';
import { counterIds, diagnosisTestProject } from './diagnosis-test-project';
import { passageToProblem } from './passage-to-problem';
import { openProblemIndex, titleFromPassage } from './problem-links';

function interviewed() {
  return execute(diagnosisTestProject(), {
    type: 'batch',
    commands: [
      { type: 'add', table: 'interviewees', row: { id: 'p1', name: '王磊', position: '产品部经理', departmentId: 'rd' } },
      { type: 'add', table: 'interviews', row: { id: 'i1', intervieweeId: 'p1', date: '2026-03-02', notes: '需求变更没有统一流程。研发返工多。' } },
      { type: 'add', table: 'interviewProcesses', row: { id: 'ip1', interviewId: 'i1', processId: 'launch' } },
      { type: 'add', table: 'interviewDepartments', row: { id: 'id1', interviewId: 'i1', departmentId: 'rd' } },
    ],
  }).state;
}

describe('a passage of an interview becomes a problem', () => {
  it('keeps the quote as evidence, links what the interview concerned, and is one undoable change', () => {
    const state = interviewed();
    const { problemId, command } = passageToProblem(state, { interviewId: 'i1', passage: ' 研发返工多，每次需求变更都要重做。 ', newId: counterIds(), now: '2026-03-02T10:00:00Z', label: 'x' });
    const done = execute(state, command);
    const problem = done.state.tables.problems[problemId]!;
    expect(problem).toMatchObject({ title: '研发返工多，每次需求变更都要重做', source: 'interview', evidence: '“研发返工多，每次需求变更都要重做。” — 王磊（产品部经理），2026-03-02', interviewId: 'i1', createdAt: '2026-03-02T10:00:00Z' });
    expect(Object.values(done.state.tables.interviewQuotes).map((q) => q.text)).toEqual(['研发返工多，每次需求变更都要重做。']);
    expect(Object.values(done.state.tables.problemProcesses).map((l) => [l.problemId, l.processId])).toEqual([[problemId, 'launch']]);
    expect(Object.values(done.state.tables.problemDepartments).map((l) => l.departmentId)).toEqual(['rd']);
    // Undo takes all of it back at once.
    expect(applyOps(done.state, done.inverse).state).toEqual(state);
  });

  it('does not quote the same passage twice', () => {
    let state = interviewed();
    state = execute(state, { type: 'add', table: 'interviewQuotes', row: { id: 'q1', interviewId: 'i1', text: '研发返工多。' } }).state;
    const { command } = passageToProblem(state, { interviewId: 'i1', passage: '研发返工多。', newId: counterIds(), now: '', label: 'x' });
    expect(Object.keys(execute(state, command).state.tables.interviewQuotes)).toEqual(['q1']);
  });

  it('titles a problem with the first sentence, cut to a readable length', () => {
    expect(titleFromPassage('Changes are not tracked. So R&D redoes work.')).toBe('Changes are not tracked');
    expect(titleFromPassage('信息传递滞后，\n  销售常常最后才知道')).toBe('信息传递滞后， 销售常常最后才知道');
    expect([...titleFromPassage('长'.repeat(100))]).toHaveLength(60);
  });

  it('badges the steps and processes of open problems only', () => {
    const state = execute(interviewed(), {
      type: 'batch',
      commands: [
        { type: 'add', table: 'problems', row: { id: 'open', title: 'Open' } },
        { type: 'add', table: 'problems', row: { id: 'done', title: 'Done', status: 'addressed' } },
        { type: 'add', table: 'problemSteps', row: { id: 'l1', problemId: 'open', stepId: 's2' } },
        { type: 'add', table: 'problemSteps', row: { id: 'l2', problemId: 'done', stepId: 's2' } },
        { type: 'add', table: 'problemProcesses', row: { id: 'l3', problemId: 'open', processId: 'launch' } },
      ],
    }).state;
    const index = openProblemIndex(state);
    expect(index.byStep.get('s2')!.map((p) => p.id)).toEqual(['open']);
    // Linked to the process and to one of its steps: counted once.
    expect(index.byProcess.get('launch')!.map((p) => p.id)).toEqual(['open']);
    expect(index.byProcess.has('budget')).toBe(false);
  });
});
