import type { Department, Position, Step } from '../../shared/model/entities';
import { sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import type { RaciGranularity } from './excel-export-types';

/** Where things sit on a process sheet. Import finds headers by their text, so only export relies on these. */
export const RACI_LAYOUT = {
  idColumn: 1,
  codeColumn: 2,
  nameColumn: 3,
  firstPartyColumn: 4,
  titleRow: 1,
  subtitleRow: 2,
  anchorRow: 3,
  departmentRow: 4,
  positionRow: 5,
  firstStepRow: 6,
} as const;

/** Hidden machine-readable anchors: the process id in A1, party ids in the hidden row, step ids in the hidden column. */
export const PROCESS_ANCHOR_PREFIX = 'lanewise:process:';
export const PARTY_ANCHOR_MARKER = 'lanewise:parties';
/** In the hidden row above the remarks column, where the client's comments on each step go. */
export const REMARKS_ANCHOR = 'lanewise:remarks';

export interface PartyColumn {
  readonly partyId: string;
  readonly department: Department;
  /** null: the column is the department itself. */
  readonly position: Position | null;
}

/**
 * Columns of a process sheet: departments with a lane in the process or an assignment on its steps,
 * in department order. Per department, a column for the department itself when it has no positions
 * shown or holds assignments of its own, then its positions ('position': all of them; 'department':
 * only those holding assignments, so no assignment is hidden).
 */
export function raciPartyColumns(state: ProjectState, processId: string, steps: readonly Step[], granularity: RaciGranularity): PartyColumn[] {
  const assigned = new Set<string>();
  for (const step of steps) for (const partyId of Object.keys(state.raci[step.id] ?? {})) assigned.add(partyId);

  const { departments, positions, lanes } = state.tables;
  const involved = new Set<string>();
  for (const lane of Object.values(lanes)) if (lane.processId === processId) involved.add(lane.departmentId);
  for (const partyId of assigned) {
    if (departments[partyId]) involved.add(partyId);
    else if (positions[partyId]) involved.add(positions[partyId].departmentId);
  }

  const positionsByDepartment = new Map<string, Position[]>();
  for (const p of sortedByOrder(Object.values(positions))) {
    const list = positionsByDepartment.get(p.departmentId) ?? [];
    list.push(p);
    positionsByDepartment.set(p.departmentId, list);
  }

  const columns: PartyColumn[] = [];
  for (const department of sortedByOrder(Object.values(departments))) {
    if (!involved.has(department.id)) continue;
    const own = positionsByDepartment.get(department.id) ?? [];
    const shown = granularity === 'position' ? own : own.filter((p) => assigned.has(p.id));
    if (shown.length === 0 || assigned.has(department.id) || granularity === 'department') {
      columns.push({ partyId: department.id, department, position: null });
    }
    for (const position of shown) columns.push({ partyId: position.id, department, position });
  }
  return columns;
}
