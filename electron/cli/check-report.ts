import { danglingReferences } from '../../shared/model/integrity';
import type { ProjectState } from '../../shared/model/project-state';
import type { Severity } from '../../shared/raci/finding';
import { checkProject } from '../../shared/raci/raci-checker';
import { acceptedKeys, findingStatus, type FindingStatus } from '../../shared/raci/resolution';

export interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  status: FindingStatus;
  process: string;
  stepCode: string | null;
  message: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings as the CLI prints them: in the project's language, errors first. */
export function reportFindings(state: ProjectState): ReportedFinding[] {
  const accepted = acceptedKeys(state);
  const lang = state.meta.language;
  const integrity: ReportedFinding[] = danglingReferences(state).map((message) => ({ ruleId: 'integrity.dangling-reference', severity: 'error', status: 'open', process: '', stepCode: null, message }));
  const raci = checkProject(state).map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    status: findingStatus(f, accepted),
    process: state.tables.processes[f.processId]?.name ?? '',
    stepCode: f.stepId ? (state.tables.steps[f.stepId]?.code ?? null) : null,
    message: f.message[lang],
  }));
  return [...integrity, ...raci].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.process.localeCompare(b.process) || (a.stepCode ?? '').localeCompare(b.stepCode ?? ''));
}
