import type { ProjectState } from '../model/project-state';
import type { Finding } from './finding';
import { partyInfo } from './raci-context';
import { departmentOf, isEvent, makeFinding } from './step-rules';

/** A process needs a few steps before "too much accountability in one place" means anything. */
const OVERLOAD_MIN_STEPS = 4;

const INVOLVED = 1;
const HOLDS_RA = 2;

/** What the column rules need from a process's rows, gathered cell by cell (by checkStep during a full check). */
export class ColumnStats {
  /** Per party: INVOLVED when it has a cell, HOLDS_RA when it (or one of its positions) is R or A somewhere. */
  readonly parties = new Map<string, number>();
  readonly accountable = new Map<string, number>();
  steps = 0;

  constructor(private readonly state: ProjectState) {}

  cell(partyId: string, r: boolean, a: boolean): void {
    if (a) this.accountable.set(partyId, (this.accountable.get(partyId) ?? 0) + 1);
    const flags = this.parties.get(partyId) ?? 0;
    const next = flags | INVOLVED | (r || a ? HOLDS_RA : 0);
    if (next === flags) return;
    this.parties.set(partyId, next);
    if ((flags & HOLDS_RA) === 0 && (next & HOLDS_RA) !== 0) {
      const department = departmentOf(this.state, partyId);
      if (department !== undefined && department !== partyId) this.parties.set(department, (this.parties.get(department) ?? 0) | HOLDS_RA);
    }
  }

  holdsRA(partyId: string): boolean {
    return ((this.parties.get(partyId) ?? 0) & HOLDS_RA) !== 0;
  }
}

export function columnFindings(state: ProjectState, processId: string, stats: ColumnStats, laneDepartmentIds: Iterable<string>): Finding[] {
  const process = state.tables.processes[processId];
  const out: Finding[] = [];
  if (!process || stats.steps === 0) return out;
  const involved = new Set(laneDepartmentIds);
  for (const [p, flags] of stats.parties) if (flags & INVOLVED) involved.add(p);
  for (const partyId of involved) {
    if (stats.holdsRA(partyId)) continue;
    const info = partyInfo(state, partyId);
    if (!info) continue;
    out.push(makeFinding('raci.idle-party', processId, null, [partyId], `${processId}/${partyId}`, `${process.name} · ${info.name}：`, `${process.name} · ${info.name}: `));
  }
  const limit = state.meta.raciSettings.overloadShare;
  if (stats.steps >= OVERLOAD_MIN_STEPS) {
    for (const [partyId, count] of stats.accountable) {
      if (count / stats.steps <= limit) continue;
      const name = partyInfo(state, partyId)?.name ?? partyId;
      const share = `${count}/${stats.steps}`;
      out.push(makeFinding('raci.overload', processId, null, [partyId], `${processId}/${partyId}`, `${process.name} · ${name}（A ${share}）：`, `${process.name} · ${name} (A ${share}): `));
    }
  }
  return out;
}

/** Findings about the columns of one process's matrix: idle parties and overloaded accountability. */
export function checkProcessColumns(state: ProjectState, processId: string, stepIds: Iterable<string>, laneDepartmentIds: Iterable<string>): Finding[] {
  const stats = new ColumnStats(state);
  const eventsCount = state.meta.raciSettings.eventsNeedRaci;
  for (const stepId of stepIds) {
    const step = state.tables.steps[stepId];
    // As in checkStep: events that need no RACI are not steps of the matrix.
    if (!eventsCount && step && isEvent(step)) continue;
    stats.steps++;
    const cells = state.raci[stepId];
    for (const partyId in cells) {
      const letters = cells[partyId]!;
      stats.cell(partyId, letters.includes('R'), letters.includes('A'));
    }
  }
  return columnFindings(state, processId, stats, laneDepartmentIds);
}
