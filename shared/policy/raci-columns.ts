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

export interface SplitLimits {
  readonly maxColumns: number;
  /** Widest a part may be, in the unit of `width`. */
  readonly maxWidth: number;
  readonly width: (column: RaciColumn) => number;
}

/**
 * Splits columns into as few tables as the limits allow, of about equal width, keeping a
 * department's columns together when it fits, so each part reads as whole departments.
 */
export function splitColumns(columns: readonly RaciColumn[], limits: SplitLimits): RaciColumn[][] {
  const { maxColumns, maxWidth, width } = limits;
  const total = columns.reduce((sum, c) => sum + width(c), 0);
  const count = Math.max(1, Math.ceil(columns.length / maxColumns), Math.ceil(total / maxWidth));
  const target = { columns: columns.length / count, width: total / count };
  const groups: RaciColumn[][] = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (last && last[last.length - 1]!.departmentId === c.departmentId) last.push(c);
    else groups.push([c]);
  }
  const parts: RaciColumn[][] = [];
  let current: RaciColumn[] = [];
  let used = 0;
  const close = () => {
    if (current.length > 0) parts.push(current);
    current = [];
    used = 0;
  };
  for (const group of groups) {
    const groupWidth = group.reduce((sum, c) => sum + width(c), 0);
    // Close the part when this department would overfill it, or when it has reached its share.
    const overfills = current.length + group.length > maxColumns || used + groupWidth > maxWidth;
    if (overfills || current.length >= target.columns - 1e-9 || used >= target.width - 1e-9) close();
    for (const c of group) {
      // A department too wide for one part is cut where it must be.
      if (current.length === maxColumns || (current.length > 0 && used + width(c) > maxWidth)) close();
      current.push(c);
      used += width(c);
    }
  }
  close();
  return parts;
}
