import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError } from './command-error';
import { execute } from './execute';
import { applyOps, type Op } from './ops';
import { danglingReferences } from '../model/integrity';
import type { ProjectState } from '../model/project-state';
import { intent, seeded, toCommand, type Intent } from '../../test/support/random-commands';

function runSequence(intents: Intent[]) {
  const start = seeded();
  let state = start;
  const history: Array<{ before: ProjectState; ops: Op[]; inverse: Op[] }> = [];
  intents.forEach((i, seq) => {
    const command = toCommand(state, i, seq);
    if (!command) return;
    try {
      const done = execute(state, command);
      history.push({ before: state, ops: done.ops, inverse: done.inverse });
      state = done.state;
    } catch (err) {
      if (!(err instanceof CommandError)) throw err;
    }
    expect(danglingReferences(state)).toEqual([]);
  });
  return { start, end: state, history };
}

describe('commands (property)', () => {
  it('applying the inverses in reverse order gives back the original state', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 1, maxLength: 80 }), (intents) => {
        const { start, end, history } = runSequence(intents);
        let state = end;
        for (const h of [...history].reverse()) {
          state = applyOps(state, h.inverse).state;
          expect(state).toEqual(h.before);
        }
        expect(state).toEqual(start);
      }),
      { numRuns: 300 },
    );
  });

  it('redoing every undone command gives back the final state', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 1, maxLength: 60 }), (intents) => {
        const { start, end, history } = runSequence(intents);
        let state = start;
        for (const h of history) state = applyOps(state, h.ops).state;
        expect(state).toEqual(end);
      }),
      { numRuns: 200 },
    );
  });

  it('in place gives the same states as copying, and a refused command changes nothing', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 1, maxLength: 60 }), (intents) => {
        let copied = seeded();
        const inPlace = structuredClone(copied);
        intents.forEach((i, seq) => {
          const command = toCommand(copied, i, seq);
          if (!command) return;
          const before = structuredClone(inPlace);
          let refused = false;
          try {
            copied = execute(copied, command).state;
          } catch (err) {
            if (!(err instanceof CommandError)) throw err;
            refused = true;
          }
          try {
            expect(execute(inPlace, command, { inPlace: true }).state).toBe(inPlace);
          } catch (err) {
            if (!(err instanceof CommandError)) throw err;
            expect(refused).toBe(true);
            expect(inPlace).toEqual(before);
          }
          expect(inPlace).toEqual(copied);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('never leaves a dangling reference, whatever is deleted', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 1, maxLength: 120 }), (intents) => {
        const { end } = runSequence(intents);
        expect(danglingReferences(end)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
