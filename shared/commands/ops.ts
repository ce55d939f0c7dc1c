import type { ProjectMeta } from '../model/entities';
import type { ProjectState, RaciMatrix, Tables } from '../model/project-state';
import { copyIdMap, idMap, own } from '../model/id-map';
import type { TableName, TableRows } from '../model/table-registry';

export type PutOp = { [T in TableName]: { readonly t: 'put'; readonly table: T; readonly row: TableRows[T] } }[TableName];
export interface DelOp {
  readonly t: 'del';
  readonly table: TableName;
  readonly id: string;
}
/** letters '' removes the cell. */
export interface RaciOp {
  readonly t: 'raci';
  readonly stepId: string;
  readonly partyId: string;
  readonly letters: string;
}
export interface MetaOp {
  readonly t: 'meta';
  readonly meta: ProjectMeta;
}
/** The smallest unit of change: what commands compile to, what undo replays and what the file stores. */
export type Op = PutOp | DelOp | RaciOp | MetaOp;

type MutableTables = { [T in TableName]: Record<string, TableRows[T]> };

export interface ApplyOptions {
  /**
   * Change the given state itself instead of copying what changes. Copying a table of thousands of
   * rows costs more than the whole write to disk, and the main process keeps no older states
   * (undo replays ops), so it edits in place; the renderer needs new objects for React and copies.
   */
  inPlace?: boolean;
}

/**
 * A RACI row rebuilt in one go. Cells added one by one past about sixteen parties (or any removed)
 * turn a row into a hash-table object that V8 iterates five times slower, and the RACI check
 * iterates every cell of the project.
 */
export function compactRow(row: Record<string, string>): Record<string, string> {
  return copyIdMap(row);
}

/** Copy-on-first-write view of a state (or the state itself, in place), so a batch of ops copies each touched table once. */
export class Draft {
  private readonly tables: Partial<MutableTables> = {};
  private raci: Record<string, Record<string, string>> | null = null;
  private readonly touchedRaciRows = new Set<string>();
  private readonly changedRaciRows = new Set<string>();
  private meta: ProjectMeta;
  private readonly inPlace: boolean;

  constructor(
    private readonly base: ProjectState,
    options: ApplyOptions = {},
  ) {
    this.meta = base.meta;
    this.inPlace = options.inPlace ?? false;
    if (this.inPlace) {
      Object.assign(this.tables, base.tables);
      this.raci = base.raci as Record<string, Record<string, string>>;
    }
  }

  get<T extends TableName>(table: T, id: string): TableRows[T] | undefined {
    return own((this.tables[table] ?? this.base.tables[table]) as Readonly<Record<string, TableRows[T]>>, id);
  }

  all<T extends TableName>(table: T): TableRows[T][] {
    return Object.values((this.tables[table] ?? this.base.tables[table]) as Record<string, TableRows[T]>);
  }

  raciRow(stepId: string): Readonly<Record<string, string>> | undefined {
    return own(this.raci ?? this.base.raci, stepId);
  }

  raciStepIds(): string[] {
    return Object.keys(this.raci ?? this.base.raci);
  }

  currentMeta(): ProjectMeta {
    return this.meta;
  }

  private writable<T extends TableName>(table: T): Record<string, TableRows[T]> {
    let t = this.tables[table] as Record<string, TableRows[T]> | undefined;
    if (!t) {
      t = copyIdMap(this.base.tables[table] as Record<string, TableRows[T]>);
      (this.tables as Record<string, unknown>)[table] = t;
    }
    return t;
  }

  /** Applies one op and returns the op that undoes it. */
  apply(op: Op): Op {
    switch (op.t) {
      case 'put': {
        const table = this.writable(op.table) as Record<string, TableRows[TableName]>;
        const prev = own(table, op.row.id);
        table[op.row.id] = op.row;
        return prev ? ({ t: 'put', table: op.table, row: prev } as PutOp) : { t: 'del', table: op.table, id: op.row.id };
      }
      case 'del': {
        const table = this.writable(op.table) as Record<string, TableRows[TableName]>;
        const prev = own(table, op.id);
        if (!prev) throw new Error(`Cannot delete missing ${op.table} row ${op.id}`);
        delete table[op.id];
        return { t: 'put', table: op.table, row: prev } as PutOp;
      }
      case 'raci': {
        if (!this.raci) this.raci = copyIdMap(this.base.raci as Record<string, Record<string, string>>);
        let row = own(this.raci, op.stepId);
        if (!row || (!this.inPlace && !this.touchedRaciRows.has(op.stepId))) {
          row = row ? copyIdMap(row) : idMap<string>();
          this.raci[op.stepId] = row;
          this.touchedRaciRows.add(op.stepId);
        }
        const prev = own(row, op.partyId) ?? '';
        if (op.letters) row[op.partyId] = op.letters;
        else delete row[op.partyId];
        this.changedRaciRows.add(op.stepId);
        if (Object.keys(row).length === 0) delete this.raci[op.stepId];
        return { t: 'raci', stepId: op.stepId, partyId: op.partyId, letters: prev };
      }
      case 'meta': {
        const prev = this.meta;
        this.meta = op.meta;
        return { t: 'meta', meta: prev };
      }
    }
  }

  finish(): ProjectState {
    if (this.raci) {
      for (const stepId of this.changedRaciRows) {
        const row = own(this.raci, stepId);
        if (row) this.raci[stepId] = compactRow(row);
      }
    }
    if (this.inPlace) {
      (this.base as { meta: ProjectMeta }).meta = this.meta;
      return this.base;
    }
    const tables = { ...this.base.tables, ...this.tables } as Tables;
    const raci: RaciMatrix = this.raci ?? this.base.raci;
    return { meta: this.meta, tables, raci };
  }
}

export interface AppliedOps {
  readonly state: ProjectState;
  readonly inverse: Op[];
}

export function applyOps(state: ProjectState, ops: readonly Op[], options: ApplyOptions = {}): AppliedOps {
  const draft = new Draft(state, options);
  const inverse = ops.map((op) => draft.apply(op)).reverse();
  return { state: draft.finish(), inverse };
}
