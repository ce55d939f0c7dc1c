import type { CommandInput } from '../../../shared/commands/command-schema';
import { execute } from '../../../shared/commands/execute';
import { MetricsTracker } from '../../../shared/metrics/metrics-tracker';
import { checkProject } from '../../../shared/raci/raci-checker';
import { snapshotProcess } from '../../../shared/process/process-snapshot';
import { measureVersion } from '../../../shared/versions/measured-version';
import { compareVersions } from '../../../shared/versions/version-compare';
import type { BenchRow, BenchSection } from '../bench-types';
import { lcg, median, quantile, timed } from '../stats';
import { buildSyntheticProject, laneId, partyIds, processId, stepId, type SyntheticShape } from '../synthetic-project';

const FULL_RUNS = 30;
const EDITS = 500;
const COMPARES = 20;
const LETTERS = ['R', 'A', 'C', 'I', 'RA', ''];

/** One process of 1,000 steps, as in the RACI grid bench. */
const VERSION_SHAPE: SyntheticShape = { processes: 1, stepsPerProcess: 1000, departments: 20, positionsPerDepartment: 1, lanesPerProcess: 10, phasesPerProcess: 4, raciPerStep: 20 };

/** An edit of the kinds that change figures: a duration, a step's lane, a RACI cell; of a random step unless one is given. */
function edit(shape: SyntheticShape, random: () => number, parties: readonly string[], step?: number): CommandInput {
  const p = step === undefined ? Math.floor(random() * shape.processes) : 0;
  const s = step ?? Math.floor(random() * shape.stepsPerProcess);
  const kind = Math.floor(random() * 3);
  if (kind === 0) return { type: 'update', table: 'steps', id: stepId(p, s), patch: { durationValue: Math.floor(random() * 40) / 4 } };
  if (kind === 1) return { type: 'update', table: 'steps', id: stepId(p, s), patch: { laneId: laneId(p, Math.floor(random() * Math.min(shape.lanesPerProcess, shape.departments))) } };
  return { type: 'setRaci', stepId: stepId(p, s), partyId: parties[Math.floor(random() * parties.length)]!, letters: LETTERS[Math.floor(random() * LETTERS.length)]! };
}

/** A to-be version: a tenth of the steps removed, others re-timed, moved to other lanes and re-assigned. */
function redesign(shape: SyntheticShape, random: () => number): CommandInput {
  const commands: CommandInput[] = [];
  for (let s = 1; s < shape.stepsPerProcess - 1; s++) {
    const roll = random();
    if (roll < 0.1) commands.push({ type: 'delete', table: 'steps', id: stepId(0, s) });
    else if (roll < 0.3) commands.push(edit(shape, random, partyIds(shape), s));
  }
  return { type: 'batch', commands };
}

/** Metrics of the whole synthetic project, the update after one edit, and comparing two versions of a big process. */
export const metricsBench: BenchSection = {
  name: 'metrics',
  run(ctx) {
    let state = buildSyntheticProject(ctx.shape);
    ctx.sampleMemory();
    for (let i = 0; i < 5; i++) new MetricsTracker(state);
    const full: number[] = [];
    const raci: number[] = [];
    for (let i = 0; i < FULL_RUNS; i++) {
      full.push(timed(() => new MetricsTracker(state)).ms);
      // The full RACI check beside it: on a busy machine, the ratio of the two is what holds.
      raci.push(timed(() => checkProject(state)).ms);
    }

    const tracker = new MetricsTracker(state);
    const random = lcg(11);
    const parties = partyIds(ctx.shape);
    const update: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const done = execute(state, edit(ctx.shape, random, parties));
      state = done.state;
      update.push(timed(() => tracker.update(state, done.ops)).ms);
    }

    const asIs = buildSyntheticProject(VERSION_SHAPE);
    const id = processId(0);
    const snapshot = snapshotProcess(asIs, id);
    const toBe = execute(asIs, redesign(VERSION_SHAPE, lcg(5))).state;
    const compare = () => compareVersions(measureVersion('As-is', snapshot, id, toBe), measureVersion('To-be', snapshotProcess(toBe, id), id, toBe));
    compare();
    const compares: number[] = [];
    let changes = 0;
    for (let i = 0; i < COMPARES; i++) {
      const { ms, result } = timed(compare);
      compares.push(ms);
      changes = result.steps.length + result.flows.length + result.raci.length;
    }
    ctx.sampleMemory();
    const steps = ctx.shape.processes * ctx.shape.stepsPerProcess;
    return [
      { metric: `all processes, ${steps} steps (median of ${FULL_RUNS})`, value: median(full), unit: 'ms', target: 20 },
      { metric: 'all processes: p95', value: quantile(full, 0.95), unit: 'ms' },
      { metric: 'full RACI check in the same loop, for scale (median)', value: median(raci), unit: 'ms' },
      { metric: `one edit: MetricsTracker.update (median of ${EDITS})`, value: median(update), unit: 'ms', target: 1 },
      { metric: 'one edit: update p95', value: quantile(update, 0.95), unit: 'ms' },
      { metric: `compare two ${VERSION_SHAPE.stepsPerProcess}-step versions, RACI check included (median of ${COMPARES})`, value: median(compares), unit: 'ms', target: 100 },
      { metric: 'changes found by that comparison', value: changes, unit: 'count' },
    ];
  },
};
