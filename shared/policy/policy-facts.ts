import type { DurationUnit, Language } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import { policyLabels, type PolicyLabels } from './policy-labels';
import { URGENCY_LEVELS, type PolicyParams, type PolicyStage, type UrgencyLevel } from './policy-params';

/** What the document says about itself, the parameters resolved against the model and the language. */
export interface PolicyFacts {
  readonly params: PolicyParams;
  readonly company: string;
  readonly title: string;
  readonly documentNumber: string;
  readonly approvingBody: string;
  readonly stage: PolicyStage;
  readonly status: string;
  readonly version: string;
  readonly issueDate: string;
  readonly effectiveDate: string;
  /** The 流程管理部门's name, or the default wording when none is bound or its department is gone. */
  readonly processOffice: string;
  /** 会签 departments by name; the default wording when none of them exists. */
  readonly countersign: readonly string[];
  readonly performanceRule: string;
  readonly disciplineRule: string;
  readonly workingHours: string;
  readonly offHoursRule: string;
  readonly response: Readonly<Record<UrgencyLevel, string>>;
}

function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const firstOfNextMonth = (d: Date) => new Date(d.getFullYear(), d.getMonth() + 1, 1);

/** "09:00" → "9:00", as dates and times are written in running text. */
const clockText = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');

const number = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A duration in the policy's two units: whole working days, else hours within working hours
 * (a multiple of a working day's hours reads as days); "—" when unknown.
 */
export function durationText(value: number | null, unit: DurationUnit, hoursPerDay: number, labels: PolicyLabels): string {
  if (value === null) return labels.noDuration;
  if (unit === 'days') return labels.workdays(number(value));
  if (value >= hoursPerDay && Number.isInteger(value / hoursPerDay)) return labels.workdays(number(value / hoursPerDay));
  return labels.workHours(number(value));
}

function departmentName(state: ProjectState, id: string | null | undefined): string | null {
  return (id && state.tables.departments[id]?.name) || null;
}

/**
 * The 牵头部门 of a process: the one the user bound, while it exists; else the department holding
 * the most A (itself or through its positions) in the process, ties to the earlier lane; else its first lane.
 */
export function leadDepartmentId(state: ProjectState, processId: string): string | null {
  const bound = state.meta.policy.leadDepartments[processId];
  if (bound && state.tables.departments[bound]) return bound;
  const lanes = sortedByOrder(Object.values(state.tables.lanes).filter((l) => l.processId === processId));
  const count = new Map<string, number>();
  for (const step of Object.values(state.tables.steps)) {
    if (step.processId !== processId) continue;
    for (const [party, letters] of Object.entries(state.raci[step.id] ?? {})) {
      if (!letters.includes('A')) continue;
      const department = state.tables.departments[party] ? party : state.tables.positions[party]?.departmentId;
      if (department) count.set(department, (count.get(department) ?? 0) + 1);
    }
  }
  const laneRank = (d: string) => {
    const i = lanes.findIndex((l) => l.departmentId === d);
    return i < 0 ? lanes.length : i;
  };
  const best = [...count.entries()].sort((a, b) => b[1] - a[1] || laneRank(a[0]) - laneRank(b[0]))[0];
  return best?.[0] ?? lanes[0]?.departmentId ?? null;
}

export function leadDepartmentName(state: ProjectState, processId: string, labels: PolicyLabels): string {
  return departmentName(state, leadDepartmentId(state, processId)) ?? labels.noDuration;
}

export function policyFacts(state: ProjectState, language: Language, today: Date): PolicyFacts {
  const params = state.meta.policy;
  const labels = policyLabels(language);
  const company = params.company || state.meta.organisation.trim();
  const issue = params.issueDate ? parseIsoDate(params.issueDate) : today;
  const effective = params.effectiveDate ? parseIsoDate(params.effectiveDate) : firstOfNextMonth(issue);
  const countersign = params.countersign.map((id) => departmentName(state, id)).filter((n): n is string => n !== null);
  const rule = (name: string, fallback: string) => labels.ruleName(name || fallback);
  return {
    params,
    company: company || labels.defaults.company,
    title: company ? labels.titleOf(company) : labels.title,
    documentNumber: params.documentNumber || labels.documentNumberPending,
    approvingBody: params.approvingBody || labels.defaults.approvingBody,
    stage: params.stage,
    status: labels.stages[params.stage],
    version: params.version || labels.defaultVersion[params.stage],
    issueDate: labels.formatDate(issue),
    effectiveDate: labels.formatDate(effective),
    processOffice: departmentName(state, params.processOffice) ?? labels.defaults.processOffice,
    countersign: countersign.length > 0 ? countersign : labels.defaults.countersign,
    performanceRule: rule(params.performanceRule, labels.defaults.performanceRule),
    disciplineRule: rule(params.disciplineRule, labels.defaults.disciplineRule),
    workingHours: labels.workingHours(clockText(params.workdayStart), clockText(params.workdayEnd)),
    offHoursRule: labels.offHoursRule[params.offHours],
    response: Object.fromEntries(URGENCY_LEVELS.map((level) => [level, durationText(params.urgency[level], 'hours', params.hoursPerDay, labels)])) as Record<UrgencyLevel, string>,
  };
}
