import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { compactRow, type Op } from '../../shared/commands/ops';
import { projectMetaSchema, type ProjectMetaInput } from '../../shared/model/entities';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { rowSchemas, TABLE_NAMES, type AnyRow, type TableName } from '../../shared/model/tables';
import { probeProjectFile } from './file-probe';
import { ProjectFileError } from './project-file-error';
import { recordToRow, rowToParams, sqlTable, tableColumns, type TableColumns } from './row-columns';
import { APPLICATION_ID, MIGRATIONS } from './schema-migrations';

export interface OpenOptions {
  /** Replaces the shipped migrations; lets tests exercise an upgrade. */
  migrations?: readonly string[];
}

interface TableStatements {
  cols: TableColumns;
  upsert: Database.Statement;
  remove: Database.Statement;
}

/** One open .lanewise file: loads the whole project and persists ops, one transaction per call. */
export class ProjectFile {
  private readonly tables: Record<TableName, TableStatements>;
  private readonly raciUpsert: Database.Statement;
  private readonly raciDelete: Database.Statement;
  private readonly metaUpsert: Database.Statement;
  private readonly persistTx: (ops: readonly Op[]) => void;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
  ) {
    this.tables = Object.fromEntries(
      TABLE_NAMES.map((t) => {
        const cols = tableColumns(t);
        const updates = cols.columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
        return [
          t,
          {
            cols,
            upsert: db.prepare(
              `INSERT INTO ${sqlTable(t)} (${cols.columns.join(', ')}) VALUES (${cols.columns.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`,
            ),
            remove: db.prepare(`DELETE FROM ${sqlTable(t)} WHERE id = ?`),
          },
        ];
      }),
    ) as Record<TableName, TableStatements>;
    this.raciUpsert = db.prepare('INSERT INTO raci (step_id, party_id, letters) VALUES (?, ?, ?) ON CONFLICT(step_id, party_id) DO UPDATE SET letters = excluded.letters');
    this.raciDelete = db.prepare('DELETE FROM raci WHERE step_id = ? AND party_id = ?');
    this.metaUpsert = db.prepare('INSERT INTO project (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    this.persistTx = db.transaction((ops: readonly Op[]) => {
      for (const op of ops) this.persistOne(op);
    });
  }

  /** Creates a new project file; refuses to overwrite an existing one. */
  static create(path: string, meta: ProjectMetaInput): ProjectFile {
    if (existsSync(path)) throw new ProjectFileError('exists', `${path} already exists`);
    const details = projectMetaSchema.parse(meta);
    const db = new Database(path);
    try {
      // Set before WAL is on, so the marker is in the main file's header (which the probe reads by hand)
      // and not only in the -wal, where a crash before the first checkpoint would leave it.
      db.pragma(`application_id = ${APPLICATION_ID}`);
      configure(db);
      migrate(db, 0, MIGRATIONS);
      const file = new ProjectFile(path, db);
      file.persist([{ t: 'meta', meta: details }]);
      return file;
    } catch (err) {
      db.close();
      // A half-made file could not be opened and would block its name.
      for (const p of [path, `${path}-wal`, `${path}-shm`]) {
        try {
          rmSync(p, { force: true });
        } catch {
          // Best effort: the error worth reporting is the one that stopped the create.
        }
      }
      throw err;
    }
  }

  /** Opens an existing project, upgrading it (after a backup copy) when it is older than this version. */
  static open(path: string, options: OpenOptions = {}): ProjectFile {
    const migrations = options.migrations ?? MIGRATIONS;
    const version = probeProjectFile(path, migrations.length);
    if (version < migrations.length) backUp(path, backupPath(path, version));
    const db = new Database(path, { fileMustExist: true });
    try {
      configure(db);
      migrate(db, version, migrations);
      return new ProjectFile(path, db);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  load(): ProjectState {
    let metaRecord: Record<string, unknown>;
    try {
      metaRecord = Object.fromEntries(
        (this.db.prepare('SELECT key, value FROM project').all() as Array<{ key: string; value: string }>).map((r) => [r.key, JSON.parse(r.value) as unknown]),
      );
    } catch {
      throw new ProjectFileError('corrupt', `${this.path}: the project details are damaged`);
    }
    const meta = projectMetaSchema.safeParse(metaRecord);
    if (!meta.success) throw new ProjectFileError('corrupt', `${this.path}: the project details are damaged`);
    const state = emptyProject(meta.data);
    const tables = state.tables as unknown as Record<TableName, Record<string, AnyRow>>;
    for (const t of TABLE_NAMES) {
      const { cols } = this.tables[t];
      for (const record of this.db.prepare(`SELECT ${cols.columns.join(', ')} FROM ${sqlTable(t)}`).all() as Array<Record<string, unknown>>) {
        const parsed = rowSchemas[t].safeParse(recordToRow(record, cols));
        if (!parsed.success) throw new ProjectFileError('corrupt', `${this.path}: a row of ${t} is damaged (${String(record.id)})`);
        tables[t][parsed.data.id] = parsed.data;
      }
    }
    const raci = state.raci as Record<string, Record<string, string>>;
    for (const r of this.db.prepare('SELECT step_id, party_id, letters FROM raci').raw().iterate() as IterableIterator<[string, string, string]>) {
      (raci[r[0]] ??= {})[r[1]] = r[2];
    }
    for (const stepId in raci) raci[stepId] = compactRow(raci[stepId]!);
    return state;
  }

  /** Writes the ops in one transaction: all of them land or none does. */
  persist(ops: readonly Op[]): void {
    this.persistTx(ops);
  }

  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  /**
   * Copies the project to another file with SQLite's backup API (which sees what the WAL holds).
   * The copy is made beside the target and renamed over it, so the target is never half written.
   */
  async copyTo(target: string): Promise<void> {
    const temporary = `${target}.${process.pid}.saving`;
    try {
      await this.db.backup(temporary);
      for (const p of [`${target}-wal`, `${target}-shm`]) rmSync(p, { force: true });
      renameSync(temporary, target);
    } catch (err) {
      rmSync(temporary, { force: true });
      throw new ProjectFileError('unwritable', `${target} could not be written: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private persistOne(op: Op): void {
    switch (op.t) {
      case 'put': {
        const s = this.tables[op.table];
        s.upsert.run(rowToParams(op.row, s.cols.fields));
        return;
      }
      case 'del':
        this.tables[op.table].remove.run(op.id);
        return;
      case 'raci':
        if (op.letters) this.raciUpsert.run(op.stepId, op.partyId, op.letters);
        else this.raciDelete.run(op.stepId, op.partyId);
        return;
      case 'meta':
        for (const [key, value] of Object.entries(op.meta)) this.metaUpsert.run(key, JSON.stringify(value));
        return;
    }
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // A committed command must survive a crash or power cut: the consultant's file is the deliverable.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

function migrate(db: Database.Database, from: number, migrations: readonly string[]): void {
  for (let v = from; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** VACUUM INTO copies what the WAL holds too, which a plain file copy would miss. */
function backUp(path: string, target: string): void {
  rmSync(target, { force: true });
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}

export function backupPath(path: string, version: number): string {
  return `${path}.v${version}.bak`;
}
