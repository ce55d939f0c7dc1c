import type { Step } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { findingKey, type Finding, type RuleId } from './finding';
import { partyName } from './raci-context';
import { RULES } from './rule-catalogue';
import type { ColumnStats } from './process-rules';

/** detail + the rule's title, in both languages: the two strings are passed apart so no object is made per call. */
export function makeFinding(ruleId: RuleId, processId: string, stepId: string | null, partyIds: readonly string[], subject: string, zh: string, en: string): Finding {
  const rule = RULES[ruleId];
  return {
    key: findingKey(ruleId, subject),
    ruleId,
    severity: rule.severity,
    processId,
    stepId,
    partyIds,
    message: { 'zh-CN': zh + rule.title['zh-CN'], en: en + rule.title.en },
    fix: rule.fix,
  };
}

const MASKS = new Map<string, number>();
/** R=1 A=2 C=4 I=8; cells hold one of only fifteen strings, so each is worked out once. */
function letterMask(letters: string): number {
  let mask = MASKS.get(letters);
  if (mask === undefined) {
    mask = (letters.includes('R') ? 1 : 0) | (letters.includes('A') ? 2 : 0) | (letters.includes('C') ? 4 : 0) | (letters.includes('I') ? 8 : 0);
    MASKS.set(letters, mask);
  }
  return mask;
}

/** Start and end events. */
export const isEvent = (step: Pick<Step, 'kind'>) => step.kind === 'start' || step.kind === 'end';

/** The department a party belongs to (itself for a department). */
export function departmentOf(state: ProjectState, partyId: string): string | undefined {
  return state.tables.departments[partyId] ? partyId : state.tables.positions[partyId]?.departmentId;
}

const names = (state: ProjectState, ids: readonly string[]) => ids.map((id) => partyName(state, id)).join(', ');

/**
 * The findings about one step's row of the matrix. One pass over the row counts the letters; names
 * and labels are only looked up for findings that are actually made.
 */
export function checkStep(state: ProjectState, step: Step, columns?: ColumnStats): Finding[] {
  // Start and end events mark where a process begins and ends: nobody does them, unless the project asks for them to be checked.
  if (isEvent(step) && !state.meta.raciSettings.eventsNeedRaci) return [];
  const cells = state.raci[step.id];
  const out: Finding[] = [];
  const laneDepartment = state.tables.lanes[step.laneId]?.departmentId;
  let count = 0;
  let responsible = 0;
  let consultedCount = 0;
  let informedCount = 0;
  let laneCovered = false;
  const accountable: string[] = [];
  let redundant: string[] | null = null;
  for (const partyId in cells) {
    const letters = cells[partyId]!;
    count++;
    const mask = letterMask(letters);
    const r = (mask & 1) !== 0;
    const a = (mask & 2) !== 0;
    const c = (mask & 4) !== 0;
    const i = (mask & 8) !== 0;
    if (a) accountable.push(partyId);
    if (r) responsible++;
    if (c) consultedCount++;
    if (i) informedCount++;
    if (c && i) (redundant ??= []).push(partyId);
    if ((r || a) && !laneCovered && laneDepartment !== undefined && departmentOf(state, partyId) === laneDepartment) laneCovered = true;
    columns?.cell(partyId, r, a);
  }
  if (columns) columns.steps++;
  // Start and end take no time; every other step needs an expected duration for the key-node table.
  const noDuration = step.durationValue === null && step.kind !== 'start' && step.kind !== 'end';
  if (!noDuration && count > 0 && accountable.length === 1 && responsible > 0 && (laneDepartment === undefined || laneCovered) && redundant === null && consultedCount <= state.meta.raciSettings.maxConsulted && informedCount <= state.meta.raciSettings.maxInformed) return out;
  const label = `${step.code} ${step.name}`.trim();
  const own = (ruleId: RuleId, parties: readonly string[], zh: string, en: string) => out.push(makeFinding(ruleId, step.processId, step.id, parties, step.id, zh, en));
  if (noDuration) own('step.no-duration', [], `${label}：`, `${label}: `);
  const withParties = (ruleId: RuleId, parties: readonly string[]) => {
    const n = names(state, parties);
    own(ruleId, parties, `${label}（${n}）：`, `${label} (${n}): `);
  };
  if (count === 0) {
    own('raci.unassigned', [], `${label}：`, `${label}: `);
    return out;
  }
  if (accountable.length === 0) own('raci.no-accountable', [], `${label}：`, `${label}: `);
  if (accountable.length > 1) withParties('raci.multiple-accountable', accountable);
  if (responsible === 0) own('raci.no-responsible', [], `${label}：`, `${label}: `);
  if (laneDepartment !== undefined && !laneCovered) withParties('raci.lane-mismatch', [laneDepartment]);
  const { maxConsulted, maxInformed } = state.meta.raciSettings;
  // Only a step with a finding pays for the party lists.
  const holding = (bit: number) => Object.keys(cells ?? {}).filter((p) => (letterMask(cells![p]!) & bit) !== 0);
  const consulted = consultedCount > maxConsulted ? holding(4) : [];
  const informed = informedCount > maxInformed ? holding(8) : [];
  if (consulted.length > maxConsulted) own('raci.too-many-consulted', consulted, `${label}（${consulted.length} > ${maxConsulted}）：`, `${label} (${consulted.length} > ${maxConsulted}): `);
  if (informed.length > maxInformed) own('raci.too-many-informed', informed, `${label}（${informed.length} > ${maxInformed}）：`, `${label} (${informed.length} > ${maxInformed}): `);
  if (redundant) {
    for (const p of redundant) {
      const n = partyName(state, p);
      out.push(makeFinding('raci.redundant-ci', step.processId, step.id, [p], `${step.id}/${p}`, `${label}（${n}）：`, `${label} (${n}): `));
    }
  }
  return out;
}
