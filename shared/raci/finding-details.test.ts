import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import type { ProjectState } from '../model/project-state';
import type { Finding } from './finding';
import { checkProject } from './raci-checker';
import { liveAndFull, PARTIES, rulesProject } from './rules-test-project';

const brief = (f: Finding) => ({ key: f.key, severity: f.severity, stepId: f.stepId, partyIds: f.partyIds, en: f.message.en, zh: f.message['zh-CN'] });
const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
const findings = (state: ProjectState) => checkProject(state).map(brief).sort(byKey);

describe('what each finding says: the step or process, the parties, the figures', () => {
  it('every rule broken once: each finding names its subject exactly, in both languages', () => {
    const state = rulesProject(
      [
        {},
        { sales: 'R' },
        { sales: 'RA', mgr: 'A' },
        { sales: 'A' },
        { mkt: 'RA' },
        { sales: 'RA', mkt: 'C', legal: 'C', pr: 'C', it: 'C' },
        { sales: 'RA', mkt: 'I', legal: 'I', pr: 'I', it: 'I' },
        { sales: 'RA', mkt: 'CI' },
        { sales: 'RA' },
      ],
      { untimed: ['s9'] },
    );
    expect(findings(state)).toEqual(
      [
        { key: 'raci.unassigned|s1', severity: 'error', stepId: 's1', partyIds: [], en: 'N01 Step 1: Step has no assignment at all', zh: 'N01 Step 1：节点未分配任何职责' },
        { key: 'raci.no-accountable|s2', severity: 'error', stepId: 's2', partyIds: [], en: 'N02 Step 2: Step has no A (Accountable)', zh: 'N02 Step 2：节点没有 A（负责人）' },
        {
          key: 'raci.multiple-accountable|s3',
          severity: 'error',
          stepId: 's3',
          partyIds: ['sales', 'mgr'],
          en: 'N03 Step 3 (Sales, Sales manager): Step has more than one A (Accountable)',
          zh: 'N03 Step 3（Sales, Sales manager）：节点有多个 A（负责人）',
        },
        { key: 'raci.no-responsible|s4', severity: 'error', stepId: 's4', partyIds: [], en: 'N04 Step 4: Step has no R (Responsible)', zh: 'N04 Step 4：节点没有 R（执行者）' },
        {
          key: 'raci.lane-mismatch|s5',
          severity: 'warning',
          stepId: 's5',
          partyIds: ['sales'],
          en: "N05 Step 5 (Sales): The step's lane department is neither R nor A",
          zh: 'N05 Step 5（Sales）：泳道部门在矩阵中既非执行者也非负责人',
        },
        {
          key: 'raci.too-many-consulted|s6',
          severity: 'warning',
          stepId: 's6',
          partyIds: ['mkt', 'legal', 'pr', 'it'],
          en: 'N06 Step 6 (4 > 3): Too many C (Consulted)',
          zh: 'N06 Step 6（4 > 3）：C（咨询者）过多',
        },
        {
          key: 'raci.too-many-informed|s7',
          severity: 'warning',
          stepId: 's7',
          partyIds: ['mkt', 'legal', 'pr', 'it'],
          en: 'N07 Step 7 (4 > 3): Too many I (Informed)',
          zh: 'N07 Step 7（4 > 3）：I（知会者）过多',
        },
        {
          key: 'raci.redundant-ci|s8/mkt',
          severity: 'info',
          stepId: 's8',
          partyIds: ['mkt'],
          en: 'N08 Step 8 (Marketing): C and I in the same cell (redundant)',
          zh: 'N08 Step 8（Marketing）：同一单元格同时为 C 和 I(冗余)',
        },
        { key: 'step.no-duration|s9', severity: 'warning', stepId: 's9', partyIds: [], en: 'N09 Step 9: Step has no expected duration', zh: 'N09 Step 9：节点未填写耗时' },
        // Columns: HR has a lane and no R or A; Legal, PR and IT are only ever C or I.
        ...['hr', 'legal', 'pr', 'it'].map((id) => ({
          key: `raci.idle-party|p/${id}`,
          severity: 'warning',
          stepId: null,
          partyIds: [id],
          en: `Event · ${PARTIES[id]}: Party holds no R or A anywhere in this process`,
          zh: `Event · ${PARTIES[id]}：该方在本流程中没有任何 R 或 A`,
        })),
        // Sales is A on s3, s4, s6, s7, s8 and s9.
        { key: 'raci.overload|p/sales', severity: 'warning', stepId: null, partyIds: ['sales'], en: 'Event · Sales (A 6/9): Party is the A (Accountable) of too many steps', zh: 'Event · Sales（A 6/9）：A（负责人）过于集中' },
      ].sort(byKey),
    );
  });

  it('a step without a code is named by its name alone', () => {
    const state = execute(rulesProject([{ sales: 'R' }]), { type: 'update', table: 'steps', id: 's1', patch: { code: '' } }).state;
    expect(checkProject(state).filter((f) => f.stepId === 's1').map((f) => f.message.en)).toEqual(['Step 1: Step has no A (Accountable)']);
  });

  it('a position counts for its department: a Sales manager who is R covers the Sales lane', () => {
    expect(findings(rulesProject([{ mgr: 'R', mkt: 'A' }, { mgr: 'R', mkt: 'A' }]))).toEqual([
      expect.objectContaining({ key: 'raci.idle-party|p/hr' }),
    ]);
  });

  it('a process with lanes but no steps yet has nothing to report', () => {
    expect(checkProject(rulesProject([]))).toEqual([]);
  });

  it('counts of C and I at the limit are fine; one over names every C (or I) and only them', () => {
    const atLimit = rulesProject([{ sales: 'RA', mkt: 'C', legal: 'C', pr: 'C', hr: 'RI', it: 'I', mgr: 'I' }]);
    const ofStep = (state: ProjectState) => findings(state).filter((f) => f.stepId === 's1');
    expect(ofStep(atLimit)).toEqual([]);
    const over = execute(atLimit, { type: 'setRaci', stepId: 's1', partyId: 'hr', letters: 'RC' }).state;
    expect(ofStep(over).map((f) => [f.key, f.partyIds])).toEqual([['raci.too-many-consulted|s1', ['mkt', 'legal', 'pr', 'hr']]]);
  });
});

describe('a file whose references point nowhere (lanewise check reads it to report them)', () => {
  // What readProjectFile hands `check` for such a file: cells and lanes the tables do not hold.
  function dangling(): ProjectState {
    const state = rulesProject([{ sales: 'R', mkt: 'A' }, { sales: 'R', mkt: 'A' }, { sales: 'R', mkt: 'A' }, { sales: 'R', mkt: 'A' }]);
    const s1 = state.tables.steps.s1!;
    return {
      ...state,
      tables: { ...state.tables, steps: { ...state.tables.steps, s1: { ...s1, laneId: 'gone-lane' } } },
      raci: { ...state.raci, s1: { ...state.raci.s1, ghost: 'RA' }, s2: { ...state.raci.s2, ghost: 'A' }, s3: { ...state.raci.s3, ghost: 'A' } },
    };
  }

  it('are checked without failing: an unknown party is named by its id, a step in an unknown lane has no lane to cover', () => {
    expect(findings(dangling()).map((f) => [f.key, f.partyIds, f.en])).toEqual(
      [
        ['raci.idle-party|p/hr', ['hr'], 'Event · HR: Party holds no R or A anywhere in this process'],
        ['raci.multiple-accountable|s1', ['mkt', 'ghost'], 'N01 Step 1 (Marketing, ghost): Step has more than one A (Accountable)'],
        ['raci.multiple-accountable|s2', ['mkt', 'ghost'], 'N02 Step 2 (Marketing, ghost): Step has more than one A (Accountable)'],
        ['raci.multiple-accountable|s3', ['mkt', 'ghost'], 'N03 Step 3 (Marketing, ghost): Step has more than one A (Accountable)'],
        ['raci.overload|p/ghost', ['ghost'], 'Event · ghost (A 3/4): Party is the A (Accountable) of too many steps'],
        ['raci.overload|p/mkt', ['mkt'], 'Event · Marketing (A 4/4): Party is the A (Accountable) of too many steps'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });
});

describe('the live check after each edit says what a full check says', () => {
  const live = (start: ProjectState, commands: readonly CommandInput[]) => liveAndFull(start, commands, brief);
  const four = () => rulesProject([{ sales: 'R', mkt: 'A' }, { sales: 'R', mkt: 'A' }, { sales: 'R', mkt: 'A' }, { sales: 'RA', hr: 'R' }]);

  it('new thresholds in the project settings re-check every step', () => {
    const start = rulesProject([{ sales: 'RA', mkt: 'I', legal: 'I', hr: 'RI' }]);
    const { live: now, full } = live(start, [{ type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 2, overloadShare: 0.5, seedResponsible: false } } }]);
    expect(now.filter((f) => f.stepId === 's1').map((f) => f.key)).toEqual(['raci.too-many-informed|s1']);
    expect(now).toEqual(full);
  });

  it('a renamed process or department is named anew in every finding', () => {
    const { live: now, full } = live(four(), [
      { type: 'update', table: 'processes', id: 'p', patch: { name: 'Launch' } },
      { type: 'update', table: 'departments', id: 'mkt', patch: { name: 'Brand' } },
    ]);
    expect(now.map((f) => f.en)).toEqual(['Launch · Brand (A 3/4): Party is the A (Accountable) of too many steps']);
    expect(now).toEqual(full);
  });

  it('a new lane for a department with no R or A makes it idle; a cell change keeps the process figures', () => {
    const { live: now, full } = live(four(), [
      { type: 'add', table: 'lanes', row: { id: 'll', processId: 'p', departmentId: 'legal' } },
      { type: 'setRaci', stepId: 's4', partyId: 'pr', letters: 'C' },
    ]);
    expect(now.map((f) => f.key)).toEqual(['raci.idle-party|p/legal', 'raci.idle-party|p/pr', 'raci.overload|p/mkt']);
    expect(now).toEqual(full);
  });

  it('a second process keeps its lanes to itself', () => {
    const { live: now, full } = live(four(), [
      { type: 'add', table: 'processes', row: { id: 'q', name: 'Audit' } },
      { type: 'add', table: 'lanes', row: { id: 'ql', processId: 'q', departmentId: 'it' } },
      { type: 'add', table: 'steps', row: { id: 'q1', processId: 'q', laneId: 'ql', code: 'A01', name: 'Plan', durationValue: 1, durationUnit: 'days' } },
      { type: 'setRaci', stepId: 'q1', partyId: 'it', letters: 'RA' },
      { type: 'setRaci', stepId: 's1', partyId: 'legal', letters: 'C' },
    ]);
    expect(now.map((f) => f.key)).toEqual(['raci.idle-party|p/legal', 'raci.overload|p/mkt']);
    expect(now).toEqual(full);
  });

  it('a deleted process takes its findings with it', () => {
    const { live: now, full } = live(four(), [{ type: 'delete', table: 'processes', id: 'p' }]);
    expect(now).toEqual([]);
    expect(full).toEqual([]);
  });
});
