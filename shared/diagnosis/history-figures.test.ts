import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { diagnosisTestProject } from './diagnosis-test-project';
import { formatRate, historyTotals, processHistories } from './history-figures';

describe('history figures', () => {
  it('turns counts into delay and rework rates, and has no rate without projects', () => {
    expect(historyTotals([{ projects: 20, delayedProjects: 5, complaints: 7, reworks: 3 }])).toEqual({ projects: 20, delayedProjects: 5, complaints: 7, reworks: 3, delayRate: 0.25, reworkRate: 0.15 });
    expect(historyTotals([{ projects: 0, delayedProjects: 0, complaints: 4, reworks: 0 }])).toMatchObject({ complaints: 4, delayRate: null, reworkRate: null });
    expect([formatRate(0.375), formatRate(null)]).toEqual(['37.5%', '–']);
  });

  it('takes a process-wide record as the totals, or adds up its departments otherwise', () => {
    const state = execute(diagnosisTestProject(), {
      type: 'batch',
      commands: [
        { type: 'add', table: 'historyRecords', row: { id: 'h1', processId: 'launch', departmentId: 'rd', projects: 10, delayedProjects: 2, reworks: 4 } },
        { type: 'add', table: 'historyRecords', row: { id: 'h2', processId: 'launch', departmentId: 'mkt', projects: 6, delayedProjects: 3, complaints: 2 } },
        { type: 'add', table: 'historyRecords', row: { id: 'h3', processId: 'budget', projects: 4, delayedProjects: 1 } },
        { type: 'add', table: 'historyRecords', row: { id: 'h4', processId: 'budget', departmentId: 'mkt', projects: 2, delayedProjects: 2 } },
      ],
    }).state;
    const [launch, budget] = processHistories(state);
    expect(launch!.process.id).toBe('launch');
    // Departments in their order: 市场部 before 研发部.
    expect(launch!.records.map((r) => r.id)).toEqual(['h2', 'h1']);
    expect(launch!.totals).toMatchObject({ projects: 16, delayedProjects: 5, reworks: 4, delayRate: 5 / 16 });
    expect(budget!.records.map((r) => r.id)).toEqual(['h3', 'h4']);
    expect(budget!.totals).toMatchObject({ projects: 4, delayRate: 0.25 });
  });
});
