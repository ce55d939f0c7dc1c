import { STEP_KINDS, type DurationUnit, type StepKind } from '../model/entities';
import { longestPath, type PathFlow } from './critical-path';
import { sortByStepCode } from './step-code-order';

/** What the metrics read of a step: a project row or a snapshot's step both fit. */
export interface MetricsStep {
  readonly id: string;
  readonly code: string;
  readonly kind: StepKind;
  readonly laneId: string;
  readonly durationValue: number | null;
  readonly durationUnit: DurationUnit;
}

export interface MetricsLane {
  readonly id: string;
  readonly departmentId: string;
}

/** One process, read from the project or from a snapshot of it. */
export interface MetricsInput {
  /** In lane order. */
  readonly lanes: readonly MetricsLane[];
  readonly steps: readonly MetricsStep[];
  readonly flows: readonly PathFlow[];
  /** The RACI cells of a step: party id → letters. */
  cells(stepId: string): Readonly<Record<string, string>> | undefined;
  /** The department a party belongs to (a department is its own); undefined for an unknown party. */
  departmentOf(partyId: string): string | undefined;
  readonly hoursPerDay: number;
}

export interface DepartmentMetrics {
  readonly departmentId: string;
  /** Steps in the department's lanes. */
  readonly steps: number;
  /** R and A held by the department or one of its positions. */
  readonly responsible: number;
  readonly accountable: number;
  readonly handoffsIn: number;
  readonly handoffsOut: number;
}

export interface PartyMetrics {
  readonly partyId: string;
  readonly responsible: number;
  readonly accountable: number;
  /** Shares of the process's steps the party is R (A) for, 0…1. */
  readonly responsibleShare: number;
  readonly accountableShare: number;
}

export interface ProcessMetrics {
  readonly steps: number;
  readonly byKind: Readonly<Record<StepKind, number>>;
  /** Flows between steps in different lanes. */
  readonly handoffs: number;
  readonly approvals: number;
  readonly decisions: number;
  /** Sum of all step durations. */
  readonly effortHours: number;
  readonly criticalPath: CriticalPathMetrics;
  /** Work steps (not start or end events) without a duration, in step-code order; they count 0. */
  readonly noDuration: readonly string[];
  /** Departments with a lane first, in lane order; then others holding R or A, by id. */
  readonly departments: readonly DepartmentMetrics[];
  /** Parties holding R or A somewhere in the process, by id. */
  readonly parties: readonly PartyMetrics[];
  readonly hoursPerDay: number;
}

export interface CriticalPathMetrics {
  readonly stepIds: readonly string[];
  readonly flowIds: readonly string[];
  readonly hours: number;
  readonly days: number;
}

const EVENTS: ReadonlySet<StepKind> = new Set(['start', 'end']);

export function durationHours(step: Pick<MetricsStep, 'durationValue' | 'durationUnit'>, hoursPerDay: number): number {
  if (step.durationValue === null) return 0;
  return step.durationUnit === 'days' ? step.durationValue * hoursPerDay : step.durationValue;
}

interface DepartmentCounts {
  steps: number;
  responsible: number;
  accountable: number;
  handoffsIn: number;
  handoffsOut: number;
  /** The last step counted for R (A), so a department counts once per step however many of its positions share the letter. */
  lastR: number;
  lastA: number;
}

interface PartyCounts {
  responsible: number;
  accountable: number;
  department: DepartmentCounts | null;
}

const emptyCounts = (): DepartmentCounts => ({ steps: 0, responsible: 0, accountable: 0, handoffsIn: 0, handoffsOut: 0, lastR: -1, lastA: -1 });

const R = 1;
const A = 2;
const MASKS = new Map<string, number>();
/** Cells hold one of only fifteen strings, so each one's R and A are worked out once. */
function letterMask(letters: string): number {
  let mask = MASKS.get(letters);
  if (mask === undefined) {
    mask = (letters.includes('R') ? R : 0) | (letters.includes('A') ? A : 0);
    MASKS.set(letters, mask);
  }
  return mask;
}

/** All the figures of one process. */
export function processMetrics(input: MetricsInput): ProcessMetrics {
  const { hoursPerDay } = input;
  const byKind = Object.fromEntries(STEP_KINDS.map((k) => [k, 0])) as Record<StepKind, number>;
  const laneDepartment = new Map(input.lanes.map((l) => [l.id, l.departmentId]));
  const departments = new Map<string, DepartmentCounts>();
  for (const lane of input.lanes) if (!departments.has(lane.departmentId)) departments.set(lane.departmentId, emptyCounts());
  const department = (id: string) => departments.get(id) ?? departments.set(id, emptyCounts()).get(id)!;
  const parties = new Map<string, PartyCounts>();
  const party = (partyId: string): PartyCounts => {
    let entry = parties.get(partyId);
    if (!entry) {
      const dept = input.departmentOf(partyId);
      entry = { responsible: 0, accountable: 0, department: dept === undefined ? null : department(dept) };
      parties.set(partyId, entry);
    }
    return entry;
  };

  const { steps } = input;
  const indexOf = new Map<string, number>();
  const hours = new Float64Array(steps.length);
  const noDuration: MetricsStep[] = [];
  let effortHours = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    byKind[step.kind]++;
    indexOf.set(step.id, i);
    hours[i] = durationHours(step, hoursPerDay);
    effortHours += hours[i]!;
    if (step.durationValue === null && !EVENTS.has(step.kind)) noDuration.push(step);
    const laneDept = laneDepartment.get(step.laneId);
    if (laneDept !== undefined) department(laneDept).steps++;

    const cells = input.cells(step.id);
    for (const partyId in cells) {
      const mask = letterMask(cells[partyId]!);
      if (mask === 0) continue;
      const p = party(partyId);
      const d = p.department;
      if (mask & R) {
        p.responsible++;
        if (d && d.lastR !== i) {
          d.lastR = i;
          d.responsible++;
        }
      }
      if (mask & A) {
        p.accountable++;
        if (d && d.lastA !== i) {
          d.lastA = i;
          d.accountable++;
        }
      }
    }
  }

  let handoffs = 0;
  for (const flow of input.flows) {
    const fromAt = indexOf.get(flow.fromStepId);
    const toAt = indexOf.get(flow.toStepId);
    const fromLane = fromAt === undefined ? undefined : steps[fromAt]!.laneId;
    const toLane = toAt === undefined ? undefined : steps[toAt]!.laneId;
    if (fromLane === undefined || toLane === undefined || fromLane === toLane) continue;
    handoffs++;
    const from = laneDepartment.get(fromLane);
    const to = laneDepartment.get(toLane);
    if (from !== undefined) department(from).handoffsOut++;
    if (to !== undefined) department(to).handoffsIn++;
  }

  const path = longestPath(steps, hours, input.flows, indexOf);
  const stepCount = steps.length;
  const laneDepartments = new Set(laneDepartment.values());
  const departmentRows = [...departments].map(([departmentId, c]): DepartmentMetrics => ({ departmentId, steps: c.steps, responsible: c.responsible, accountable: c.accountable, handoffsIn: c.handoffsIn, handoffsOut: c.handoffsOut }));
  const others = departmentRows.filter((d) => !laneDepartments.has(d.departmentId)).sort((a, b) => compareIds(a.departmentId, b.departmentId));
  return {
    steps: stepCount,
    byKind,
    handoffs,
    approvals: byKind.approval,
    decisions: byKind.decision,
    effortHours,
    criticalPath: { ...path, days: path.hours / hoursPerDay },
    noDuration: sortByStepCode(noDuration).map((s) => s.id),
    departments: [...departmentRows.filter((d) => laneDepartments.has(d.departmentId)), ...others],
    parties: [...parties]
      .sort(([a], [b]) => compareIds(a, b))
      .map(([partyId, p]) => ({
        partyId,
        responsible: p.responsible,
        accountable: p.accountable,
        responsibleShare: stepCount ? p.responsible / stepCount : 0,
        accountableShare: stepCount ? p.accountable / stepCount : 0,
      })),
    hoursPerDay,
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
