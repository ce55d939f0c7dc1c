import type { ProjectState } from '../model/project-state';

/** Names and parents of parties, looked up by the rules. */
export interface PartyInfo {
  name: string;
  /** The department itself for a department, the owning department for a position. */
  departmentId: string;
}

export function partyInfo(state: ProjectState, partyId: string): PartyInfo | undefined {
  const d = state.tables.departments[partyId];
  if (d) return { name: d.name, departmentId: d.id };
  const p = state.tables.positions[partyId];
  return p ? { name: p.name, departmentId: p.departmentId } : undefined;
}

export function partyName(state: ProjectState, partyId: string): string {
  return partyInfo(state, partyId)?.name ?? partyId;
}
