import type Database from 'better-sqlite3';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import { ProjectFileError } from './project-file-error';
import { openDatabase } from './sqlite-binding';

/** Who holds a project open for writing: shown to the second writer. */
export interface LockHolder {
  app: string;
  host: string;
  pid: number;
  since: string;
}
const holderSchema = z.object({ app: z.string().max(100), host: z.string().max(255), pid: z.number().int(), since: z.string().max(40) });

export function lockPath(path: string): string {
  return `${path}-lock`;
}
function infoPath(path: string): string {
  return `${path}-lock.json`;
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(infoPath(path), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function timeOfDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * One writer per project file across processes. The lock is an exclusive SQLite lock on a small
 * file beside the project: the operating system drops it when its process ends, however it ends
 * (a crash, SIGKILL, a power cut), so a stale lock never blocks; the next writer simply gets it.
 * Who holds it is written next to it for the message the second writer sees.
 */
export class WriterLock {
  private constructor(
    private readonly path: string,
    private db: Database.Database | null,
  ) {}

  static acquire(path: string, app: string, retry = true): WriterLock {
    if (path.includes('\u0000')) throw new ProjectFileError('unreadable', 'A file name cannot hold a NUL character', { path: path.replaceAll('\u0000', '\\0') });
    let db: Database.Database;
    try {
      db = openDatabase(lockPath(path), { timeout: 0 });
    } catch (err) {
      throw new ProjectFileError('read-only', `${path} cannot be locked for writing (${(err as Error).message})`, { path });
    }
    try {
      db.pragma('journal_mode = OFF');
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
    } catch (err) {
      db.close();
      if ((err as { code?: string }).code === 'SQLITE_BUSY' || (err as { code?: string }).code === 'SQLITE_LOCKED') throw lockedError(path);
      throw new ProjectFileError('read-only', `${path} cannot be locked for writing (${(err as Error).message})`, { path });
    }
    // The previous holder may have removed the file between our open and our lock: that lock guards nothing.
    if (!existsSync(lockPath(path))) {
      db.close();
      if (retry) return WriterLock.acquire(path, app, false);
      throw new ProjectFileError('read-only', `${path} cannot be locked for writing`, { path });
    }
    const holder: LockHolder = { app, host: hostname(), pid: process.pid, since: new Date().toISOString() };
    const temporary = `${infoPath(path)}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(holder));
      renameSync(temporary, infoPath(path));
    } catch {
      // The lock holds without its note; the second writer is then told less about who has the file.
      rmSync(temporary, { force: true });
    }
    return new WriterLock(path, db);
  }

  /** Whoever holds the lock, or null when the file is free. */
  static holder(path: string): LockHolder | null {
    try {
      WriterLock.acquire(path, 'probe').release();
      return null;
    } catch (err) {
      if (err instanceof ProjectFileError && err.code === 'locked') return readHolder(path) ?? { app: 'another program', host: '', pid: 0, since: '' };
      return null;
    }
  }

  release(): void {
    if (!this.db) return;
    const db = this.db;
    this.db = null;
    rmSync(infoPath(this.path), { force: true });
    db.close();
    rmSync(lockPath(this.path), { force: true });
  }
}

function lockedError(path: string): ProjectFileError {
  const holder = readHolder(path);
  const who = holder ? `${holder.app}${holder.host && holder.host !== hostname() ? ` on ${holder.host}` : ''}` : 'another Lanewise window';
  const since = holder ? timeOfDay(holder.since) : '?';
  return new ProjectFileError('locked', `${path} is open in ${who} since ${since} — close it there, or open it read-only`, { path, holder: who, since });
}
