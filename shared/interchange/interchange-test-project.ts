import { execute } from '../commands/execute';
import type { Language } from '../model/entities';
import { emptyProject, rowsOf, type ProjectState } from '../model/project-state';
import { partyLabel } from './party-names';
import { templateCommands } from '../templates/instantiate-template';
import { TEMPLATE_IDS } from '../templates/template-catalogue';

/** Test fixture: every scenario template in one project, with positions, phases and RACI. */
export function allTemplatesProject(language: Language = 'zh-CN'): ProjectState {
  let state = emptyProject({ name: 'Interchange', language, organisation: '' });
  let n = 0;
  const newId = () => `id-${++n}`;
  for (const id of TEMPLATE_IDS) state = execute(state, templateCommands(id, language, state, newId)).state;
  return state;
}

/**
 * What a process is, independent of ids and positions: the shape compared after a round trip.
 * Flows by step codes, lanes by department name, RACI by party name.
 */
export function processEssence(state: ProjectState, processId: string) {
  const lanes = rowsOf(state, 'lanes')
    .filter((l) => l.processId === processId)
    .sort((a, b) => a.order - b.order)
    .map((l) => state.tables.departments[l.departmentId]?.name);
  const steps = rowsOf(state, 'steps').filter((s) => s.processId === processId);
  const code = (id: string) => state.tables.steps[id]?.code;
  return {
    lanes,
    steps: steps
      .map((s) => ({
        code: s.code,
        name: s.name,
        kind: s.kind,
        lane: state.tables.departments[state.tables.lanes[s.laneId]?.departmentId ?? '']?.name,
        phase: s.phaseId ? state.tables.phases[s.phaseId]?.name : null,
        input: s.input,
        output: s.output,
        duration: [s.durationValue, s.durationUnit],
        owner: s.ownerPositionId ? partyLabel(state, s.ownerPositionId) : null,
        raci: Object.entries(state.raci[s.id] ?? {})
          .map(([party, letters]) => `${partyLabel(state, party)}=${letters}`)
          .sort(),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    flows: rowsOf(state, 'flows')
      .filter((f) => f.processId === processId)
      .map((f) => `${code(f.fromStepId)}→${code(f.toStepId)}:${f.label}`)
      .sort(),
  };
}
