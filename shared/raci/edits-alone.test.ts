import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import type { ProjectState } from '../model/project-state';
import type { Finding } from './finding';
import { checkProject } from './raci-checker';
import { liveAndFull, rulesProject } from './rules-test-project';

/**
 * One edit on its own, checked live: the edits of finding-details.test.ts come with a cell change
 * or a department rename, which re-check the process anyway and hide a live check that forgets one.
 */
const brief = (f: Finding) => ({ key: f.key, en: f.message.en });

const live = (start: ProjectState, commands: readonly CommandInput[]) => liveAndFull(start, commands, brief);

/** Marketing is the A of three steps of four: too much accountability in one place. */
const overloaded = () => rulesProject([{ sales: 'R', mkt: 'A' }, { sales: 'R', mkt: 'A' }, { sales: 'R', mkt: 'A' }, { sales: 'RA', hr: 'R' }]);

describe('the live check after one edit on its own', () => {
  it('a renamed process is named anew in its findings', () => {
    const { live: now, full } = live(overloaded(), [{ type: 'update', table: 'processes', id: 'p', patch: { name: 'Launch' } }]);
    expect(now).toEqual([{ key: 'raci.overload|p/mkt', en: 'Launch · Marketing (A 3/4): Party is the A (Accountable) of too many steps' }]);
    expect(now).toEqual(full);
  });

  it('a renamed position is named anew in the findings of its steps', () => {
    const { live: now, full } = live(rulesProject([{ sales: 'RA', mgr: 'A' }]), [{ type: 'update', table: 'positions', id: 'mgr', patch: { name: 'Head of sales' } }]);
    expect(now).toEqual([
      { key: 'raci.idle-party|p/hr', en: 'Event · HR: Party holds no R or A anywhere in this process' },
      { key: 'raci.multiple-accountable|s1', en: 'N01 Step 1 (Sales, Head of sales): Step has more than one A (Accountable)' },
    ]);
    expect(now).toEqual(full);
  });

  it('a lane added makes its department idle, and the lane removed takes that finding away', () => {
    const addLegal: CommandInput = { type: 'add', table: 'lanes', row: { id: 'll', processId: 'p', departmentId: 'legal' } };
    const added = live(overloaded(), [addLegal]);
    expect(added.live.map((f) => f.key)).toEqual(['raci.idle-party|p/legal', 'raci.overload|p/mkt']);
    expect(added.live).toEqual(added.full);
    const removed = live(overloaded(), [addLegal, { type: 'delete', table: 'lanes', id: 'll' }]);
    expect(removed.live.map((f) => f.key)).toEqual(['raci.overload|p/mkt']);
    expect(removed.live).toEqual(removed.full);
  });

  it("a lane given to another department re-checks the lane's steps", () => {
    const { live: now, full } = live(rulesProject([{ sales: 'RA' }]), [{ type: 'update', table: 'lanes', id: 'ls', patch: { departmentId: 'legal' } }]);
    expect(now).toEqual([
      { key: 'raci.idle-party|p/hr', en: 'Event · HR: Party holds no R or A anywhere in this process' },
      { key: 'raci.idle-party|p/legal', en: 'Event · Legal: Party holds no R or A anywhere in this process' },
      { key: 'raci.lane-mismatch|s1', en: "N01 Step 1 (Legal): The step's lane department is neither R nor A" },
    ]);
    expect(now).toEqual(full);
  });

  it('start and end events that need no RACI do not count as steps of the matrix when a process is re-checked', () => {
    const withEvents = execute(overloaded(), {
      type: 'batch',
      commands: [
        { type: 'add', table: 'steps', row: { id: 'e1', processId: 'p', laneId: 'ls', code: 'E1', name: 'Start', kind: 'start', durationValue: null, durationUnit: 'days' } },
        { type: 'add', table: 'steps', row: { id: 'e2', processId: 'p', laneId: 'ls', code: 'E2', name: 'End', kind: 'end', durationValue: null, durationUnit: 'days' } },
      ],
    }).state;
    const { live: now, full } = live(withEvents, [{ type: 'update', table: 'processes', id: 'p', patch: { name: 'Launch' } }]);
    // Three of the four steps, not three of six.
    expect(now).toEqual([{ key: 'raci.overload|p/mkt', en: 'Launch · Marketing (A 3/4): Party is the A (Accountable) of too many steps' }]);
    expect(now).toEqual(full);
  });

  it('start and end events count as steps of the matrix when the project asks for their RACI', () => {
    const start = execute(overloaded(), {
      type: 'batch',
      commands: [
        { type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 3, overloadShare: 0.5, seedResponsible: false, eventsNeedRaci: true } } },
        { type: 'add', table: 'steps', row: { id: 'e1', processId: 'p', laneId: 'ls', code: 'E1', name: 'Start', kind: 'start', durationValue: null, durationUnit: 'days' } },
        { type: 'add', table: 'steps', row: { id: 'e2', processId: 'p', laneId: 'ls', code: 'E2', name: 'End', kind: 'end', durationValue: null, durationUnit: 'days' } },
      ],
    }).state;
    const { live: now, full } = live(start, [{ type: 'update', table: 'processes', id: 'p', patch: { name: 'Launch' } }]);
    // Three of six steps is not more than half: no overload, and the events have nobody assigned.
    expect(now).toEqual([
      { key: 'raci.unassigned|e1', en: 'E1 Start: Step has no assignment at all' },
      { key: 'raci.unassigned|e2', en: 'E2 End: Step has no assignment at all' },
    ]);
    expect(now).toEqual(full);
  });
});

describe('a file whose cells name a party the tables do not hold', () => {
  it('is checked without failing, and that party is not reported idle (check reports the reference instead)', () => {
    const state = rulesProject([{ sales: 'R', mkt: 'A' }]);
    const withGhost: ProjectState = { ...state, raci: { ...state.raci, s1: { ...state.raci.s1, ghost: 'C' } } };
    expect(checkProject(withGhost).map(brief)).toEqual([{ key: 'raci.idle-party|p/hr', en: 'Event · HR: Party holds no R or A anywhere in this process' }]);
  });
});
