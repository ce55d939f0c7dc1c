import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands/command-schema';
import { measurementLabels } from '../metrics/measurement-labels';
import { addressedRows } from '../metrics/measurement-tables';
import { orderToCash, orderToCashRedesign, run } from '../metrics/metrics-test-project';
import type { ProjectState } from '../model/project-state';
import { snapshotProcess } from '../process/process-snapshot';
import { addressedProblems } from './addressed-problems';
import { measureVersion } from './measured-version';
import { compareVersions } from './version-compare';

const problem = (id: string, title: string, patch: Record<string, unknown>): CommandInput =>
  ({ type: 'add', table: 'problems', row: { id, title, impact: 3, urgency: 3, ...patch } }) as CommandInput;

/** The as-is with its problems: the credit approval doubles the wait, the order step is vague, … */
function asIs(): ProjectState {
  return run(
    orderToCash(),
    problem('p-wait', 'Orders wait for a second approval', { status: 'addressed', addressedByStepId: 's3', addressedNote: 'Credit checked at order time', impact: 5 }),
    { type: 'add', table: 'problemSteps', row: { id: 'ps1', problemId: 'p-wait', stepId: 's3' } },
    problem('p-vague', 'Nobody checks the order', { status: 'addressed', addressedByStepId: 's2', impact: 4 }),
    { type: 'add', table: 'problemProcesses', row: { id: 'pp1', problemId: 'p-vague', processId: 'pr' } },
    problem('p-words', 'Invoices go to the wrong desk', { status: 'addressed', addressedNote: 'Invoicing moves to Sales', impact: 2 }),
    { type: 'add', table: 'problemProcesses', row: { id: 'pp2', problemId: 'p-words', processId: 'pr' } },
    problem('p-open', 'Reminders are late', { status: 'open' }),
    { type: 'add', table: 'problemProcesses', row: { id: 'pp3', problemId: 'p-open', processId: 'pr' } },
    problem('p-other', 'A problem of no process here', { status: 'addressed', addressedNote: 'elsewhere' }),
  );
}

function compare(before: ProjectState, after: ProjectState) {
  return compareVersions(measureVersion('As-is', snapshotProcess(before, 'pr'), 'pr', before), measureVersion('To-be', snapshotProcess(after, 'pr'), 'pr', after));
}

describe('problems the redesign addresses', () => {
  it('lists the addressed problems of the process in priority order, with what addresses them', () => {
    const before = asIs();
    const after = run(before, ...orderToCashRedesign());
    const list = addressedProblems(after, 'pr', compare(before, after));
    expect(list.map((a) => [a.problem.id, a.step && [a.step.change, a.step.label, a.step.fields], a.note])).toEqual([
      // Deleting N03 nulled the link and cascaded its step link away; the kept copy still names it.
      ['p-wait', ['removed', 'N03 Step N03', []], 'Credit checked at order time'],
      ['p-vague', ['changed', 'N02 Take and check order', ['name', 'duration']], ''],
      ['p-words', null, 'Invoicing moves to Sales'],
    ]);
  });

  it('says a step the to-be adds, and one it keeps as it was', () => {
    const before = asIs();
    const after = run(
      before,
      { type: 'add', table: 'steps', row: { id: 's9', processId: 'pr', laneId: 'l1', code: 'N09', name: 'Check credit', kind: 'task', x: 0, y: 0 } },
      { type: 'update', table: 'problems', id: 'p-vague', patch: { addressedByStepId: 's9' } },
      { type: 'update', table: 'problems', id: 'p-words', patch: { addressedByStepId: 's5' } },
    );
    const list = addressedProblems(after, 'pr', compare(before, after));
    expect(list.map((a) => [a.problem.id, a.step?.change, a.step?.label])).toEqual([
      ['p-wait', 'unchanged', 'N03 Step N03'],
      ['p-vague', 'added', 'N09 Check credit'],
      ['p-words', 'unchanged', 'N05 Step N05'],
    ]);
  });

  it('leaves out problems still open or accepted, and those of other processes', () => {
    const before = run(asIs(), { type: 'update', table: 'problems', id: 'p-vague', patch: { status: 'accepted' } });
    const ids = addressedProblems(before, 'pr', compare(before, before)).map((a) => a.problem.id);
    expect(ids).toEqual(['p-wait', 'p-words']);
  });

  it('reads as rows of the comparison table in both languages', () => {
    const before = asIs();
    const after = run(before, ...orderToCashRedesign());
    const list = addressedProblems(after, 'pr', compare(before, after));
    expect(addressedRows(list, measurementLabels('en'))).toEqual([
      ['Orders wait for a second approval', 'removed step N03 Step N03', 'Credit checked at order time'],
      ['Nobody checks the order', 'changed step N02 Take and check order: name; duration', ''],
      ['Invoices go to the wrong desk', 'none', 'Invoicing moves to Sales'],
    ]);
    expect(addressedRows(list, measurementLabels('zh-CN')).map((r) => r[1])).toEqual(['删除步骤 N03 Step N03', '修改步骤 N02 Take and check order：名称；耗时', '无']);
  });
});

describe('the addressing step kept on the problem', () => {
  it('is copied when the step is chosen, cleared when it is unset, and outlives the step', () => {
    const chosen = asIs();
    expect(chosen.tables.problems['p-wait']).toMatchObject({ addressedByStepId: 's3', addressedStepRef: 's3', addressedStepLabel: 'N03 Step N03' });
    const deleted = run(chosen, { type: 'delete', table: 'steps', id: 's3' });
    expect(deleted.tables.problems['p-wait']).toMatchObject({ addressedByStepId: null, addressedStepRef: 's3', addressedStepLabel: 'N03 Step N03' });
    const unset = run(chosen, { type: 'update', table: 'problems', id: 'p-wait', patch: { addressedByStepId: null } });
    expect(unset.tables.problems['p-wait']).toMatchObject({ addressedStepRef: null, addressedStepLabel: '' });
    const other = run(chosen, { type: 'update', table: 'problems', id: 'p-wait', patch: { title: 'Renamed' } });
    expect(other.tables.problems['p-wait']).toMatchObject({ addressedStepRef: 's3', addressedStepLabel: 'N03 Step N03' });
  });
});
