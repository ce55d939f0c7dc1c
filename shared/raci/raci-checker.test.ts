import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../commands/command-error';
import { execute } from '../commands/execute';
import { intent, seeded, toCommand } from '../../test/support/random-commands';
import { checkProject, RaciChecker } from './raci-checker';

const sortKeys = (keys: string[]) => [...keys].sort();

describe('RaciChecker.update', () => {
  it('after any sequence of edits, the incremental findings equal a full re-check', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 1, maxLength: 60 }), (intents) => {
        let state = seeded();
        const checker = new RaciChecker(state);
        intents.forEach((i, seq) => {
          const command = toCommand(state, i, seq);
          if (!command) return;
          try {
            const done = execute(state, command);
            state = done.state;
            checker.update(state, done.ops);
          } catch (err) {
            if (!(err instanceof CommandError)) throw err;
          }
          expect(sortKeys(checker.findings().map((f) => f.key + f.message.en))).toEqual(sortKeys(checkProject(state).map((f) => f.key + f.message.en)));
        });
      }),
      { numRuns: 150 },
    );
  });
});
