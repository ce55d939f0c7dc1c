import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { counterIds, diagnosisTestProject } from '../../shared/diagnosis/diagnosis-test-project';
import { writePlainWorkbook } from '../../test/support/openpyxl-workbooks';
import { historyWorkbookBytes } from './history-workbook';
import { planHistoryFile } from './history-import';

const dir = mkdtempSync(join(tmpdir(), 'lanewise-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = () => ({ newId: counterIds(), label: 'import' });

describe('history data workbooks', () => {
  it('imports a simple workbook a client made by hand, headers in English, below a title', async () => {
    const path = join(dir, 'client.xlsx');
    writePlainWorkbook(path, [['Project data 2025'], [], ['Process', 'Department', 'Projects', 'Delayed projects', 'Collaboration complaints', 'Rework count', 'Note'], ['Product launch', 'R&D', 12, 3, 9, 4, 'from PMO'], ['Annual budget', null, 1, 0, 2, 0, null], [null, null, null, null, null, null, null]], 'Data');
    const state = diagnosisTestProject('en');
    const plan = await planHistoryFile(state, { name: 'client.xlsx', bytes: readFileSync(path) }, options());
    expect(plan.problems).toEqual([]);
    const records = Object.values(execute(state, plan.command!).state.tables.historyRecords);
    expect(records.map((r) => [r.processId, r.departmentId, r.projects, r.delayedProjects, r.complaints, r.reworks, r.note])).toEqual([
      ['launch', 'rd', 12, 3, 9, 4, 'from PMO'],
      ['budget', null, 1, 0, 2, 0, ''],
    ]);
  });

  it('exports the figures entered so far and reads its own workbook back unchanged', async () => {
    let state = diagnosisTestProject();
    state = execute(state, { type: 'add', table: 'historyRecords', row: { id: 'h1', processId: 'launch', departmentId: 'mkt', periodFrom: '2025-01-01', periodTo: '2025-12-31', projects: 8, delayedProjects: 2, complaints: 3, reworks: 1 } }).state;
    const bytes = await historyWorkbookBytes(state);
    const plan = await planHistoryFile(state, { name: 'ours.xlsx', bytes }, options());
    expect(plan.problems).toEqual([]);
    expect([plan.added, plan.updated]).toEqual([0, 1]);
    expect(execute(state, plan.command!).state.tables.historyRecords).toEqual(state.tables.historyRecords);
  });

  it('refuses a workbook without the columns, and one with no figures filled in', async () => {
    const path = join(dir, 'other.xlsx');
    writePlainWorkbook(path, [['Name', 'Amount'], ['Travel', 300]]);
    const state = diagnosisTestProject();
    expect((await planHistoryFile(state, { name: 'other.xlsx', bytes: readFileSync(path) }, options())).problems).toEqual([{ key: 'history.wrong-form', params: { file: 'other.xlsx' } }]);
    const blank = await planHistoryFile(state, { name: 'blank.xlsx', bytes: await historyWorkbookBytes(state) }, options());
    expect(blank.problems.map((p) => p.key)).toEqual(['history.empty']);
  });
});
