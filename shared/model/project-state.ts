import { projectMetaSchema, type ProjectMeta, type ProjectMetaInput } from './entities';
import { idMap } from './id-map';
import { TABLE_NAMES, type TableName, type TableRows } from './table-registry';

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
    tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, idMap()])) as unknown as Tables,
    raci: idMap(),
  };
}

export function rowsOf<T extends TableName>(state: ProjectState, table: T): TableRows[T][] {
  return Object.values(state.tables[table]);
}

export function sortedByOrder<R extends { order: number; name?: string }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => a.order - b.order);
}
