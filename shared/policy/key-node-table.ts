import type { Step } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import type { PolicyTable } from './policy-document-types';
import { durationText } from './policy-facts';
import type { PolicyLabels } from './policy-labels';

export const KEY_NODE_KINDS: ReadonlySet<Step['kind']> = new Set(['decision', 'approval', 'delivery']);

/** "研发部 / 研发工程师" for an owner position, else the department of the step's lane. */
export function stepOwner(state: ProjectState, step: Step): string {
  const position = step.ownerPositionId ? state.tables.positions[step.ownerPositionId] : undefined;
  if (position) {
    const department = state.tables.departments[position.departmentId];
    // "市场部经理" already names its department.
    return department && !position.name.startsWith(department.name) ? `${department.name} / ${position.name}` : position.name;
  }
  const lane = state.tables.lanes[step.laneId];
  return (lane && state.tables.departments[lane.departmentId]?.name) ?? '';
}


/** The step's name, with its kind when it is a key node (decision, approval or delivery point). */
export function stepTitle(step: Step, labels: PolicyLabels): string {
  if (!KEY_NODE_KINDS.has(step.kind)) return step.name;
  return step.name + labels.kindNote(labels.kinds[step.kind]);
}

/** 关键节点说明表: one row per step in flow order. */
export function keyNodeTable(state: ProjectState, steps: readonly Step[], labels: PolicyLabels, hoursPerDay: number): PolicyTable {
  return {
    role: 'keyNodes',
    widths: [1.2, 2.6, 2.7, 2.7, 2.4, 1.8],
    header: [[labels.code, labels.name, labels.input, labels.output, labels.owner, labels.duration].map((text) => ({ text }))],
    rows: steps.map((s) => [s.code, stepTitle(s, labels), s.input, s.output, stepOwner(state, s), durationText(s.durationValue, s.durationUnit, hoursPerDay, labels)]),
    centred: [0, 5],
    landscape: false,
    blank: false,
  };
}
