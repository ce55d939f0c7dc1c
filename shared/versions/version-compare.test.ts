import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { orderToCash, orderToCashRedesign, run } from '../metrics/metrics-test-project';
import type { ProjectState } from '../model/project-state';
import { snapshotCommands, snapshotProcess } from '../process/process-snapshot';
import { measureVersion } from './measured-version';
import { compareVersions, hasChanges, type VersionComparison } from './version-compare';

function compare(before: ProjectState, after: ProjectState, afterProcessId = 'pr'): VersionComparison {
  return compareVersions(measureVersion('As-is', snapshotProcess(before, 'pr'), 'pr', before), measureVersion('To-be', snapshotProcess(after, afterProcessId), afterProcessId, after));
}

function redesigned(): ProjectState {
  return run(orderToCash(), ...orderToCashRedesign());
}

describe('comparing two versions of a process', () => {
  it('gives the metric deltas of the redesign', () => {
    const c = compare(orderToCash(), redesigned());
    // Path 0 + 2 + 4 + 0 + 1 + 0 = 7 h → 0 + 3 + 0 + 1 + 0 = 4 h; all steps in Sales: no hand-offs left;
    // the start, the end and the double A on N03 were the three RACI errors.
    expect(Object.fromEntries(c.metrics.map((m) => [m.metric, [m.before, m.after]]))).toEqual({
      criticalPathDays: [0.875, 0.5],
      criticalPathHours: [7, 4],
      handoffs: [3, 0],
      approvals: [1, 0],
      decisions: [1, 1],
      steps: [6, 5],
      effortHours: [7, 4],
      // The double A of N03 (the start and end events need no RACI).
      openRaciErrors: [1, 0],
    });
  });

  it('lists removed and changed steps in code order, with what changed', () => {
    const c = compare(orderToCash(), redesigned());
    expect(c.steps.map((s) => [s.change, (s.after ?? s.before)!.code, s.fields])).toEqual([
      ['changed', 'N02', ['name', 'duration']],
      ['removed', 'N03', []],
      ['changed', 'N04', ['lane']],
    ]);
  });

  it('lists flows removed with the approval and the new one around it', () => {
    const c = compare(orderToCash(), redesigned());
    expect(c.flows.map((f) => [f.change, (f.before ?? f.after)!.fromStepId, (f.before ?? f.after)!.toStepId])).toEqual([
      ['removed', 's2', 's3'],
      ['removed', 's3', 's4'],
      ['added', 's2', 's4'],
    ]);
  });

  it('lists the RACI cells that changed on steps both versions have', () => {
    const c = compare(orderToCash(), redesigned());
    expect(c.raci.map((r) => [r.step.code, r.partyId, r.before, r.after])).toEqual([
      ['N01', 'd1', '', 'RA'],
      ['N06', 'd1', '', 'RA'],
    ]);
  });

  it('finds nothing changed between a process and itself, or a copy started from its snapshot', () => {
    const state = orderToCash();
    const same = compare(state, state);
    expect(hasChanges(same)).toBe(false);
    expect(same.metrics.every((m) => m.before === m.after)).toBe(true);

    let n = 0;
    const copy = execute(state, { type: 'batch', commands: snapshotCommands(snapshotProcess(state, 'pr'), state, 'Order to cash v2', () => `new-${n++}`) }).state;
    const copyId = Object.values(copy.tables.processes).find((p) => p.name === 'Order to cash v2')!.id;
    const c = compare(state, copy, copyId);
    // The copy's steps have new ids; they pair up with the originals by code.
    expect(c.matched.size).toBe(6);
    expect(hasChanges(c)).toBe(false);
  });

  it('treats 1 d and 8 h as the same duration, but "none" and 0 h as different', () => {
    const before = orderToCash();
    const after = run(before, { type: 'update', table: 'steps', id: 's3', patch: { durationValue: 4, durationUnit: 'hours' } }, { type: 'update', table: 'steps', id: 's4', patch: { durationValue: 0 } });
    expect(compare(before, after).steps.map((s) => [s.after!.code, s.fields])).toEqual([['N04', ['duration']]]);
  });

  it('reports lanes added, removed and moved, and flows relabelled', () => {
    const before = run(orderToCash(), { type: 'add', table: 'lanes', row: { id: 'l3', processId: 'pr', departmentId: 'd3' } });
    const after = run(
      orderToCash(),
      { type: 'move', table: 'lanes', id: 'l2', toIndex: 0 },
      { type: 'add', table: 'departments', row: { id: 'd4', name: 'Logistics' } },
      { type: 'add', table: 'lanes', row: { id: 'l4', processId: 'pr', departmentId: 'd4' } },
      { type: 'update', table: 'flows', id: 'f6', patch: { label: 'send reminder' } },
    );
    const c = compare(before, after);
    // Before: Sales, Finance, Legal. After: Finance, Sales, Logistics.
    expect(c.lanes).toEqual([
      { change: 'removed', departmentId: 'd3', beforeIndex: 3, afterIndex: null },
      { change: 'moved', departmentId: 'd2', beforeIndex: 2, afterIndex: 1 },
      { change: 'moved', departmentId: 'd1', beforeIndex: 1, afterIndex: 2 },
      { change: 'added', departmentId: 'd4', beforeIndex: null, afterIndex: 3 },
    ]);
    expect(c.flows).toEqual([{ change: 'relabelled', before: { fromStepId: 's5', toStepId: 's4', label: 'remind', bends: [] }, after: { fromStepId: 's5', toStepId: 's4', label: 'send reminder', bends: [] } }]);
  });
});
