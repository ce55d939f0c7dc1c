import type { HistoryRecord } from '../model/diagnosis-entities';
import type { Process } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';

export interface HistoryTotals {
  readonly projects: number;
  readonly delayedProjects: number;
  readonly complaints: number;
  readonly reworks: number;
  /** Delayed ÷ projects; null without projects. */
  readonly delayRate: number | null;
  /** Rework count ÷ projects; null without projects. */
  readonly reworkRate: number | null;
}

export interface ProcessHistory {
  readonly process: Process;
  readonly totals: HistoryTotals;
  /** The records themselves, department ones after the process-wide ones. */
  readonly records: readonly HistoryRecord[];
}

export function historyTotals(records: readonly Pick<HistoryRecord, 'projects' | 'delayedProjects' | 'complaints' | 'reworks'>[]): HistoryTotals {
  const sum = (f: 'projects' | 'delayedProjects' | 'complaints' | 'reworks') => records.reduce((n, r) => n + r[f], 0);
  const projects = sum('projects');
  const delayedProjects = sum('delayedProjects');
  const reworks = sum('reworks');
  return {
    projects,
    delayedProjects,
    complaints: sum('complaints'),
    reworks,
    delayRate: projects > 0 ? delayedProjects / projects : null,
    reworkRate: projects > 0 ? reworks / projects : null,
  };
}

/**
 * The history data per process with data, in the processes' order. Records of single departments
 * break a process's figures down; when a process has a process-wide record those are its totals,
 * otherwise its departments' records add up to them.
 */
export function processHistories(state: ProjectState): ProcessHistory[] {
  const byProcess = new Map<string, HistoryRecord[]>();
  for (const r of Object.values(state.tables.historyRecords)) {
    const list = byProcess.get(r.processId) ?? [];
    list.push(r);
    byProcess.set(r.processId, list);
  }
  const departmentOrder = (id: string | null) => (id === null ? -1 : (state.tables.departments[id]?.order ?? Number.MAX_SAFE_INTEGER));
  return sortedByOrder(Object.values(state.tables.processes))
    .filter((p) => byProcess.has(p.id))
    .map((process) => {
      const records = [...byProcess.get(process.id)!].sort((a, b) => departmentOrder(a.departmentId) - departmentOrder(b.departmentId) || a.periodFrom.localeCompare(b.periodFrom));
      const wide = records.filter((r) => r.departmentId === null);
      return { process, records, totals: historyTotals(wide.length > 0 ? wide : records) };
    });
}

/** A rate as a percentage with one decimal, or "–" when there is nothing to divide by. */
export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
}
