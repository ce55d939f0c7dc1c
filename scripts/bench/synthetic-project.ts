import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import type { ProjectMetaInput, StepKind } from '../../shared/model/entities';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';

/** The size of a synthetic project. */
export interface SyntheticShape {
  processes: number;
  stepsPerProcess: number;
  departments: number;
  /** Every department gets this many positions; parties = departments × (1 + this). */
  positionsPerDepartment: number;
  /** One lane per department used, at most `departments`. */
  lanesPerProcess: number;
  phasesPerProcess: number;
  /** RACI cells filled per step, at most the number of parties. */
  raciPerStep: number;
}

/** A large consulting engagement: 50 processes, 5,000 steps, 40 parties, 100,000 RACI cells. */
export const LARGE_PROJECT: SyntheticShape = {
  processes: 50,
  stepsPerProcess: 100,
  departments: 20,
  positionsPerDepartment: 1,
  lanesPerProcess: 10,
  phasesPerProcess: 4,
  raciPerStep: 20,
};

export const SYNTHETIC_META: ProjectMetaInput = { name: 'Synthetic engagement', language: 'en', organisation: 'Bench Co' };

export const departmentId = (d: number) => `dep-${d}`;
export const positionId = (d: number, k: number) => `pos-${d}-${k}`;
export const processId = (p: number) => `proc-${p}`;
export const laneId = (p: number, l: number) => `lane-${p}-${l}`;
export const stepId = (p: number, s: number) => `step-${p}-${s}`;

/** Parties in a fixed order: each department followed by its positions. */
export function partyIds(shape: SyntheticShape): string[] {
  const ids: string[] = [];
  for (let d = 0; d < shape.departments; d++) {
    ids.push(departmentId(d));
    for (let k = 0; k < shape.positionsPerDepartment; k++) ids.push(positionId(d, k));
  }
  return ids;
}

function organisation(shape: SyntheticShape): CommandInput[] {
  const commands: CommandInput[] = [];
  for (let d = 0; d < shape.departments; d++) {
    commands.push({ type: 'add', table: 'departments', row: { id: departmentId(d), name: `Department ${d + 1}`, order: d } });
    for (let k = 0; k < shape.positionsPerDepartment; k++) {
      commands.push({ type: 'add', table: 'positions', row: { id: positionId(d, k), departmentId: departmentId(d), name: `Role ${d + 1}.${k + 1}`, order: k } });
    }
  }
  return commands;
}

function stepKind(s: number, last: number): StepKind {
  if (s === 0) return 'start';
  if (s === last) return 'end';
  return s % 10 === 5 ? 'decision' : s % 25 === 0 ? 'approval' : 'task';
}

/**
 * Letters for the i-th filled cell of step s, shaped like a real matrix: the lane's department is RA,
 * its first position R, three C, three I, the rest R; one step in fifty has a second A, a conflict.
 */
function letters(i: number, s: number): string {
  if (i === 0) return 'RA';
  if (i === 2 && s % 50 === 7) return 'A';
  if (i >= 2 && i <= 4) return 'C';
  if (i >= 5 && i <= 7) return 'I';
  return 'R';
}

/** One process with its lanes, phases, steps chained by flows (decisions also skip ahead) and RACI cells. */
function process(shape: SyntheticShape, p: number): CommandInput[] {
  const proc = processId(p);
  const parties = partyIds(shape);
  const perDepartment = 1 + shape.positionsPerDepartment;
  const lanes = Math.min(shape.lanesPerProcess, shape.departments);
  const laneDepartment = (l: number) => (p + l) % shape.departments;
  const last = shape.stepsPerProcess - 1;
  const commands: CommandInput[] = [{ type: 'add', table: 'processes', row: { id: proc, name: `Process ${p + 1}`, category: `Area ${(p % 5) + 1}`, order: p } }];
  for (let l = 0; l < lanes; l++) {
    commands.push({ type: 'add', table: 'lanes', row: { id: laneId(p, l), processId: proc, departmentId: departmentId(laneDepartment(l)), order: l } });
  }
  for (let ph = 0; ph < shape.phasesPerProcess; ph++) {
    commands.push({ type: 'add', table: 'phases', row: { id: `phase-${p}-${ph}`, processId: proc, name: `Phase ${ph + 1}`, order: ph } });
  }
  for (let s = 0; s < shape.stepsPerProcess; s++) {
    const l = s % lanes;
    const d = laneDepartment(l);
    commands.push({
      type: 'add',
      table: 'steps',
      row: {
        id: stepId(p, s),
        processId: proc,
        laneId: laneId(p, l),
        phaseId: shape.phasesPerProcess > 0 ? `phase-${p}-${Math.floor((s * shape.phasesPerProcess) / shape.stepsPerProcess)}` : null,
        code: `N${String(s + 1).padStart(3, '0')}`,
        name: `Step ${s + 1} of process ${p + 1}`,
        kind: stepKind(s, last),
        x: 40 + s * 180,
        y: 40 + l * 160,
        input: s > 0 ? `Output of step ${s}` : '',
        output: `Result ${s + 1}`,
        ownerPositionId: shape.positionsPerDepartment > 0 ? positionId(d, 0) : null,
        durationValue: (s % 8) + 0.5,
        durationUnit: s % 3 === 0 ? 'days' : 'hours',
      },
    });
    if (s > 0) commands.push({ type: 'add', table: 'flows', row: { id: `flow-${p}-${s}`, processId: proc, fromStepId: stepId(p, s - 1), toStepId: stepId(p, s) } });
    // Start at the lane's department, so the first cells are RA for it and R for its first position.
    const start = d * perDepartment;
    for (let i = 0; i < Math.min(shape.raciPerStep, parties.length); i++) {
      commands.push({ type: 'setRaci', stepId: stepId(p, s), partyId: parties[(start + i) % parties.length]!, letters: letters(i, s) });
    }
  }
  for (let s = 0; s + 2 <= last; s++) {
    if (stepKind(s, last) !== 'decision') continue;
    commands.push({ type: 'add', table: 'flows', row: { id: `flow-${p}-${s}-skip`, processId: proc, fromStepId: stepId(p, s), toStepId: stepId(p, s + 2), label: 'no' } });
  }
  return commands;
}

/**
 * The project as a few big batch commands: the organisation first, then `processesPerBatch` processes each,
 * the way an import would write it. Ids, codes and orders are given, so the result is the same every time.
 */
export function syntheticBatches(shape: SyntheticShape = LARGE_PROJECT, processesPerBatch = 10): CommandInput[] {
  const batches: CommandInput[] = [{ type: 'batch', label: 'Organisation', commands: organisation(shape) }];
  for (let first = 0; first < shape.processes; first += processesPerBatch) {
    const commands: CommandInput[] = [];
    for (let p = first; p < Math.min(first + processesPerBatch, shape.processes); p++) commands.push(...process(shape, p));
    batches.push({ type: 'batch', label: `Processes ${first + 1}–${first + processesPerBatch}`, commands });
  }
  return batches;
}

/** The synthetic project in memory, without a file. */
export function buildSyntheticProject(shape: SyntheticShape = LARGE_PROJECT): ProjectState {
  let state = emptyProject(SYNTHETIC_META);
  for (const batch of syntheticBatches(shape)) state = execute(state, batch).state;
  return state;
}
