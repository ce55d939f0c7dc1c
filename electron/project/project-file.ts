import type Database from 'better-sqlite3';
import { accessSync, constants, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Op } from '../../shared/commands/ops';
import type { ReadOnlyReason } from '../../shared/ipc/contract';
import { projectMetaSchema, type ProjectMetaInput } from '../../shared/model/entities';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import type { AnyRow, TableName } from '../../shared/model/table-registry';
import { schemaDifferences } from './expected-schema';
import { inspectProjectFile, type InspectedFile } from './file-probe';
import { WriterLock } from './file-lock';
import { ProjectFileError } from './project-file-error';
import { readProject, requireSound, type ReadProject } from './project-reader';
import { fieldValue, rowToParams, sqlTable, tableColumns, type TableColumns } from './row-columns';
import { APPLICATION_ID, MIGRATIONS } from './schema-migrations';
import { openDatabase } from './sqlite-binding';
import { fileErrorFromSqlite } from './sqlite-errors';

export interface OpenOptions {
  /** Replaces the shipped migrations; lets tests exercise an upgrade. */
  migrations?: readonly string[];
  /** Open without writing anything, ever (the user asked, or another window has the file). */
  readOnly?: boolean;
  /** Who is writing, for the message a second writer gets. */
  app?: string;
  /** Sees every SQL statement the writing connection runs (tests check exactly what a change writes). */
  trace?: (sql?: unknown) => void;
}

export type { ReadOnlyReason };

/** Another connection committed since we last looked: the caller must reload and compute its change again. */
export class ChangedElsewhereError extends Error {}

interface TableStatements {
  cols: TableColumns;
  insert: Database.Statement;
  remove: Database.Statement;
}

interface FileIdentity {
  dev: number;
  ino: number;
}

const DEFAULT_APP = 'Lanewise';

function identityOf(path: string): FileIdentity | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * One open .lanewise file. It is read and checked on a read-only connection before anything is
 * written, held for writing by one process at a time, and written one transaction per change,
 * each first making sure the file is still the one it opened and nobody else wrote to it meanwhile.
 */
export class ProjectFile {
  private readonly tables = new Map<TableName, TableStatements>();
  private readonly statements = new Map<string, Database.Statement>();
  private dataVersion = 0;
  private identity: FileIdentity | null;
  private reason: ReadOnlyReason;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    private lock: WriterLock | null,
    reason: ReadOnlyReason,
    /** The state read when the file was opened. */
    readonly initialState: ProjectState,
    private readonly migrations: readonly string[] = MIGRATIONS,
    /** Closes the connection; a read-only one also removes the -wal/-shm it created. */
    private readonly closeConnection: () => void = () => db.close(),
  ) {
    this.reason = reason;
    this.identity = identityOf(path);
    this.dataVersion = this.currentDataVersion();
  }

  /** Creates a new project file; refuses to overwrite an existing one. */
  static create(path: string, meta: ProjectMetaInput, options: Pick<OpenOptions, 'app'> = {}): ProjectFile {
    if (existsSync(path)) throw new ProjectFileError('exists', `${path} already exists`, { path });
    const details = projectMetaSchema.parse(meta);
    const lock = WriterLock.acquire(path, options.app ?? DEFAULT_APP);
    let db: Database.Database | undefined;
    try {
      db = openDatabase(path);
      // Set before WAL is on, so the marker is in the main file's header (which the probe reads by hand)
      // and not only in the -wal, where a crash before the first checkpoint would leave it.
      db.pragma(`application_id = ${APPLICATION_ID}`);
      configure(db);
      migrate(db, 0, MIGRATIONS);
      const file = new ProjectFile(path, db, lock, null, emptyProject(details));
      file.write(() => file.persist([{ t: 'meta', meta: details }], []));
      return file;
    } catch (err) {
      db?.close();
      // A half-made file could not be opened and would block its name.
      for (const p of [path, `${path}-wal`, `${path}-shm`]) {
        try {
          rmSync(p, { force: true });
        } catch {
          // Best effort: the error worth reporting is the one that stopped the create.
        }
      }
      lock.release();
      throw err instanceof ProjectFileError ? err : (fileErrorFromSqlite(err, path) ?? err);
    }
  }

  /**
   * Opens an existing project. The file is checked and read in full on a read-only connection
   * first; an older one is upgraded in memory to prove it reads, and only then backed up and
   * upgraded in place. A refused file is left exactly as it was.
   */
  static open(path: string, options: OpenOptions = {}): ProjectFile {
    const migrations = options.migrations ?? MIGRATIONS;
    let lock: WriterLock | null = null;
    let reason: ReadOnlyReason = options.readOnly ? 'requested' : null;
    if (!reason && existsSync(path) && !writable(path)) reason = 'file-read-only';
    if (!reason) {
      try {
        lock = WriterLock.acquire(path, options.app ?? DEFAULT_APP);
      } catch (err) {
        if (!(err instanceof ProjectFileError) || err.code !== 'read-only') throw err;
        reason = 'file-read-only';
      }
    }
    try {
      const inspected = inspectProjectFile(path, migrations);
      let state: ProjectState;
      try {
        state = requireSound(readInspected(inspected, migrations, path), path);
      } catch (err) {
        inspected.close();
        throw err;
      }
      if (reason) return new ProjectFile(path, inspected.db, null, reason, state, migrations, inspected.close);
      const old = inspected.version < migrations.length;
      if (old) backUp(inspected.db, backupPath(path, inspected.version));
      inspected.close();
      const db = openDatabase(path, { fileMustExist: true, ...(options.trace ? { verbose: options.trace } : {}) });
      try {
        configure(db);
        if (old) {
          migrate(db, inspected.version, migrations);
          state = requireSound(readProject(db, path), path);
        }
        return new ProjectFile(path, db, lock, null, state, migrations);
      } catch (err) {
        db.close();
        throw err instanceof ProjectFileError ? err : (fileErrorFromSqlite(err, path) ?? err);
      }
    } catch (err) {
      lock?.release();
      throw err;
    }
  }

  get readOnly(): ReadOnlyReason {
    return this.reason;
  }

  /**
   * Reads the whole project again from the file (after another connection changed it). What the
   * other program wrote is checked like a file being opened: a schema that is no longer exactly
   * Lanewise's stops all writing, so nothing it added can run on our writes.
   */
  load(): ProjectState {
    const differences = schemaDifferences(this.db, this.migrations, this.migrations.length);
    if (differences.length > 0) {
      this.reason = 'file-read-only';
      throw new ProjectFileError('unexpected-schema', `${this.path} was changed by another program to hold database objects Lanewise does not write (${differences.slice(0, 3).join('; ')})`, {
        path: this.path,
        detail: differences.slice(0, 3).join('; '),
      });
    }
    return requireSound(readProject(this.db, this.path), this.path);
  }

  /** True when another connection has committed to the file since this one last read or wrote it. */
  changedElsewhere(): boolean {
    return this.currentDataVersion() !== this.dataVersion;
  }

  /** Marks what the file holds now as seen (after a reload). */
  markSeen(): void {
    this.dataVersion = this.currentDataVersion();
  }

  /**
   * Runs `work` in one write transaction, after making sure the file is still where it was and
   * nobody else has written to it since we last looked; all of it lands or none of it does.
   */
  write<T>(work: () => T): T {
    if (this.reason) throw this.readOnlyError();
    const now = identityOf(this.path);
    if (!now || !this.identity || now.dev !== this.identity.dev || now.ino !== this.identity.ino) {
      this.reason = 'moved';
      throw this.readOnlyError();
    }
    try {
      const result = this.db
        .transaction(() => {
          if (this.changedElsewhere()) throw new ChangedElsewhereError(`${this.path} was changed by another program`);
          return work();
        })
        .immediate();
      this.dataVersion = this.currentDataVersion();
      return result;
    } catch (err) {
      if (err instanceof ChangedElsewhereError || err instanceof ProjectFileError) throw err;
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || (err as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new ChangedElsewhereError(`${this.path} holds rows this change did not expect`);
      }
      const mapped = fileErrorFromSqlite(err, this.path);
      if (mapped?.code === 'read-only') this.reason = 'file-read-only';
      throw mapped ?? err;
    }
  }

  /**
   * Writes ops already applied in memory. `inverse` (as the command returned it) tells which rows
   * existed before, so an update writes only the columns it changes and an add never overwrites
   * a row someone else added. Must run inside write().
   */
  persist(ops: readonly Op[], inverse: readonly Op[]): void {
    ops.forEach((op, i) => this.persistOne(op, inverse[ops.length - 1 - i]));
  }

  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  /**
   * Copies the project to another file with SQLite's backup API (which sees what the WAL holds,
   * and works even when the file was deleted while open). The copy is made beside the target and
   * renamed over it, so the target is never half written.
   */
  async copyTo(target: string): Promise<void> {
    const temporary = `${target}.${process.pid}.saving`;
    try {
      await this.db.backup(temporary);
      for (const p of [`${target}-wal`, `${target}-shm`]) rmSync(p, { force: true });
      renameSync(temporary, target);
    } catch (err) {
      rmSync(temporary, { force: true });
      throw fileErrorFromSqlite(err, target) ?? new ProjectFileError('unwritable', `${target} could not be written: ${(err as Error).message}`, { path: target, detail: (err as Error).message });
    }
  }

  /**
   * Folds the WAL into the file before closing, so the .lanewise file alone holds the whole
   * project and a copy of a closed project is complete.
   */
  close(): void {
    if (this.db.open) {
      if (!this.db.readonly) {
        try {
          this.db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // Closing checkpoints too; a failure here must not keep the file open.
        }
      }
      this.closeConnection();
    }
    this.lock?.release();
    this.lock = null;
  }

  private currentDataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  private readOnlyError(): ProjectFileError {
    if (this.reason === 'moved') return new ProjectFileError('moved', `${this.path} was moved, renamed or deleted while open; use Save As to keep your work`, { path: this.path });
    return new ProjectFileError('read-only', `${this.path} is open read-only: changes cannot be saved`, { path: this.path });
  }

  private statementsOf(table: TableName): TableStatements {
    let s = this.tables.get(table);
    if (!s) {
      const cols = tableColumns(table);
      s = {
        cols,
        insert: this.db.prepare(`INSERT INTO ${sqlTable(table)} (${cols.columns.join(', ')}) VALUES (${cols.columns.map(() => '?').join(', ')})`),
        remove: this.db.prepare(`DELETE FROM ${sqlTable(table)} WHERE id = ?`),
      };
      this.tables.set(table, s);
    }
    return s;
  }

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private persistOne(op: Op, before: Op | undefined): void {
    switch (op.t) {
      case 'put': {
        const s = this.statementsOf(op.table);
        const prev = before?.t === 'put' && before.table === op.table ? (before.row as AnyRow) : null;
        if (!prev) {
          s.insert.run(rowToParams(op.row, s.cols));
          return;
        }
        const changed = s.cols.fields.filter((f) => f !== 'id' && fieldValue(op.row, f, s.cols) !== fieldValue(prev, f, s.cols));
        if (changed.length === 0) return;
        const sets = changed.map((f) => `${s.cols.columns[s.cols.fields.indexOf(f)]} = ?`).join(', ');
        const result = this.statement(`UPDATE ${sqlTable(op.table)} SET ${sets} WHERE id = ?`).run(...changed.map((f) => fieldValue(op.row, f, s.cols)), op.row.id);
        if (result.changes !== 1) throw new ChangedElsewhereError(`${op.table} row ${op.row.id} is not in the file`);
        return;
      }
      case 'del': {
        const result = this.statementsOf(op.table).remove.run(op.id);
        if (result.changes !== 1) throw new ChangedElsewhereError(`${op.table} row ${op.id} is not in the file`);
        return;
      }
      case 'raci': {
        const had = before?.t === 'raci' && before.letters !== '';
        const result = !op.letters
          ? this.statement('DELETE FROM raci WHERE step_id = ? AND party_id = ?').run(op.stepId, op.partyId)
          : had
            ? this.statement('UPDATE raci SET letters = ? WHERE step_id = ? AND party_id = ?').run(op.letters, op.stepId, op.partyId)
            : this.statement('INSERT INTO raci (step_id, party_id, letters) VALUES (?, ?, ?)').run(op.stepId, op.partyId, op.letters);
        if (result.changes !== 1) throw new ChangedElsewhereError(`RACI cell ${op.stepId}/${op.partyId} is not as this change expected`);
        return;
      }
      case 'meta': {
        const prev = before?.t === 'meta' ? (before.meta as unknown as Record<string, unknown>) : {};
        for (const [key, value] of Object.entries(op.meta)) {
          const text = JSON.stringify(value);
          if (JSON.stringify(prev[key]) !== text) this.statement('INSERT INTO project (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, text);
        }
        return;
      }
    }
  }
}

/** Reads an inspected file; an older one is upgraded in memory first, so nothing is written to prove it reads. */
function readInspected(inspected: InspectedFile, migrations: readonly string[], path: string): ReadProject {
  if (inspected.version === migrations.length) return readProject(inspected.db, path);
  const image = inspected.db.serialize();
  // A WAL file's header says so (bytes 18 and 19); an in-memory copy cannot be in WAL mode.
  image[18] = 1;
  image[19] = 1;
  const copy = openDatabase(image);
  try {
    migrate(copy, inspected.version, migrations);
    return readProject(copy, path);
  } catch (err) {
    if (err instanceof ProjectFileError) throw err;
    throw new ProjectFileError('corrupt', `${path} cannot be upgraded (${(err as Error).message})`, { path, detail: (err as Error).message });
  } finally {
    copy.close();
  }
}

/** The project in a file, read without writing anything and without taking the writer's lock (for info, check, export). */
export function readProjectFile(path: string, migrations: readonly string[] = MIGRATIONS): ReadProject {
  const inspected = inspectProjectFile(path, migrations);
  try {
    return readInspected(inspected, migrations, path);
  } finally {
    inspected.close();
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
function backUp(db: Database.Database, target: string): void {
  rmSync(target, { force: true });
  db.prepare('VACUUM INTO ?').run(target);
}

export function backupPath(path: string, version: number): string {
  return `${path}.v${version}.bak`;
}

