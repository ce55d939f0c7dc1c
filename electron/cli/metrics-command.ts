import { parseArgs } from 'node:util';
import { metricsReport, type MetricsReport } from '../../shared/metrics/metrics-report';
import { MetricsTracker } from '../../shared/metrics/metrics-tracker';
import { STEP_KINDS } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { loadProject, processIdsByName, single, type Out } from './cli-io';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function printReport(r: MetricsReport, hoursPerDay: number, out: Out): void {
  out(r.process);
  const kinds = STEP_KINDS.filter((k) => r.byKind[k] > 0).map((k) => `${k} ${r.byKind[k]}`);
  out(`  steps: ${r.steps}${kinds.length ? ` (${kinds.join(', ')})` : ''}`);
  out(`  hand-offs: ${r.handoffs}`);
  out(`  approvals: ${r.approvals}`);
  out(`  decisions: ${r.decisions}`);
  out(`  critical path: ${r.criticalPath.hours} h = ${r.criticalPath.days} d at ${hoursPerDay} h/d${r.criticalPath.steps.length ? `: ${r.criticalPath.steps.join(' → ')}` : ' (no end step reached from a start step)'}`);
  out(`  effort: ${r.effortHours} h = ${r.effortDays} d`);
  if (r.noDuration.length) out(`  no duration (counted 0): ${r.noDuration.join(', ')}`);
  for (const d of r.departments) out(`  department ${d.department}: ${d.steps} steps, R ${d.responsible}, A ${d.accountable}, hand-offs in ${d.handoffsIn} / out ${d.handoffsOut}`);
  for (const p of r.parties) out(`  party ${p.party}: R ${p.responsible} (${percent(p.responsibleShare)}), A ${p.accountable} (${percent(p.accountableShare)})`);
}

/** lanewise metrics FILE [--process NAME]… [--json] */
export function metricsCommand(args: string[], out: Out): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { process: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } } });
  const state = loadProject(single(positionals, 'metrics'));
  const ids = values.process ? processIdsByName(state, values.process) : sortedByOrder(Object.values(state.tables.processes)).map((p) => p.id);
  const tracker = new MetricsTracker(state);
  const reports = ids.map((id) => metricsReport(state, id, tracker.of(id)!));
  if (values.json) out(JSON.stringify({ hoursPerDay: state.meta.policy.hoursPerDay, processes: reports }));
  else if (reports.length === 0) out('No processes.');
  else for (const r of reports) printReport(r, state.meta.policy.hoursPerDay, out);
  return 0;
}
