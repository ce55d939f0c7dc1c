import type { ProjectState } from '../model/project-state';

/** Between department and position in a party's name: "市场部/市场部经理". */
export const PARTY_SEPARATOR = '/';

/** How a party is written in exported files: the department, or "department/position". */
export function partyLabel(state: ProjectState, partyId: string): string {
  const position = state.tables.positions[partyId];
  if (!position) return state.tables.departments[partyId]?.name ?? '';
  const department = state.tables.departments[position.departmentId];
  return department ? `${department.name}${PARTY_SEPARATOR}${position.name}` : position.name;
}

/** Names in one cell, as people separate them in Excel and WPS: commas, 顿号, semicolons, new lines. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Names compare loosely: case, full-width letters and spacing do not matter. */
export function sameName(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

export function normalName(s: string): string {
  return s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** "市场部 / 经理" → ["市场部", "经理"]; a name without a separator is returned whole. */
export function splitPartyLabel(label: string): [department: string, position: string] | [name: string] {
  const at = label.indexOf(PARTY_SEPARATOR);
  if (at <= 0 || at === label.length - 1) return [label.trim()];
  return [label.slice(0, at).trim(), label.slice(at + 1).trim()];
}
