import { ProjectFileError } from './project-file-error';

/**
 * SQLite's errors that a user can cause (a full disk, a read-only file, a failing drive), as
 * file errors with a message of their own; anything else is left for the caller.
 */
export function fileErrorFromSqlite(err: unknown, path: string): ProjectFileError | null {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  const detail = (err as Error).message;
  if (code === 'SQLITE_FULL') return new ProjectFileError('disk-full', `The disk is full: the change to ${path} was not saved`, { path });
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new ProjectFileError('read-only', `${path} is read-only: changes cannot be saved`, { path });
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return new ProjectFileError('unwritable', `${path} could not be written (${detail})`, { path, detail });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new ProjectFileError('corrupt', `${path} is damaged (${detail})`, { path, detail });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new ProjectFileError('locked', `${path} is busy in another program`, { path, holder: 'another program', since: '?' });
  return null;
}
