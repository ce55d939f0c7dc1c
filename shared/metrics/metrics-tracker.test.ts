import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intent, seeded, toCommand, type Intent } from '../../test/support/random-commands';
import { CommandError } from '../commands/command-error';
import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import { STEP_KINDS } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { orderToCash } from './metrics-test-project';
import { measureProcess, MetricsTracker } from './metrics-tracker';

/** The shared random commands, and now and then a change of a step's kind or duration, or of the working day. */
function command(state: ProjectState, i: Intent, seq: number): CommandInput | null {
  const steps = Object.values(state.tables.steps);
  const step = steps.length ? steps[i.a % steps.length] : undefined;
  switch (i.kind % 4) {
    case 0:
      return step ? { type: 'update', table: 'steps', id: step.id, patch: { durationValue: i.b % 3 === 0 ? null : (i.b % 40) / 4, durationUnit: i.seed % 2 ? 'days' : 'hours' } } : null;
    case 1:
      return step ? { type: 'update', table: 'steps', id: step.id, patch: { kind: STEP_KINDS[i.b % STEP_KINDS.length]!, code: `N${i.seed % 12}` } } : null;
    case 2:
      return i.b % 5 === 0 ? { type: 'setMeta', patch: { policy: { ...state.meta.policy, hoursPerDay: 4 + (i.seed % 8) } } } : toCommand(state, i, seq);
    default:
      return toCommand(state, i, seq);
  }
}

function fresh(state: ProjectState) {
  return new Map(Object.keys(state.tables.processes).map((id) => [id, measureProcess(state, id)]));
}

describe('metrics tracker', () => {
  it('after any sequence of changes, holds what measuring from scratch gives (property)', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 1, maxLength: 80 }), fc.boolean(), (intents, inPlace) => {
        let state = seeded();
        const tracker = new MetricsTracker(state);
        intents.forEach((i, seq) => {
          const c = command(state, i, seq);
          if (!c) return;
          try {
            const done = execute(state, c, { inPlace });
            state = done.state;
            tracker.update(state, done.ops);
          } catch (err) {
            if (!(err instanceof CommandError)) throw err;
          }
        });
        expect(new Map(tracker.all())).toEqual(fresh(state));
      }),
      { numRuns: 300 },
    );
  });

  it('measures again only the process an edit touched', () => {
    let state = orderToCash();
    state = execute(state, { type: 'add', table: 'processes', row: { id: 'other', name: 'Other' } }).state;
    const tracker = new MetricsTracker(state);
    const before = tracker.all();
    const other = tracker.of('other');
    const done = execute(state, { type: 'update', table: 'steps', id: 's4', patch: { durationValue: 3 } });
    tracker.update(done.state, done.ops);
    expect(tracker.all()).not.toBe(before);
    expect(tracker.of('other')).toBe(other);
    expect(tracker.of('pr')!.criticalPath.hours).toBe(10);
  });

  it('keeps the figures of a process when a step only moves', () => {
    const state = orderToCash();
    const tracker = new MetricsTracker(state);
    const before = tracker.of('pr');
    const view = tracker.all();
    const done = execute(state, { type: 'update', table: 'steps', id: 's2', patch: { x: 900, y: 60, name: 'Renamed' } });
    tracker.update(done.state, done.ops);
    expect(tracker.of('pr')).toBe(before);
    expect(tracker.all()).toBe(view);
  });

  it('converts days again when the working day changes', () => {
    const state = orderToCash();
    const tracker = new MetricsTracker(state);
    const done = execute(state, { type: 'setMeta', patch: { policy: { ...state.meta.policy, hoursPerDay: 6 } } });
    tracker.update(done.state, done.ops);
    expect(tracker.of('pr')!.criticalPath).toMatchObject({ hours: 6, days: 1 });
  });

  it('forgets a deleted process', () => {
    const state = orderToCash();
    const tracker = new MetricsTracker(state);
    const done = execute(state, { type: 'delete', table: 'processes', id: 'pr' });
    tracker.update(done.state, done.ops);
    expect(tracker.all().size).toBe(0);
  });
});
