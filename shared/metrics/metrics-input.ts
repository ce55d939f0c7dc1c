import type { Flow, Lane, Step } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import type { ProcessSnapshot } from '../process/process-snapshot';
import type { MetricsInput } from './process-metrics';

/** The rows of one process, as the metrics tracker indexes them. */
export interface ProcessRows {
  readonly lanes: readonly Lane[];
  readonly steps: readonly Step[];
  readonly flows: readonly Flow[];
}

export function partyDepartment(state: ProjectState, partyId: string): string | undefined {
  return state.tables.positions[partyId]?.departmentId ?? (state.tables.departments[partyId] ? partyId : undefined);
}

/** A process of the project, from rows already gathered. */
export function stateMetricsInput(state: ProjectState, rows: ProcessRows): MetricsInput {
  return {
    lanes: sortedByOrder(rows.lanes),
    steps: rows.steps,
    flows: rows.flows,
    cells: (stepId) => state.raci[stepId],
    departmentOf: (partyId) => partyDepartment(state, partyId),
    hoursPerDay: state.meta.policy.hoursPerDay,
  };
}

/** The rows of one process, found by scanning the project. */
export function processRows(state: ProjectState, processId: string): ProcessRows {
  const of = <R extends { processId: string }>(table: Readonly<Record<string, R>>) => {
    const rows: R[] = [];
    for (const id in table) if (table[id]!.processId === processId) rows.push(table[id]!);
    return rows;
  };
  return { lanes: of(state.tables.lanes), steps: of(state.tables.steps), flows: of(state.tables.flows) };
}

/** A snapshot, read with the working hours of the project it is measured in. */
export function snapshotMetricsInput(snapshot: ProcessSnapshot, hoursPerDay: number): MetricsInput {
  const cells = new Map<string, Record<string, string>>();
  for (const c of snapshot.raci) (cells.get(c.stepId) ?? cells.set(c.stepId, {}).get(c.stepId)!)[c.partyId] = c.letters;
  const departments = new Set(snapshot.departments.map((d) => d.id));
  const positions = new Map(snapshot.positions.map((p) => [p.id, p.departmentId]));
  return {
    lanes: snapshot.lanes,
    steps: snapshot.steps,
    // A snapshot keeps no flow ids; its flows are numbered in the order it holds them.
    flows: snapshot.flows.map((f, i) => ({ id: `flow-${i}`, fromStepId: f.fromStepId, toStepId: f.toStepId })),
    cells: (stepId) => cells.get(stepId),
    departmentOf: (partyId) => positions.get(partyId) ?? (departments.has(partyId) ? partyId : undefined),
    hoursPerDay,
  };
}
