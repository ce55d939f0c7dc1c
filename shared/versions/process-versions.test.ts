import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { orderToCash, run } from '../metrics/metrics-test-project';
import { processSteps } from '../process/step-order';
import { compareRefs, exportComparisons, processFromVersionCommand, restoreVersionCommand, saveVersionCommand, versionsOf } from './process-versions';
import { hasChanges } from './version-compare';

let n = 0;
const newId = () => `id-${n++}`;

function withVersions() {
  let state = orderToCash();
  state = execute(state, saveVersionCommand(state, 'pr', 'As-is', 'v1', new Date('2026-11-20T09:00:00Z'))).state;
  state = run(state, { type: 'delete', table: 'steps', id: 's3' }, { type: 'add', table: 'flows', row: { id: 'f7', processId: 'pr', fromStepId: 's2', toStepId: 's4' } });
  state = execute(state, saveVersionCommand(state, 'pr', 'To-be v1', 'v2', new Date('2026-11-21T09:00:00Z'))).state;
  return run(state, { type: 'update', table: 'steps', id: 's4', patch: { laneId: 'l1' } });
}

describe('versions of a process', () => {
  it('keeps several versions, oldest first, and refuses a label the process has', () => {
    const state = withVersions();
    expect(versionsOf(state.tables.processVersions, 'pr').map((v) => v.label)).toEqual(['As-is', 'To-be v1']);
    expect(() => saveVersionCommand(state, 'pr', ' as-is', 'v3', new Date())).toThrow(/already has a version named "as-is"/);
  });

  it('restores a version as one command, after which it matches the working process', () => {
    const state = withVersions();
    const restored = execute(state, restoreVersionCommand(state, 'v1', newId)).state;
    expect(hasChanges(compareRefs(restored, 'pr', { kind: 'saved', versionId: 'v1' }, { kind: 'working' }, 'now'))).toBe(false);
    expect(Object.keys(restored.tables.processVersions).sort()).toEqual(['v1', 'v2']);
  });

  it('starts a new working process from a version, leaving the original as it is', () => {
    const state = withVersions();
    const done = execute(state, processFromVersionCommand(state, 'v1', 'Order to cash (as-is)', newId)).state;
    const copy = Object.values(done.tables.processes).find((p) => p.name === 'Order to cash (as-is)')!;
    expect(processSteps(done, copy.id).map((s) => s.code)).toEqual(['N01', 'N02', 'N03', 'N04', 'N05', 'N06']);
    expect(processSteps(done, 'pr').map((s) => s.code)).toEqual(['N01', 'N02', 'N04', 'N05', 'N06']);
  });

  it('compares in the exports the first version with the working process', () => {
    const comparisons = exportComparisons(withVersions());
    expect([...comparisons.keys()]).toEqual(['pr']);
    const [c] = comparisons.get('pr')!;
    expect([c!.from.label, c!.to.label]).toEqual(['As-is', 'working process']);
    expect(c!.metrics.find((m) => m.metric === 'approvals')).toMatchObject({ before: 1, after: 0 });
    expect(exportComparisons(orderToCash()).size).toBe(0);
  });

  it('refuses to compare a version of another process', () => {
    const state = run(withVersions(), { type: 'add', table: 'processes', row: { id: 'other', name: 'Other' } });
    expect(() => compareRefs(state, 'other', { kind: 'saved', versionId: 'v1' }, { kind: 'working' }, 'now')).toThrow(/another process/);
  });
});
