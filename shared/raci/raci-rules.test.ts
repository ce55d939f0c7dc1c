import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import { emptyProject, type ProjectState } from '../model/project-state';
import { checkProject } from './raci-checker';
import type { RuleId } from './finding';

/** Two departments with lanes, one position, and `n` steps in the Sales lane with no cells. */
function project(n = 1): ProjectState {
  const commands: CommandInput[] = [
    { type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 3, overloadShare: 0.5, seedResponsible: false } } },
    { type: 'add', table: 'departments', row: { id: 'sales', name: '销售部' } },
    { type: 'add', table: 'departments', row: { id: 'mkt', name: '市场部' } },
    { type: 'add', table: 'departments', row: { id: 'legal', name: '法务部' } },
    { type: 'add', table: 'departments', row: { id: 'pr', name: '公关部' } },
    { type: 'add', table: 'departments', row: { id: 'it', name: '技术部' } },
    { type: 'add', table: 'positions', row: { id: 'mgr', departmentId: 'sales', name: '销售部经理' } },
    { type: 'add', table: 'processes', row: { id: 'p', name: 'Event' } },
    { type: 'add', table: 'lanes', row: { id: 'ls', processId: 'p', departmentId: 'sales' } },
    { type: 'add', table: 'lanes', row: { id: 'lm', processId: 'p', departmentId: 'mkt' } },
  ];
  for (let i = 1; i <= n; i++) commands.push({ type: 'add', table: 'steps', row: { id: `s${i}`, processId: 'p', laneId: 'ls', name: `Step ${i}`, x: i * 100, durationValue: 2, durationUnit: 'days' } });
  return commands.reduce((s, c) => execute(s, c).state, emptyProject({ name: 'T', language: 'en', organisation: '' }));
}

function cells(state: ProjectState, stepId: string, row: Record<string, string>): ProjectState {
  return Object.entries(row).reduce((s, [partyId, letters]) => execute(s, { type: 'setRaci', stepId, partyId, letters }).state, state);
}

function rules(state: ProjectState, stepId: string | null = 's1'): RuleId[] {
  return checkProject(state)
    .filter((f) => f.stepId === stepId)
    .map((f) => f.ruleId)
    .sort();
}

/** A clean row: sales R, mkt A — the Sales lane is covered and both columns hold R or A. */
const clean = { sales: 'R', mkt: 'A' };

describe('RACI rules', () => {
  it('a clean row has no findings at all', () => {
    expect(checkProject(cells(project(), 's1', clean))).toEqual([]);
  });

  it('raci.unassigned: a step with no cell (and no other step rule on top)', () => {
    expect(rules(project())).toEqual(['raci.unassigned']);
    expect(rules(cells(project(), 's1', clean))).not.toContain('raci.unassigned');
  });

  it('raci.no-accountable', () => {
    expect(rules(cells(project(), 's1', { sales: 'R' }))).toEqual(['raci.no-accountable']);
    expect(rules(cells(project(), 's1', { sales: 'RA' }))).toEqual([]);
  });

  it('raci.multiple-accountable names the parties', () => {
    const state = cells(project(), 's1', { sales: 'RA', mkt: 'A' });
    const f = checkProject(state).find((x) => x.ruleId === 'raci.multiple-accountable');
    expect(f?.severity).toBe('error');
    expect(f?.partyIds).toEqual(['sales', 'mkt']);
    expect(f?.message['zh-CN']).toContain('销售部, 市场部');
    expect(rules(cells(project(), 's1', clean))).not.toContain('raci.multiple-accountable');
  });

  it('raci.no-responsible', () => {
    expect(rules(cells(project(), 's1', { sales: 'A' }))).toEqual(['raci.no-responsible']);
    expect(rules(cells(project(), 's1', clean))).toEqual([]);
  });

  it('raci.lane-mismatch: the lane department holds neither R nor A (a position of it counts)', () => {
    expect(rules(cells(project(), 's1', { mkt: 'RA', sales: 'C' }))).toEqual(['raci.lane-mismatch']);
    expect(rules(cells(project(), 's1', { mkt: 'A', mgr: 'R' }))).toEqual([]);
  });

  it('raci.too-many-consulted and raci.too-many-informed use the project thresholds', () => {
    const many = { ...clean, legal: 'C', pr: 'C', it: 'C', mgr: 'C' };
    expect(rules(cells(project(), 's1', many))).toContain('raci.too-many-consulted');
    expect(rules(cells(project(), 's1', { ...clean, legal: 'C', pr: 'C', it: 'C' }))).not.toContain('raci.too-many-consulted');
    const informed = { ...clean, legal: 'I', pr: 'I', it: 'I', mgr: 'I' };
    expect(rules(cells(project(), 's1', informed))).toContain('raci.too-many-informed');
    const raised = execute(cells(project(), 's1', informed), { type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 4, overloadShare: 0.5, seedResponsible: false } } }).state;
    expect(rules(raised)).not.toContain('raci.too-many-informed');
  });

  it('raci.redundant-ci is info', () => {
    const f = checkProject(cells(project(), 's1', { ...clean, legal: 'CI' })).filter((x) => x.ruleId === 'raci.redundant-ci');
    expect(f.map((x) => [x.severity, x.partyIds])).toEqual([['info', ['legal']]]);
    expect(rules(cells(project(), 's1', { ...clean, legal: 'C' }))).toEqual([]);
  });

  it('raci.idle-party: a column with only C/I in the process, or a lane with no R/A', () => {
    const state = cells(project(), 's1', { sales: 'RA', legal: 'C' });
    expect(rules(state, null)).toEqual(['raci.idle-party', 'raci.idle-party']);
    expect(checkProject(state).filter((f) => f.ruleId === 'raci.idle-party').flatMap((f) => f.partyIds).sort()).toEqual(['legal', 'mkt']);
    expect(rules(cells(project(), 's1', clean), null)).toEqual([]);
  });

  it('raci.overload: A on more than the set share of a process', () => {
    let state = project(4);
    for (const s of ['s1', 's2', 's3']) state = cells(state, s, { sales: 'R', mkt: 'A' });
    state = cells(state, 's4', { sales: 'RA' });
    expect(checkProject(state).filter((f) => f.ruleId === 'raci.overload').flatMap((f) => f.partyIds)).toEqual(['mkt']);
    state = cells(state, 's3', { sales: 'RA', mkt: '' });
    expect(checkProject(state).filter((f) => f.ruleId === 'raci.overload')).toEqual([]);
  });

  it('step.no-duration: a step that takes time but has none set, not a start or end', () => {
    const timed = cells(project(), 's1', clean);
    const untimed = execute(timed, { type: 'update', table: 'steps', id: 's1', patch: { durationValue: null } }).state;
    const [finding] = checkProject(untimed);
    expect(checkProject(untimed)).toHaveLength(1);
    expect(finding).toMatchObject({ ruleId: 'step.no-duration', severity: 'warning', stepId: 's1' });
    expect(finding!.message.en).toBe('N01 Step 1: Step has no expected duration');
    expect(finding!.message['zh-CN']).toBe('N01 Step 1：节点未填写耗时');
    expect(finding!.fix['zh-CN']).toContain('—');
    expect(finding!.fix.en).toContain('—');
    const start = execute(untimed, { type: 'update', table: 'steps', id: 's1', patch: { kind: 'start' } }).state;
    expect(rules(start)).not.toContain('step.no-duration');
    // A duration of zero is a duration.
    expect(rules(execute(untimed, { type: 'update', table: 'steps', id: 's1', patch: { durationValue: 0 } }).state)).toEqual([]);
  });

  it('every rule has a message and a fix in both languages', () => {
    const untimed = execute(project(), { type: 'update', table: 'steps', id: 's1', patch: { durationValue: null } }).state;
    const all = checkProject(cells(untimed, 's1', { mkt: 'AC', sales: 'A', legal: 'CI' }));
    expect(all.some((f) => f.ruleId === 'step.no-duration')).toBe(true);
    for (const f of all) {
      expect(f.message['zh-CN'].length).toBeGreaterThan(3);
      expect(f.message.en.length).toBeGreaterThan(3);
      expect(f.fix['zh-CN']).not.toEqual(f.fix.en);
    }
  });
});

describe('start and end events', () => {
  function withEvents(eventsNeedRaci: boolean): ProjectState {
    let state = project();
    state = execute(state, { type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 3, overloadShare: 0.5, seedResponsible: false, eventsNeedRaci } } }).state;
    state = execute(state, {
      type: 'batch',
      commands: [
        { type: 'add', table: 'steps', row: { id: 'start', processId: 'p', laneId: 'ls', kind: 'start', name: 'Begin', durationValue: 0, durationUnit: 'hours' } },
        { type: 'add', table: 'steps', row: { id: 'end', processId: 'p', laneId: 'lm', kind: 'end', name: 'Done', durationValue: 0, durationUnit: 'hours' } },
      ],
    }).state;
    return cells(state, 's1', clean);
  }

  it('need no RACI: an empty row for a start or end event is not a finding', () => {
    const state = withEvents(false);
    expect(rules(state, 'start')).toEqual([]);
    expect(rules(state, 'end')).toEqual([]);
    // A task without cells is still flagged.
    expect(rules(execute(state, { type: 'add', table: 'steps', row: { id: 't', processId: 'p', laneId: 'ls', durationValue: 1, durationUnit: 'days' } }).state, 't')).toEqual(['raci.unassigned']);
  });

  it('are checked like any step when the project setting asks for it', () => {
    const state = withEvents(true);
    expect(rules(state, 'start')).toEqual(['raci.unassigned']);
    expect(rules(state, 'end')).toEqual(['raci.unassigned']);
  });

  it('get no R for their lane when they are added, unless they are checked', () => {
    const seeded = (eventsNeedRaci: boolean) => {
      let state = execute(project(), { type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 3, overloadShare: 0.5, seedResponsible: true, eventsNeedRaci } } }).state;
      state = execute(state, { type: 'add', table: 'steps', row: { id: 'e', processId: 'p', laneId: 'ls', kind: 'end' } }).state;
      return state.raci.e ?? {};
    };
    expect(seeded(false)).toEqual({});
    expect(seeded(true)).toEqual({ sales: 'R' });
  });
});
