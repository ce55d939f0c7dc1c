import { describe, expect, it } from 'vitest';
import { fileErrorFromSqlite } from './sqlite-errors';

const PATH = '/projects/Budget.lanewise';

/** An error as better-sqlite3 throws it: a message and SQLite's extended result code. */
function sqliteError(code: string, message = 'disk I/O error'): Error {
  return Object.assign(new Error(message), { code });
}

function mapped(code: string, message?: string) {
  const err = fileErrorFromSqlite(sqliteError(code, message), PATH);
  return err && { code: err.code, key: err.key, message: err.message, params: err.params };
}

describe('SQLite errors a user can cause, as file errors', () => {
  it('a full disk: nothing was saved', () => {
    expect(fileErrorFromSqlite(sqliteError('SQLITE_FULL'), PATH)?.name).toBe('ProjectFileError');
    expect(mapped('SQLITE_FULL')).toEqual({ code: 'disk-full', key: 'file.disk-full', message: 'The disk is full: the change to /projects/Budget.lanewise was not saved', params: { path: PATH } });
  });

  it.each(['SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_PERM', 'SQLITE_AUTH'])('%s: the file is read-only', (code) => {
    expect(mapped(code)).toEqual({ code: 'read-only', key: 'file.read-only', message: '/projects/Budget.lanewise is read-only: changes cannot be saved', params: { path: PATH } });
  });

  it.each(['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_CANTOPEN', 'SQLITE_CANTOPEN_ISDIR'])('%s: the file could not be written, with SQLite’s reason', (code) => {
    expect(mapped(code, 'disk I/O error')).toEqual({
      code: 'unwritable',
      key: 'file.unwritable',
      message: '/projects/Budget.lanewise could not be written (disk I/O error)',
      params: { path: PATH, detail: 'disk I/O error' },
    });
  });

  it.each(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB'])('%s: the file is damaged, with SQLite’s reason', (code) => {
    expect(mapped(code, 'database disk image is malformed')).toEqual({
      code: 'corrupt',
      key: 'file.corrupt',
      message: '/projects/Budget.lanewise is damaged (database disk image is malformed)',
      params: { path: PATH, detail: 'database disk image is malformed' },
    });
  });

  it.each(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE'])('%s: another program is using the file', (code) => {
    expect(mapped(code)).toEqual({
      code: 'locked',
      key: 'file.locked',
      message: '/projects/Budget.lanewise is busy in another program',
      params: { path: PATH, holder: 'another program', since: '?' },
    });
  });

  it.each([
    ['a bug of ours (a constraint)', 'SQLITE_CONSTRAINT_FOREIGNKEY'],
    ['a misuse of the API', 'SQLITE_MISUSE'],
    ['a code that only ends like a known one', 'XSQLITE_FULL_IOERR'],
    ['a code that only holds a known one', 'MY_SQLITE_BUSY'],
    ['a code that is the start of a known one only in part', 'SQLITE_READ'],
  ])('%s is left for the caller', (_what, code) => {
    expect(fileErrorFromSqlite(sqliteError(code), PATH)).toBeNull();
  });

  it('an error without a SQLite code (a TypeError, a code that is not text) is left for the caller', () => {
    expect(fileErrorFromSqlite(new TypeError('x is undefined'), PATH)).toBeNull();
    expect(fileErrorFromSqlite(Object.assign(new Error('odd'), { code: 13 }), PATH)).toBeNull();
  });
});
