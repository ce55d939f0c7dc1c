import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { counterIds, diagnosisTestProject } from './diagnosis-test-project';
import { planHistoryImport, type HistoryRow, type CellValue } from './history-import-plan';

const at = (column: string, row: number, raw: CellValue) => ({ cell: `${column}${row}`, raw });
function row(n: number, process: string, counts: [CellValue, CellValue, CellValue, CellValue], extra: { department?: string; from?: CellValue; to?: CellValue } = {}): HistoryRow {
  return {
    source: 'data.xlsx',
    row: n,
    process: at('A', n, process),
    department: extra.department === undefined ? null : at('B', n, extra.department),
    periodFrom: extra.from === undefined ? null : at('C', n, extra.from),
    periodTo: extra.to === undefined ? null : at('D', n, extra.to),
    projects: at('E', n, counts[0]),
    delayedProjects: at('F', n, counts[1]),
    complaints: at('G', n, counts[2]),
    reworks: at('H', n, counts[3]),
    note: null,
  };
}
const options = () => ({ newId: counterIds(), label: 'import' });

describe('history import plan', () => {
  it('adds a record per row, the project’s period where a row has none, dates typed or as Excel serials', () => {
    let state = diagnosisTestProject();
    state = execute(state, { type: 'setMeta', patch: { diagnosis: { ...state.meta.diagnosis, periodFrom: '2025-01-01', periodTo: '2025-12-31' } } }).state;
    const plan = planHistoryImport(state, [row(4, '新产品上线', [20, 5, '7', '1,2']), row(5, '年度预算编制', [4, 1, 0, null], { department: '市场部', from: 45658, to: '2025年6月30日' })], options());
    expect(plan.problems).toEqual([]);
    expect([plan.added, plan.updated]).toEqual([2, 0]);
    const records = Object.values(execute(state, plan.command!).state.tables.historyRecords);
    expect(records.map((r) => [r.processId, r.departmentId, r.periodFrom, r.periodTo, r.projects, r.delayedProjects, r.complaints, r.reworks])).toEqual([
      ['launch', null, '2025-01-01', '2025-12-31', 20, 5, 7, 12],
      ['budget', 'mkt', '2025-01-01', '2025-06-30', 4, 1, 0, 0],
    ]);
  });

  it('updates the record of the same process, department and period instead of adding one', () => {
    let state = diagnosisTestProject();
    state = execute(state, { type: 'add', table: 'historyRecords', row: { id: 'old', processId: 'launch', projects: 3 } }).state;
    const plan = planHistoryImport(state, [row(4, '新产品上线', [30, 3, 1, 2])], options());
    expect([plan.added, plan.updated]).toEqual([0, 1]);
    expect(execute(state, plan.command!).state.tables.historyRecords.old).toMatchObject({ projects: 30, delayedProjects: 3 });
  });

  it('refuses unknown processes, bad counts and dates, more delayed than projects, and a row twice', () => {
    const plan = planHistoryImport(
      diagnosisTestProject(),
      [row(4, '采购流程', [1, 0, 0, 0]), row(5, '新产品上线', [-1, 'many', 0, 2.5], { from: '31/12/2025' }), row(6, '新产品上线', [2, 3, 0, 0]), row(7, '年度预算编制', [1, 0, 0, 0]), row(8, '年度预算编制', [2, 0, 0, 0])],
      options(),
    );
    expect(plan.command).toBeNull();
    expect(plan.problems.map((p) => [p.key, p.params.cell ?? p.params.row])).toEqual([
      ['history.unknown-process', 'A4'],
      ['history.bad-count', 'E5'],
      ['history.bad-count', 'F5'],
      ['history.bad-count', 'H5'],
      ['history.bad-date', 'C5'],
      ['history.delayed-exceeds', '6'],
      ['history.twice', '8'],
    ]);
  });
});
