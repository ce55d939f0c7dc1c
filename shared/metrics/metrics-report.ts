import type { StepKind } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { partyInfo } from '../raci/raci-context';
import type { ProcessMetrics } from './process-metrics';

export interface DepartmentReport {
  readonly department: string;
  readonly steps: number;
  readonly responsible: number;
  readonly accountable: number;
  readonly handoffsIn: number;
  readonly handoffsOut: number;
}

export interface PartyReport {
  readonly party: string;
  /** The party's department; the same as `party` for a department. */
  readonly department: string;
  readonly responsible: number;
  readonly accountable: number;
  readonly responsibleShare: number;
  readonly accountableShare: number;
}

/** The metrics of a process with names and step codes instead of ids: what the CLI prints and the exports show. */
export interface MetricsReport {
  readonly process: string;
  readonly steps: number;
  readonly byKind: Readonly<Record<StepKind, number>>;
  readonly handoffs: number;
  readonly approvals: number;
  readonly decisions: number;
  readonly criticalPath: { readonly hours: number; readonly days: number; readonly steps: readonly string[] };
  readonly effortHours: number;
  readonly effortDays: number;
  readonly noDuration: readonly string[];
  readonly departments: readonly DepartmentReport[];
  readonly parties: readonly PartyReport[];
}

/** Four decimals: enough for shares and quarter hours, without 0.30000000000000004. */
export const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** How a step is named in reports: its code, else its name. */
export function stepTag(step: { code: string; name: string; id: string } | undefined, fallback: string): string {
  return step?.code || step?.name || fallback;
}

export function metricsReport(state: ProjectState, processId: string, m: ProcessMetrics): MetricsReport {
  const tag = (id: string) => stepTag(state.tables.steps[id], id);
  const departmentName = (id: string) => state.tables.departments[id]?.name ?? id;
  return {
    process: state.tables.processes[processId]?.name ?? processId,
    steps: m.steps,
    byKind: m.byKind,
    handoffs: m.handoffs,
    approvals: m.approvals,
    decisions: m.decisions,
    criticalPath: { hours: round(m.criticalPath.hours), days: round(m.criticalPath.days), steps: m.criticalPath.stepIds.map(tag) },
    effortHours: round(m.effortHours),
    effortDays: round(m.effortHours / m.hoursPerDay),
    noDuration: m.noDuration.map(tag),
    departments: m.departments.map((d) => ({ department: departmentName(d.departmentId), steps: d.steps, responsible: d.responsible, accountable: d.accountable, handoffsIn: d.handoffsIn, handoffsOut: d.handoffsOut })),
    parties: m.parties.map((p) => {
      const info = partyInfo(state, p.partyId);
      return {
        party: info?.name ?? p.partyId,
        department: info ? departmentName(info.departmentId) : '',
        responsible: p.responsible,
        accountable: p.accountable,
        responsibleShare: round(p.responsibleShare),
        accountableShare: round(p.accountableShare),
      };
    }),
  };
}
