import type { ProcessSnapshot } from '../process/process-snapshot';
import type { AddressedProblem } from '../versions/addressed-problems';
import type { SnapshotStep, VersionComparison } from '../versions/version-compare';
import type { ChangeKind, ChangeSubject, MeasurementLabels } from './measurement-labels';
import type { MetricsReport } from './metrics-report';
import { stepTag } from './metrics-report';

/** Two decimals, halves away from zero, so a change reads the same as the difference of its figures. */
const hundredths = (n: number) => (Math.sign(n) * Math.round(Math.abs(n) * 100)) / 100;

/** Up to two decimals, trailing zeros dropped: 7, 0.88, 3.5. */
export function formatNumber(n: number): string {
  return String(hundredths(n) || 0);
}

/** A change with its sign: +2, −3.5 (a real minus sign), 0. */
export function formatDelta(n: number): string {
  const rounded = hundredths(n);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `\u2212${-rounded}` : '0';
}

export const formatShare = (share: number) => `${Math.round(share * 100)}%`;

/** The headline figures of a process: label and value. */
export function summaryRows(r: MetricsReport, l: MeasurementLabels): string[][] {
  const path = r.criticalPath.steps.length ? l.path(l.hours(formatNumber(r.criticalPath.hours)), l.days(formatNumber(r.criticalPath.days)), r.criticalPath.steps.join(l.arrow)) : l.noPath;
  return [
    [l.summary.steps, formatNumber(r.steps)],
    [l.summary.handoffs, formatNumber(r.handoffs)],
    [l.summary.approvals, formatNumber(r.approvals)],
    [l.summary.decisions, formatNumber(r.decisions)],
    [l.summary.criticalPath, path],
    [l.summary.effort, `${l.hours(formatNumber(r.effortHours))} (${l.days(formatNumber(r.effortDays))})`],
    [l.summary.noDuration, r.noDuration.length ? l.list(r.noDuration) : l.none],
  ];
}

export const departmentHeader = (l: MeasurementLabels) => [l.department, l.steps, l.responsible, l.accountable, l.handoffsIn, l.handoffsOut];

export function departmentRows(r: MetricsReport): string[][] {
  return r.departments.map((d) => [d.department, ...[d.steps, d.responsible, d.accountable, d.handoffsIn, d.handoffsOut].map(formatNumber)]);
}

export const partyHeader = (l: MeasurementLabels) => [l.party, l.responsible, l.responsibleShare, l.accountable, l.accountableShare];

export function partyRows(r: MetricsReport): string[][] {
  return r.parties.map((p) => [p.party, formatNumber(p.responsible), formatShare(p.responsibleShare), formatNumber(p.accountable), formatShare(p.accountableShare)]);
}

export const deltaHeader = (l: MeasurementLabels, c: VersionComparison) => [l.figure, c.from.label, c.to.label, l.delta];

export function deltaRows(c: VersionComparison, l: MeasurementLabels): string[][] {
  return c.metrics.map((m) => [l.metricNames[m.metric], formatNumber(m.before), formatNumber(m.after), formatDelta(m.after - m.before)]);
}

export const changeHeader = (l: MeasurementLabels) => [l.change, l.subject, l.code, l.name, l.detail];

/** Names of the parties and departments of both versions, the later version's first. */
function partyNames(a: ProcessSnapshot, b: ProcessSnapshot): (id: string) => string {
  const names = new Map<string, string>();
  for (const s of [a, b]) for (const p of [...s.departments, ...s.positions]) names.set(p.id, p.name);
  return (id) => names.get(id) ?? id;
}

/** One row per change: what kind of change, to what, its code and name, and the detail. */
export function changeRows(c: VersionComparison, l: MeasurementLabels): string[][] {
  const a = c.from.snapshot;
  const b = c.to.snapshot;
  const name = partyNames(a, b);
  const laneDepartment = new Map([...a.lanes, ...b.lanes].map((lane) => [lane.id, lane.departmentId]));
  const duration = (s: SnapshotStep) => (s.durationValue === null ? l.noDurationValue : (s.durationUnit === 'days' ? l.days : l.hours)(formatNumber(s.durationValue)));
  const department = (s: SnapshotStep) => name(laneDepartment.get(s.laneId) ?? '');
  const describe = (s: SnapshotStep) => [l.kinds[s.kind], department(s), duration(s)].join(' · ');
  const field = (label: string, before: string, after: string) => `${label}${l.colon}${before}${l.arrow}${after}`;
  const steps = new Map([...a.steps, ...b.steps].map((s) => [s.id, s]));
  const row = (change: ChangeKind, subject: ChangeSubject, code: string, title: string, detail: string) => [l.changes[change], l.subjects[subject], code, title, detail];

  const rows: string[][] = [];
  for (const s of c.steps) {
    const step = (s.after ?? s.before)!;
    const code = stepTag(step, step.id);
    if (s.change !== 'changed') {
      rows.push(row(s.change, 'step', code, step.name, describe(step)));
      continue;
    }
    const before = s.before!;
    const after = s.after!;
    const details = s.fields.map((f) => {
      switch (f) {
        case 'name':
          return field(l.fields.name, before.name, after.name);
        case 'lane':
          return field(l.fields.lane, department(before), department(after));
        case 'kind':
          return field(l.fields.kind, l.kinds[before.kind], l.kinds[after.kind]);
        case 'duration':
          return field(l.fields.duration, duration(before), duration(after));
      }
    });
    rows.push(row('changed', 'step', code, after.name, details.join(l.semicolon)));
  }
  for (const f of c.flows) {
    const flow = (f.after ?? f.before)!;
    const from = steps.get(flow.fromStepId);
    const to = steps.get(flow.toStepId);
    const code = `${stepTag(from, flow.fromStepId)}${l.arrow}${stepTag(to, flow.toStepId)}`;
    const title = `${from?.name ?? ''}${l.arrow}${to?.name ?? ''}`;
    rows.push(row(f.change, 'flow', code, title, f.change === 'relabelled' ? field(l.flowLabel, f.before!.label, f.after!.label) : flow.label));
  }
  for (const lane of c.lanes) {
    const place = (n: number | null) => (n === null ? '' : l.lanePlace(n));
    const detail = lane.change === 'moved' ? `${place(lane.beforeIndex)}${l.arrow}${place(lane.afterIndex)}` : place(lane.afterIndex ?? lane.beforeIndex);
    rows.push(row(lane.change, 'lane', '', name(lane.departmentId), detail));
  }
  for (const cell of c.raci) {
    rows.push(row(cell.before && cell.after ? 'changed' : cell.after ? 'added' : 'removed', 'raci', stepTag(cell.step, cell.step.id), cell.step.name, field(name(cell.partyId), cell.before || l.emptyCell, cell.after || l.emptyCell)));
  }
  return rows;
}

export function addressedHeader(l: MeasurementLabels): string[] {
  return [l.problem, l.addressedBy, l.note];
}

/** One row per addressed problem: its title, what in the redesign addresses it, the consultant's words. */
export function addressedRows(problems: readonly AddressedProblem[], l: MeasurementLabels): string[][] {
  return problems.map(({ problem, step, decision, note }) => {
    const fields = step && step.fields.length > 0 ? `${l.colon}${step.fields.map((f) => l.fields[f]).join(l.semicolon)}` : '';
    const by = [step ? `${l.addressingStep[step.change](step.label)}${fields}` : '', decision ? l.ruling(decision) : ''].filter(Boolean);
    return [problem.title, by.join(l.semicolon) || l.none, note];
  });
}
