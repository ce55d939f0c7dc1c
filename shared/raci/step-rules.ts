import type { Step } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { findingKey, type Finding, type Localised, type RuleId } from './finding';
import { partyInfo, partyName } from './raci-context';
import { RULES } from './rule-catalogue';

export function makeFinding(ruleId: RuleId, processId: string, stepId: string | null, partyIds: readonly string[], subject: string, detail: Localised): Finding {
  const rule = RULES[ruleId];
  return {
    key: findingKey(ruleId, subject),
    ruleId,
    severity: rule.severity,
    processId,
    stepId,
    partyIds,
    message: { 'zh-CN': `${detail['zh-CN']}${rule.title['zh-CN']}`, en: `${detail.en}${rule.title.en}` },
    fix: rule.fix,
  };
}

/** The findings about one step's row of the matrix. */
export function checkStep(state: ProjectState, step: Step): Finding[] {
  const cells = state.raci[step.id] ?? {};
  const settings = state.meta.raciSettings;
  const label = `${step.code} ${step.name}`.trim();
  const prefix: Localised = { 'zh-CN': `${label}:`, en: `${label}: ` };
  const withParties = (ids: string[]): Localised => {
    const names = ids.map((id) => partyName(state, id)).join(', ');
    return { 'zh-CN': `${label}(${names}):`, en: `${label} (${names}): ` };
  };
  const by = (letter: string) => Object.keys(cells).filter((p) => cells[p]!.includes(letter));
  const out: Finding[] = [];
  const stepFinding = (ruleId: RuleId, parties: string[], detail: Localised) => out.push(makeFinding(ruleId, step.processId, step.id, parties, step.id, detail));

  const partyIds = Object.keys(cells);
  if (partyIds.length === 0) {
    stepFinding('raci.unassigned', [], prefix);
    return out;
  }
  const accountable = by('A');
  const responsible = by('R');
  if (accountable.length === 0) stepFinding('raci.no-accountable', [], prefix);
  if (accountable.length > 1) stepFinding('raci.multiple-accountable', accountable, withParties(accountable));
  if (responsible.length === 0) stepFinding('raci.no-responsible', [], prefix);

  const laneDepartment = state.tables.lanes[step.laneId]?.departmentId;
  if (laneDepartment && ![...accountable, ...responsible].some((p) => partyInfo(state, p)?.departmentId === laneDepartment)) {
    stepFinding('raci.lane-mismatch', [laneDepartment], withParties([laneDepartment]));
  }
  const consulted = by('C');
  if (consulted.length > settings.maxConsulted) stepFinding('raci.too-many-consulted', consulted, { 'zh-CN': `${label}(${consulted.length} > ${settings.maxConsulted}):`, en: `${label} (${consulted.length} > ${settings.maxConsulted}): ` });
  const informed = by('I');
  if (informed.length > settings.maxInformed) stepFinding('raci.too-many-informed', informed, { 'zh-CN': `${label}(${informed.length} > ${settings.maxInformed}):`, en: `${label} (${informed.length} > ${settings.maxInformed}): ` });
  for (const p of partyIds) {
    const letters = cells[p]!;
    if (letters.includes('C') && letters.includes('I')) out.push(makeFinding('raci.redundant-ci', step.processId, step.id, [p], `${step.id}/${p}`, withParties([p])));
  }
  return out;
}
