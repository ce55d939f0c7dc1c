import type Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { schemaDifferences } from './expected-schema';
import { ProjectFileError } from './project-file-error';
import { APPLICATION_ID, MIGRATIONS } from './schema-migrations';
import { openDatabase, SqliteBindingError } from './sqlite-binding';
import { fileErrorFromSqlite } from './sqlite-errors';

const SQLITE_HEADER = 'SQLite format 3\u0000';

function readHeader(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ProjectFileError('not-found', `File not found: ${path}`, { path });
    throw new ProjectFileError('unreadable', `Cannot read ${path}: ${(err as Error).message}`, { path });
  }
  try {
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A project file checked on a read-only connection, which stays open for reading it. */
export interface InspectedFile {
  readonly db: Database.Database;
  readonly version: number;
  /** Closes the connection and removes any -wal/-shm the inspection itself created. */
  close(): void;
}

/**
 * Decides whether a file is a Lanewise project this version can open, without writing to it: the
 * header is read by hand, then SQLite checks the pages and the schema must be exactly the one
 * Lanewise writes for the file's version (no trigger, view or extra table can hide in it).
 */
export function inspectProjectFile(path: string, migrations: readonly string[] = MIGRATIONS): InspectedFile {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new ProjectFileError('unreadable', `${path} is a folder, not a project file`, { path }, 'folder');
  const header = readHeader(path);
  const isSqlite = header.subarray(0, 16).toString('latin1') === SQLITE_HEADER;
  if (isSqlite && header.length < 100) throw new ProjectFileError('corrupt', `${path} is damaged (the file is cut short)`, { path, detail: 'cut short' });
  if (!isSqlite) throw new ProjectFileError('not-sqlite', `${path} is not a Lanewise project file (it is not a SQLite database)`, { path });
  if (header.readUInt32BE(68) !== APPLICATION_ID) throw new ProjectFileError('foreign', `${path} is a SQLite database but not a Lanewise project`, { path });
  const hadSidecars = { wal: existsSync(`${path}-wal`), shm: existsSync(`${path}-shm`) };
  let db: Database.Database | undefined;
  const close = () => {
    if (db?.open) db.close();
    removeSidecarsCreated(path, hadSidecars);
  };
  try {
    db = openReadOnly(path);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new ProjectFileError(
        'newer',
        `${path} was saved by a newer version of Lanewise (file format ${version}; this version reads up to ${migrations.length}). Please update Lanewise.`,
        { path, version: String(version), supported: String(migrations.length) },
      );
    }
    // integrity_check, not quick_check: a row missing from its index reads fine but breaks the first write.
    const check = db.pragma('integrity_check', { simple: true }) as string;
    if (check !== 'ok') throw new ProjectFileError('corrupt', `${path} is damaged (${firstProblem(check)})`, { path, detail: firstProblem(check) });
    const differences = schemaDifferences(db, migrations, version);
    if (differences.length > 0) {
      throw new ProjectFileError('unexpected-schema', `${path} holds database objects Lanewise does not write (${differences.slice(0, 3).join('; ')}); it was not opened, so none of them can run`, {
        path,
        detail: differences.slice(0, 3).join('; '),
      });
    }
    return { db, version, close };
  } catch (err) {
    close();
    if (err instanceof ProjectFileError || err instanceof SqliteBindingError) throw err;
    // A rollback-journal file another program is writing at this moment is busy, not damaged.
    const busy = fileErrorFromSqlite(err, path);
    if (busy?.code === 'locked') throw busy;
    throw new ProjectFileError('corrupt', `${path} is damaged and cannot be opened (${(err as Error).message})`, { path, detail: (err as Error).message });
  }
}

const CANNOT_SHARE = new Set(['SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_CANTINIT', 'SQLITE_CANTOPEN']);

/**
 * A read-only connection. A WAL-mode file in a folder we may not write (read-only media, a
 * colleague's share) cannot be opened in place, as SQLite needs its -shm beside it: it is then
 * read from an in-memory copy, which is all a reader needs, unless its -wal holds unfolded changes.
 */
function openReadOnly(path: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path, { readonly: true, fileMustExist: true });
    // SQLite opens lazily: the first read is where a WAL file without its -shm fails.
    db.pragma('user_version', { simple: true });
    return db;
  } catch (err) {
    db?.close();
    if (!CANNOT_SHARE.has(String((err as { code?: unknown }).code))) throw err;
    if ((statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) {
      throw new ProjectFileError('unreadable', `${path} has changes waiting in its -wal file and its folder cannot be written; open it where the folder can be written`, { path });
    }
    const image = readFileSync(path);
    // The header's WAL marks (bytes 18 and 19): an in-memory copy cannot be in WAL mode.
    if (image.length >= 20) {
      image[18] = 1;
      image[19] = 1;
    }
    return openDatabase(image);
  }
}

/** The schema version of a project file this version can open; refuses any other file, writing nothing. */
export function probeProjectFile(path: string, migrations: readonly string[] = MIGRATIONS): number {
  const inspected = inspectProjectFile(path, migrations);
  inspected.close();
  return inspected.version;
}

/** integrity_check reports up to 100 problems, one a line; the first says enough and keeps the message on one line. */
function firstProblem(check: string): string {
  return (
    check
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '' && !l.startsWith('***')) ?? 'unknown damage'
  );
}

/**
 * A read-only connection to a WAL-mode file creates its -wal and -shm but cannot remove them;
 * removing the ones the probe created leaves a refused file as it was found.
 */
function removeSidecarsCreated(path: string, had: { wal: boolean; shm: boolean }): void {
  const wal = `${path}-wal`;
  if (had.wal) return;
  // A non-empty -wal holds another connection's writes: never ours to remove.
  if ((statSync(wal, { throwIfNoEntry: false })?.size ?? 0) > 0) return;
  try {
    rmSync(wal, { force: true });
    if (!had.shm) rmSync(`${path}-shm`, { force: true });
  } catch {
    // Best effort (another process may hold them on Windows): must not hide why the file was refused.
  }
}
