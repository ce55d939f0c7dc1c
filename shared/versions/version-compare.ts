import { durationHours } from '../metrics/process-metrics';
import { byStepCode } from '../metrics/step-code-order';
import type { ProcessSnapshot } from '../process/process-snapshot';
import type { MeasuredVersion } from './measured-version';

export type SnapshotStep = ProcessSnapshot['steps'][number];
type SnapshotFlow = ProcessSnapshot['flows'][number];

export const STEP_FIELDS = ['name', 'lane', 'kind', 'duration'] as const;
export type StepField = (typeof STEP_FIELDS)[number];

export interface StepDiff {
  readonly change: 'added' | 'removed' | 'changed';
  /** The step in the earlier version; null when added. */
  readonly before: SnapshotStep | null;
  /** The step in the later version; null when removed. */
  readonly after: SnapshotStep | null;
  readonly fields: readonly StepField[];
}

/** A flow, its steps named by id in the version it belongs to. */
export interface FlowDiff {
  readonly change: 'added' | 'removed' | 'relabelled';
  readonly before: SnapshotFlow | null;
  readonly after: SnapshotFlow | null;
}

export interface LaneDiff {
  readonly change: 'added' | 'removed' | 'moved';
  readonly departmentId: string;
  /** Place among the lanes (1-based) in each version; null where the lane does not exist. */
  readonly beforeIndex: number | null;
  readonly afterIndex: number | null;
}

export interface RaciDiff {
  /** The step in the later version. */
  readonly step: SnapshotStep;
  readonly partyId: string;
  /** Letters, '' for an empty cell. */
  readonly before: string;
  readonly after: string;
}

export const METRIC_KEYS = ['criticalPathDays', 'criticalPathHours', 'handoffs', 'approvals', 'decisions', 'steps', 'effortHours', 'openRaciErrors'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface MetricDelta {
  readonly metric: MetricKey;
  readonly before: number;
  readonly after: number;
}

export interface VersionComparison {
  readonly from: MeasuredVersion;
  readonly to: MeasuredVersion;
  /** Added, removed and changed steps in step-code order. */
  readonly steps: readonly StepDiff[];
  readonly flows: readonly FlowDiff[];
  readonly lanes: readonly LaneDiff[];
  /** Changed cells of the steps both versions have. */
  readonly raci: readonly RaciDiff[];
  readonly metrics: readonly MetricDelta[];
  /** Steps in both versions: earlier id → later id. */
  readonly matched: ReadonlyMap<string, string>;
}

/** Steps pair up by id (a snapshot keeps its process's ids), then by code (a process started from a snapshot gets new ids). */
function matchSteps(before: readonly SnapshotStep[], after: readonly SnapshotStep[]): Map<string, string> {
  const matched = new Map<string, string>();
  const afterIds = new Set(after.map((s) => s.id));
  for (const s of before) if (afterIds.has(s.id)) matched.set(s.id, s.id);
  const taken = new Set(matched.values());
  const byCode = (steps: readonly SnapshotStep[], skip: (s: SnapshotStep) => boolean) => {
    const codes = new Map<string, SnapshotStep[]>();
    for (const s of steps) if (s.code && !skip(s)) (codes.get(s.code) ?? codes.set(s.code, []).get(s.code)!).push(s);
    return codes;
  };
  const restAfter = byCode(after, (s) => taken.has(s.id));
  for (const [code, list] of byCode(before, (s) => matched.has(s.id))) {
    const other = restAfter.get(code);
    // Only a code that names one step on each side is a reliable match.
    if (list.length === 1 && other?.length === 1) matched.set(list[0]!.id, other[0]!.id);
  }
  return matched;
}

function stepFields(a: SnapshotStep, b: SnapshotStep, laneOf: (s: SnapshotStep, side: 'before' | 'after') => string | undefined, hoursPerDay: number): StepField[] {
  const fields: StepField[] = [];
  for (const field of STEP_FIELDS) {
    switch (field) {
      case 'name':
        if (a.name.trim() !== b.name.trim()) fields.push(field);
        break;
      case 'lane':
        if (laneOf(a, 'before') !== laneOf(b, 'after')) fields.push(field);
        break;
      case 'kind':
        if (a.kind !== b.kind) fields.push(field);
        break;
      case 'duration':
        // 1 d and 8 h are the same duration; "none" and 0 h are not.
        if ((a.durationValue === null) !== (b.durationValue === null) || durationHours(a, hoursPerDay) !== durationHours(b, hoursPerDay)) fields.push(field);
        break;
    }
  }
  return fields;
}

function diffFlows(before: readonly SnapshotFlow[], after: readonly SnapshotFlow[], matched: ReadonlyMap<string, string>): FlowDiff[] {
  // Flows are told apart by their two steps; the earlier version's steps are named by their later ids.
  const key = (from: string, to: string) => `${from}\n${to}`;
  const later = new Map<string, SnapshotFlow[]>();
  for (const f of after) (later.get(key(f.fromStepId, f.toStepId)) ?? later.set(key(f.fromStepId, f.toStepId), []).get(key(f.fromStepId, f.toStepId))!).push(f);
  const out: FlowDiff[] = [];
  for (const f of before) {
    const from = matched.get(f.fromStepId);
    const to = matched.get(f.toStepId);
    const candidates = from !== undefined && to !== undefined ? later.get(key(from, to)) : undefined;
    const same = candidates?.findIndex((c) => c.label === f.label) ?? -1;
    const pick = same >= 0 ? same : candidates?.length ? 0 : -1;
    if (pick < 0) {
      out.push({ change: 'removed', before: f, after: null });
      continue;
    }
    const other = candidates!.splice(pick, 1)[0]!;
    if (other.label.trim() !== f.label.trim()) out.push({ change: 'relabelled', before: f, after: other });
  }
  for (const list of later.values()) for (const f of list) out.push({ change: 'added', before: null, after: f });
  return out;
}

function diffLanes(before: ProcessSnapshot['lanes'], after: ProcessSnapshot['lanes']): LaneDiff[] {
  const beforeDepts = before.map((l) => l.departmentId);
  const afterDepts = after.map((l) => l.departmentId);
  const common = (list: string[], other: string[]) => list.filter((d) => other.includes(d));
  const beforeCommon = common(beforeDepts, afterDepts);
  const afterCommon = common(afterDepts, beforeDepts);
  const out: LaneDiff[] = [];
  for (const d of beforeDepts) if (!afterDepts.includes(d)) out.push({ change: 'removed', departmentId: d, beforeIndex: beforeDepts.indexOf(d) + 1, afterIndex: null });
  for (const d of afterDepts) {
    const afterIndex = afterDepts.indexOf(d) + 1;
    if (!beforeDepts.includes(d)) out.push({ change: 'added', departmentId: d, beforeIndex: null, afterIndex });
    // Moved: its place among the lanes both versions have changed, not merely shifted by an added or removed lane.
    else if (beforeCommon.indexOf(d) !== afterCommon.indexOf(d)) out.push({ change: 'moved', departmentId: d, beforeIndex: beforeDepts.indexOf(d) + 1, afterIndex });
  }
  return out;
}

function cellsByStep(snapshot: ProcessSnapshot): Map<string, Map<string, string>> {
  const cells = new Map<string, Map<string, string>>();
  for (const c of snapshot.raci) (cells.get(c.stepId) ?? cells.set(c.stepId, new Map()).get(c.stepId)!).set(c.partyId, c.letters);
  return cells;
}

function diffRaci(from: ProcessSnapshot, to: ProcessSnapshot, matched: ReadonlyMap<string, string>, afterSteps: ReadonlyMap<string, SnapshotStep>): RaciDiff[] {
  const before = cellsByStep(from);
  const after = cellsByStep(to);
  const out: RaciDiff[] = [];
  for (const [beforeId, afterId] of matched) {
    const a = before.get(beforeId) ?? new Map<string, string>();
    const b = after.get(afterId) ?? new Map<string, string>();
    const step = afterSteps.get(afterId)!;
    for (const partyId of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const was = a.get(partyId) ?? '';
      const now = b.get(partyId) ?? '';
      if (was !== now) out.push({ step, partyId, before: was, after: now });
    }
  }
  return out.sort((x, y) => byStepCode(x.step, y.step) || (x.partyId < y.partyId ? -1 : 1));
}

function metricValues(v: MeasuredVersion): Record<MetricKey, number> {
  const m = v.metrics;
  return {
    criticalPathDays: m.criticalPath.days,
    criticalPathHours: m.criticalPath.hours,
    handoffs: m.handoffs,
    approvals: m.approvals,
    decisions: m.decisions,
    steps: m.steps,
    effortHours: m.effortHours,
    openRaciErrors: v.openErrors,
  };
}

/** What changed from one version of a process to another, and how the figures moved. */
export function compareVersions(from: MeasuredVersion, to: MeasuredVersion): VersionComparison {
  const a = from.snapshot;
  const b = to.snapshot;
  const matched = matchSteps(a.steps, b.steps);
  const afterSteps = new Map(b.steps.map((s) => [s.id, s]));
  const beforeLane = new Map(a.lanes.map((l) => [l.id, l.departmentId]));
  const afterLane = new Map(b.lanes.map((l) => [l.id, l.departmentId]));
  const laneOf = (s: SnapshotStep, side: 'before' | 'after') => (side === 'before' ? beforeLane : afterLane).get(s.laneId);
  const hoursPerDay = to.metrics.hoursPerDay;

  const steps: StepDiff[] = [];
  const reached = new Set(matched.values());
  for (const s of a.steps) {
    const other = matched.get(s.id);
    if (other === undefined) {
      steps.push({ change: 'removed', before: s, after: null, fields: [] });
      continue;
    }
    const fields = stepFields(s, afterSteps.get(other)!, laneOf, hoursPerDay);
    if (fields.length > 0) steps.push({ change: 'changed', before: s, after: afterSteps.get(other)!, fields });
  }
  for (const s of b.steps) if (!reached.has(s.id)) steps.push({ change: 'added', before: null, after: s, fields: [] });
  steps.sort((x, y) => byStepCode((x.after ?? x.before)!, (y.after ?? y.before)!));

  const before = metricValues(from);
  const after = metricValues(to);
  return {
    from,
    to,
    steps,
    flows: diffFlows(a.flows, b.flows, matched),
    lanes: diffLanes(a.lanes, b.lanes),
    raci: diffRaci(a, b, matched, afterSteps),
    metrics: METRIC_KEYS.map((metric) => ({ metric, before: before[metric], after: after[metric] })),
    matched,
  };
}

/** Whether the comparison found anything at all that differs. */
export function hasChanges(c: VersionComparison): boolean {
  return c.steps.length + c.flows.length + c.lanes.length + c.raci.length > 0;
}
