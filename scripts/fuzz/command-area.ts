import fc from 'fast-check';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError } from '../../shared/commands/command-error';
import { readProjectFile } from '../../electron/project/project-file';
import { ProjectFileError } from '../../electron/project/project-file-error';
import { ProjectSession } from '../../electron/project/project-session';
import { intent, seeded, toCommand } from '../../test/support/random-commands';
import type { Random } from '../../test/support/schema-values';
import { canonical } from './canonical';
import type { AreaResult, Failure, FuzzArea } from './fuzz-types';
import { cleanPrototypes, pollutedPrototypes } from './pollution';

const SEQUENCE = 40;

/**
 * Random command sequences (with edge strings), undos and redos on a real file: afterwards a
 * fresh reopen must hold exactly what the session holds.
 */
export const commandArea: FuzzArea = {
  name: 'command sequences',
  async run(inputs: number, random: Random, dir: string): Promise<AreaResult> {
    const work = join(dir, 'commands');
    mkdirSync(work, { recursive: true });
    const failures: Failure[] = [];
    const start = seeded();
    let tried = 0;
    for (let run = 0; tried < inputs; run++) {
      const session = ProjectSession.create(join(work, `c${run}.lanewise`), { name: 'P', language: 'en', organisation: '' });
      session.seed({
        type: 'batch',
        commands: (['departments', 'positions', 'processes', 'lanes', 'phases', 'steps', 'flows'] as const).flatMap((table) =>
          Object.values(start.tables[table]).map((row) => ({ type: 'add', table, row }) as const),
        ),
      });
      const intents = fc.sample(intent, { numRuns: SEQUENCE, seed: Math.floor(random() * 2 ** 31) });
      intents.forEach((i, seq) => {
        tried++;
        try {
          if (i.b % 10 === 0) session.undo();
          else if (i.b % 10 === 1) session.redo();
          else {
            const command = toCommand(session.state, i, seq);
            if (command) session.execute(command);
          }
        } catch (err) {
          if (!(err instanceof CommandError) && !(err instanceof ProjectFileError)) failures.push({ verdict: 'crash', input: `run ${run} step ${seq}`, detail: ((err as Error).stack ?? String(err)).slice(0, 600) });
        }
        const polluted = pollutedPrototypes();
        if (polluted.length) {
          failures.push({ verdict: 'pollution', input: `run ${run} step ${seq}`, detail: polluted.join('; ') });
          cleanPrototypes();
        }
      });
      const reopened = readProjectFile(session.path);
      if (reopened.problems.length || canonical(reopened.state) !== canonical(session.state)) {
        failures.push({ verdict: 'data-loss', input: `run ${run}`, detail: reopened.problems.slice(0, 3).join('; ') || 'a fresh reopen differs from what the session holds' });
      }
      session.close();
    }
    return { tried, failures };
  },
};
