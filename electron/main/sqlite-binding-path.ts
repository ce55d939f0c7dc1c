import { join } from 'node:path';

/**
 * Where Electron's build of better-sqlite3 is (scripts/electron-native.mjs makes it): beside the
 * app in development, unpacked from the asar archive in a packaged app.
 */
export function sqliteBindingPath(appPath: string, isPackaged: boolean, resourcesPath: string, abi: string): string {
  const root = isPackaged ? join(resourcesPath, 'app.asar.unpacked') : appPath;
  return join(root, 'native', `electron-${abi}`, 'better_sqlite3.node');
}
