import { round, stepTag } from '../metrics/metrics-report';
import type { MetricKey, StepField, VersionComparison } from './version-compare';

/** A comparison with step codes and names instead of ids: what the CLI prints as JSON. */
export interface ComparisonReport {
  readonly from: string;
  readonly to: string;
  readonly metrics: Readonly<Record<MetricKey, { readonly before: number; readonly after: number; readonly delta: number }>>;
  readonly steps: ReadonlyArray<{ readonly change: 'added' | 'removed' | 'changed'; readonly code: string; readonly name: string; readonly fields: readonly StepField[] }>;
  readonly flows: ReadonlyArray<{ readonly change: 'added' | 'removed' | 'relabelled'; readonly from: string; readonly to: string; readonly label: string }>;
  readonly lanes: ReadonlyArray<{ readonly change: 'added' | 'removed' | 'moved'; readonly department: string; readonly before: number | null; readonly after: number | null }>;
  readonly raci: ReadonlyArray<{ readonly code: string; readonly party: string; readonly before: string; readonly after: string }>;
}

export function comparisonReport(c: VersionComparison): ComparisonReport {
  const a = c.from.snapshot;
  const b = c.to.snapshot;
  const steps = new Map([...a.steps, ...b.steps].map((s) => [s.id, s]));
  const names = new Map([...a.departments, ...a.positions, ...b.departments, ...b.positions].map((p) => [p.id, p.name]));
  const tag = (id: string) => stepTag(steps.get(id), id);
  return {
    from: c.from.label,
    to: c.to.label,
    metrics: Object.fromEntries(c.metrics.map((m) => [m.metric, { before: round(m.before), after: round(m.after), delta: round(m.after - m.before) }])) as ComparisonReport['metrics'],
    steps: c.steps.map((s) => {
      const step = (s.after ?? s.before)!;
      return { change: s.change, code: stepTag(step, step.id), name: step.name, fields: s.fields };
    }),
    flows: c.flows.map((f) => {
      const flow = (f.after ?? f.before)!;
      return { change: f.change, from: tag(flow.fromStepId), to: tag(flow.toStepId), label: flow.label };
    }),
    lanes: c.lanes.map((l) => ({ change: l.change, department: names.get(l.departmentId) ?? l.departmentId, before: l.beforeIndex, after: l.afterIndex })),
    raci: c.raci.map((r) => ({ code: stepTag(r.step, r.step.id), party: names.get(r.partyId) ?? r.partyId, before: r.before, after: r.after })),
  };
}
