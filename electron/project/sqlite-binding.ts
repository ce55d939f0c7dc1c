import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

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
  const db = new Database(path, nativeBinding ? { ...options, nativeBinding } : options);
  db.pragma('trusted_schema = OFF');
  return db;
}
