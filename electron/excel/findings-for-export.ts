import type { ProjectState } from '../../shared/model/project-state';
import type { Finding } from '../../shared/raci/finding';
import { partyName } from '../../shared/raci/raci-context';
import { acceptedKeys, findingStatus } from '../../shared/raci/resolution';
import { RULES } from '../../shared/raci/rule-catalogue';
import type { ExportDecision, ExportFinding } from './excel-export-types';

function ruleTitle(state: ProjectState, ruleId: string): string | undefined {
  return ruleId in RULES ? RULES[ruleId as keyof typeof RULES].title[state.meta.language] : undefined;
}

/** The rule engine's findings as the findings sheet shows them, in the project's language. */
export function findingsForExport(state: ProjectState, findings: readonly Finding[]): ExportFinding[] {
  const accepted = acceptedKeys(state);
  const { processes, steps } = state.tables;
  return findings.map((f) => {
    const step = f.stepId ? steps[f.stepId] : undefined;
    const title = ruleTitle(state, f.ruleId);
    return {
      severity: f.severity,
      ruleId: f.ruleId,
      ...(title ? { ruleTitle: title } : {}),
      processName: processes[f.processId]?.name ?? '',
      ...(step ? { stepCode: step.code, stepName: step.name } : {}),
      partyNames: f.partyIds.map((id) => partyName(state, id)),
      message: f.message[state.meta.language],
      status: findingStatus(f, accepted),
    };
  });
}

/** The resolution log of the project, oldest first. */
export function decisionsForExport(state: ProjectState): ExportDecision[] {
  const { processes, steps, decisions } = state.tables;
  return Object.values(decisions)
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
    .map((d) => {
      const step = d.stepId ? steps[d.stepId] : undefined;
      const title = ruleTitle(state, d.ruleId);
      return {
        decidedAt: d.decidedAt.slice(0, 10),
        processName: processes[d.processId]?.name ?? '',
        ...(step ? { stepCode: step.code, stepName: step.name } : {}),
        ruleId: d.ruleId,
        ...(title ? { ruleTitle: title } : {}),
        kind: d.kind,
        accountableName: d.accountableName,
        decidedBy: d.decidedBy,
        reason: d.reason,
      };
    });
}
