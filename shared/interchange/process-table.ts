import type { Language } from '../model/entities';
import { RACI_LETTERS } from '../model/raci-letters';
import { rowsOf, type ProjectState } from '../model/project-state';
import { processSteps } from '../process/step-order';
import { partyLabel } from './party-names';
import { KIND_NAMES, tableHeaders, UNIT_NAMES } from './process-table-columns';

/** Between names in one cell; 飞书 and 钉钉 split multi-select values on commas. */
const LIST_SEPARATOR = ',';

/** Numbers as a person writes them: 2, 0.5, never 2.0000000001. */
function numberText(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * A process as a flat table: the header, then one row per step in flow order, with its next
 * steps by code and its RACI parties by name. Nothing merged, nothing above the header.
 */
export function processTable(state: ProjectState, processId: string, language: Language = state.meta.language): string[][] {
  const process = state.tables.processes[processId];
  if (!process) throw new Error(`No process with id ${processId}`);
  const steps = processSteps(state, processId);
  const order = new Map(steps.map((s, i) => [s.id, i]));
  const next = new Map<string, string[]>();
  const flows = rowsOf(state, 'flows')
    .filter((f) => f.processId === processId)
    .sort((a, b) => (order.get(a.toStepId) ?? 0) - (order.get(b.toStepId) ?? 0));
  for (const f of flows) {
    const code = state.tables.steps[f.toStepId]?.code;
    if (code) (next.get(f.fromStepId) ?? next.set(f.fromStepId, []).get(f.fromStepId)!).push(code);
  }
  const rows = steps.map((step) => {
    const lane = state.tables.lanes[step.laneId];
    const cells = Object.entries(state.raci[step.id] ?? {});
    const parties = (letter: string) =>
      cells
        .filter(([, letters]) => letters.includes(letter))
        .map(([partyId]) => partyLabel(state, partyId))
        .filter(Boolean)
        .sort()
        .join(LIST_SEPARATOR);
    return [
      process.name,
      step.code,
      step.name,
      KIND_NAMES[language][step.kind],
      step.phaseId ? (state.tables.phases[step.phaseId]?.name ?? '') : '',
      lane ? (state.tables.departments[lane.departmentId]?.name ?? '') : '',
      step.ownerPositionId ? partyLabel(state, step.ownerPositionId) : '',
      step.input,
      step.output,
      step.durationValue === null ? '' : numberText(step.durationValue),
      step.durationValue === null ? '' : UNIT_NAMES[language][step.durationUnit],
      (next.get(step.id) ?? []).join(LIST_SEPARATOR),
      ...RACI_LETTERS.map(parties),
    ];
  });
  return [tableHeaders(language), ...rows];
}
