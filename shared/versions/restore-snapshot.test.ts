import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { applyOps } from '../commands/ops';
import { orderToCash, run } from '../metrics/metrics-test-project';
import { danglingReferences } from '../model/integrity';
import { snapshotProcess } from '../process/process-snapshot';
import { measureVersion } from './measured-version';
import { restoreSnapshotCommand } from './restore-snapshot';
import { compareVersions, hasChanges } from './version-compare';

let n = 0;
const newId = () => `new-${n++}`;

describe('restoring a snapshot', () => {
  it('turns the process back into the snapshot in one undoable command', () => {
    const asIs = orderToCash();
    const snapshot = snapshotProcess(asIs, 'pr');
    const edited = run(
      asIs,
      { type: 'delete', table: 'steps', id: 's3' },
      { type: 'add', table: 'flows', row: { id: 'f7', processId: 'pr', fromStepId: 's2', toStepId: 's4' } },
      { type: 'update', table: 'steps', id: 's4', patch: { laneId: 'l1', name: 'Invoice at once', durationValue: 1 } },
      { type: 'add', table: 'lanes', row: { id: 'l3', processId: 'pr', departmentId: 'd3' } },
      { type: 'add', table: 'phases', row: { id: 'ph', processId: 'pr', name: 'New phase' } },
      { type: 'add', table: 'steps', row: { id: 's9', processId: 'pr', laneId: 'l3', phaseId: 'ph', code: 'N09', name: 'Legal check' } },
      { type: 'setRaci', stepId: 's2', partyId: 'd3', letters: 'C' },
      { type: 'move', table: 'lanes', id: 'l2', toIndex: 0 },
    );
    const done = execute(edited, restoreSnapshotCommand(snapshot, edited, 'pr', newId));
    const restored = done.state;
    expect(danglingReferences(restored)).toEqual([]);
    const c = compareVersions(measureVersion('snapshot', snapshot, 'pr', asIs), measureVersion('working', snapshotProcess(restored, 'pr'), 'pr', restored));
    expect(hasChanges(c)).toBe(false);
    // The same steps come back under their own ids; surviving flows keep theirs.
    expect(Object.keys(restored.tables.steps).sort()).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(restored.tables.flows.f1).toEqual(asIs.tables.flows.f1);
    expect(Object.values(restored.tables.lanes).sort((a, b) => a.order - b.order).map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(restored.tables.phases).toEqual({});
    expect(restored.raci).toEqual(asIs.raci);
    expect(applyOps(restored, done.inverse).state).toEqual(edited);
  });

  it('gives back the notes as they were: edited ones reverted, deleted ones back, new ones gone', () => {
    const asIs = run(
      orderToCash(),
      { type: 'add', table: 'annotations', row: { id: 'n1', processId: 'pr', x: 10, y: 10, text: 'Ask legal' } },
      { type: 'add', table: 'annotations', row: { id: 'n2', processId: 'pr', x: 300, y: 10, text: 'Check credit limit' } },
    );
    const snapshot = snapshotProcess(asIs, 'pr');
    const edited = run(
      asIs,
      { type: 'update', table: 'annotations', id: 'n1', patch: { x: 500, text: 'Ask legal by Friday' } },
      { type: 'delete', table: 'annotations', id: 'n2' },
      { type: 'add', table: 'annotations', row: { id: 'n3', processId: 'pr', x: 0, y: 400, text: 'New idea' } },
    );
    const done = execute(edited, restoreSnapshotCommand(snapshot, edited, 'pr', newId));
    expect(done.state.tables.annotations).toEqual(asIs.tables.annotations);
    expect(applyOps(done.state, done.inverse).state).toEqual(edited);
  });

  it('keeps the resolution log of the steps that stay, and the process name', () => {
    const asIs = orderToCash();
    const snapshot = snapshotProcess(asIs, 'pr');
    const edited = run(
      asIs,
      { type: 'update', table: 'processes', id: 'pr', patch: { name: 'Order to cash (to-be)', description: 'Shorter' } },
      { type: 'add', table: 'decisions', row: { id: 'dec', processId: 'pr', stepId: 's5', findingKey: 'raci.lane-mismatch|s5', ruleId: 'raci.lane-mismatch', kind: 'accepted', accountableName: '', decidedBy: 'VP', decidedAt: '2026-11-26T09:00:00Z', reason: 'Agreed' } },
    );
    const restored = execute(edited, restoreSnapshotCommand(snapshot, edited, 'pr', newId)).state;
    expect(restored.tables.decisions.dec).toBeDefined();
    expect(restored.tables.processes.pr).toMatchObject({ name: 'Order to cash (to-be)', description: '' });
  });

  it('adds back a department deleted since, with its lane and cells', () => {
    const asIs = orderToCash();
    const snapshot = snapshotProcess(asIs, 'pr');
    const edited = run(asIs, { type: 'delete', table: 'departments', id: 'd2' });
    const restored = execute(edited, restoreSnapshotCommand(snapshot, edited, 'pr', newId)).state;
    const finance = Object.values(restored.tables.departments).find((d) => d.name === 'Finance')!;
    const lane = Object.values(restored.tables.lanes).find((l) => l.departmentId === finance.id)!;
    expect(restored.tables.steps.s3!.laneId).toBe(lane.id);
    expect(restored.raci.s4).toEqual({ [finance.id]: 'RA', [Object.values(restored.tables.positions).find((p) => p.name === 'Controller')!.id]: 'R' });
  });

  it('refuses a process that does not exist', () => {
    const asIs = orderToCash();
    expect(() => restoreSnapshotCommand(snapshotProcess(asIs, 'pr'), asIs, 'nope', newId)).toThrow(/does not exist/);
  });
});
