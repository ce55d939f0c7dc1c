import type { Step } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';

export interface RaciColumn {
  readonly partyId: string;
  readonly departmentId: string;
  readonly departmentName: string;
  /** null: the column is the department itself. */
  readonly positionName: string | null;
}

/**
 * Columns of a process's RACI table: every department with a lane in the process or holding an
 * assignment, in department order; per department its own column (when it holds assignments or
 * none of its positions do), then the positions holding assignments — so no assignment is hidden
 * and no empty position column takes room.
 */
export function raciColumns(state: ProjectState, processId: string, steps: readonly Step[]): RaciColumn[] {
  const { departments, positions, lanes } = state.tables;
  const assigned = new Set<string>();
  for (const step of steps) for (const partyId of Object.keys(state.raci[step.id] ?? {})) assigned.add(partyId);
  const involved = new Set<string>();
  for (const lane of Object.values(lanes)) if (lane.processId === processId) involved.add(lane.departmentId);
  for (const partyId of assigned) {
    const departmentId = departments[partyId]?.id ?? positions[partyId]?.departmentId;
    if (departmentId) involved.add(departmentId);
  }

  const columns: RaciColumn[] = [];
  const allPositions = sortedByOrder(Object.values(positions));
  for (const d of sortedByOrder(Object.values(departments))) {
    if (!involved.has(d.id)) continue;
    const own = allPositions.filter((p) => p.departmentId === d.id && assigned.has(p.id));
    if (own.length === 0 || assigned.has(d.id)) columns.push({ partyId: d.id, departmentId: d.id, departmentName: d.name, positionName: null });
    for (const p of own) columns.push({ partyId: p.id, departmentId: d.id, departmentName: d.name, positionName: p.name });
  }
  return columns;
}

/**
 * Splits columns into as few tables of at most `max` as needed, of about equal size, keeping a
 * department's columns together when it fits, so each part reads as whole departments.
 */
export function splitColumns(columns: readonly RaciColumn[], max: number): RaciColumn[][] {
  const target = Math.ceil(columns.length / Math.max(1, Math.ceil(columns.length / max)));
  const groups: RaciColumn[][] = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (last && last[last.length - 1]!.departmentId === c.departmentId) last.push(c);
    else groups.push([c]);
  }
  const parts: RaciColumn[][] = [];
  let current: RaciColumn[] = [];
  for (const group of groups) {
    // Close the part when this department would overfill it, or when it is already at the target.
    if (current.length > 0 && (current.length + group.length > max || current.length >= target)) {
      parts.push(current);
      current = [];
    }
    for (const c of group) {
      if (current.length === max) {
        parts.push(current);
        current = [];
      }
      current.push(c);
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
