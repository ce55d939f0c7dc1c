import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

/** The compiled SQLite could not be loaded: nothing is wrong with any project file. */
export class SqliteBindingError extends Error {
  override readonly name = 'SqliteBindingError';
}

/**
 * The desktop app loads SQLite built for Electron's ABI from a folder of its own; the CLI, the
 * browser host and the tests use the Node build that npm installed. Set once at start-up.
 */
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/**
 * Every connection to a project goes through here: the right native build, and no SQL stored in
 * the file (triggers, views, defaults) is trusted to run functions with side effects.
 */
export function openDatabase(path: string | Buffer, options: Database.Options = {}): Database.Database {
  const db = load(path, options);
  db.pragma('trusted_schema = OFF');
  return db;
}

function load(path: string | Buffer, options: Database.Options): Database.Database {
  try {
    return new Database(path, nativeBinding ? { ...options, nativeBinding } : options);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED') {
      throw new SqliteBindingError(`The SQLite module ${nativeBinding ?? 'of better-sqlite3'} could not be loaded: ${(err as Error).message}`);
    }
    throw err;
  }
}

/** Loads the compiled SQLite once, so a wrong or missing build is reported at start and not as a damaged file. */
export function checkSqliteBinding(): void {
  openDatabase(':memory:').close();
}
