import type { CommandInput } from '../../../shared/commands/command-schema';
import { execute } from '../../../shared/commands/execute';
import { ProjectSession } from '../../../electron/project/project-session';
import type { BenchRow, BenchSection } from '../bench-types';
import { lcg, median, quantile, timed } from '../stats';
import { partyIds, stepId } from '../synthetic-project';

const SAMPLES = 500;
const WARM_UP = 20;
const LETTERS = ['R', 'A', 'C', 'I', 'RA', 'CI'];

function measure(session: ProjectSession, label: string, command: (i: number) => CommandInput): BenchRow[] {
  for (let i = 0; i < WARM_UP; i++) session.execute(command(SAMPLES + i));
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const next = command(i);
    times.push(timed(() => session.execute(next)).ms);
  }
  // The renderer applies the same edit to its own copy, copying the tables it touches (React needs new objects).
  const inMemory: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const next = command(i);
    inMemory.push(timed(() => execute(session.state, next)).ms);
  }
  return [
    { metric: `${label}: median of ${SAMPLES}`, value: median(times), unit: 'ms', target: 2 },
    { metric: `${label}: p95`, value: quantile(times, 0.95), unit: 'ms', target: 2 },
    { metric: `${label}: renderer's copying apply (median)`, value: median(inMemory), unit: 'ms' },
  ];
}

/** One edit as the app makes it: validate, apply in memory, write in its own transaction (fsync'd), record undo. */
export const persistCommand: BenchSection = {
  name: 'persist one command',
  run(ctx) {
    const session = ProjectSession.open(ctx.projectPath);
    try {
      const parties = partyIds(ctx.shape);
      const random = lcg(42);
      const anyStep = () => stepId(Math.floor(random() * ctx.shape.processes), Math.floor(random() * ctx.shape.stepsPerProcess));
      const rows = [
        ...measure(session, 'setRaci', () => {
          const step = anyStep();
          const party = parties[Math.floor(random() * parties.length)]!;
          const current = session.state.raci[step]?.[party] ?? '';
          // Always a real change, so every sample writes.
          return { type: 'setRaci', stepId: step, partyId: party, letters: LETTERS.find((l) => l !== current)! };
        }),
        ...measure(session, 'update step', (i) => ({ type: 'update', table: 'steps', id: anyStep(), patch: { name: `Renamed step ${i}`, x: 40 + i } })),
      ];
      ctx.sampleMemory();
      return rows;
    } finally {
      session.close();
    }
  },
};
