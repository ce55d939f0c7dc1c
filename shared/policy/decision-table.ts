import type { Decision, Language } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { RULES } from '../raci/rule-catalogue';
import { RULE_IDS, type RuleId } from '../raci/finding';
import { fitColumns, PAGE_TEXT_CM } from './column-fit';
import type { PolicyTable } from './policy-document-types';
import type { PolicyLabels } from './policy-labels';

const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

function stepText(state: ProjectState, d: Decision): string {
  const process = state.tables.processes[d.processId]?.name ?? '';
  const step = d.stepId ? state.tables.steps[d.stepId] : undefined;
  return step ? `${process} ${step.code} ${step.name}`.trim() : process;
}

/** The resolution log in date order: what was ruled on, who was named accountable, by whom, when and why. */
export function decisionTable(state: ProjectState, language: Language, labels: PolicyLabels): PolicyTable | null {
  const decisions = Object.values(state.tables.decisions).sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id));
  if (decisions.length === 0) return null;
  const header = [labels.step, labels.matter, labels.accountable, labels.decidedBy, labels.decidedAt, labels.reason];
  const rows = decisions.map((d) => {
    const rule = isRuleId(d.ruleId) ? RULES[d.ruleId].title[language] : d.ruleId;
    return [stepText(state, d), labels.ruling(rule, labels.outcomes[d.kind]), d.accountableName, d.decidedBy, d.decidedAt.slice(0, 10), d.reason];
  });
  // The reason takes what the other columns leave.
  const bounds = [
    { min: 2.4, max: 3.2 },
    { min: 2.6, max: 3.2 },
    { min: 1.8, max: 3 },
    { min: 1.8, max: 3 },
    { min: 2.3, max: 2.3 },
    { min: 2.6, max: 8 },
  ];
  const portrait = fitColumns(bounds, [header, ...rows], 5, PAGE_TEXT_CM.portrait);
  // Long words (English names, titles) may not fit a portrait page without breaking.
  const landscape = portrait.reduce((a, b) => a + b, 0) > PAGE_TEXT_CM.portrait + 1e-9;
  return {
    role: 'decisions',
    widths: landscape ? fitColumns(bounds, [header, ...rows], 5, PAGE_TEXT_CM.landscape) : portrait,
    header: [header.map((text) => ({ text }))],
    rows,
    centred: [4],
    landscape,
    blank: false,
  };
}
