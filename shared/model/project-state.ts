import { projectMetaSchema, type ProjectMeta, type ProjectMetaInput } from './entities';
import type { TableName, TableRows } from './tables';

/** RACI letters in canonical order, e.g. "RA"; never empty (an empty cell has no entry). */
export type RaciLetters = string;
export type RaciMatrix = Readonly<Record<string, Readonly<Record<string, RaciLetters>>>>;

export type Tables = { readonly [T in TableName]: Readonly<Record<string, TableRows[T]>> };

export interface ProjectState {
  readonly meta: ProjectMeta;
  readonly tables: Tables;
  /** stepId → partyId (department or position) → letters */
  readonly raci: RaciMatrix;
}

export function emptyProject(meta: ProjectMetaInput): ProjectState {
  return {
    meta: projectMetaSchema.parse(meta),
    tables: { departments: {}, positions: {}, processes: {}, lanes: {}, phases: {}, steps: {}, flows: {}, decisions: {}, policySections: {} },
    raci: {},
  };
}

export function rowsOf<T extends TableName>(state: ProjectState, table: T): TableRows[T][] {
  return Object.values(state.tables[table]);
}

export function sortedByOrder<R extends { order: number; name?: string }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => a.order - b.order);
}
