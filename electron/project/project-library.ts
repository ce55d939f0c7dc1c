import { mkdirSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { ProjectFileInfo } from '../../shared/ipc/contract';

export const PROJECT_EXTENSION = '.lanewise';

/** Where projects live when no folder is chosen: LANEWISE_HOME, else the OS app-data folder. */
export function defaultHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LANEWISE_HOME) return resolve(env.LANEWISE_HOME);
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lanewise');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lanewise');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'lanewise');
}

/** The folder of project files the start screen lists. */
export class ProjectLibrary {
  constructor(readonly home: string) {
    mkdirSync(home, { recursive: true });
  }

  list(): ProjectFileInfo[] {
    return readdirSync(this.home)
      .filter((f) => f.endsWith(PROJECT_EXTENSION))
      .map((fileName) => {
        const path = join(this.home, fileName);
        return { path, fileName, modifiedAt: statSync(path).mtime.toISOString() };
      })
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  }

  /** A new file path named after the project, never one that exists. */
  newPath(projectName: string): string {
    const base = projectName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '').trim().slice(0, 80) || 'project';
    const taken = new Set(readdirSync(this.home));
    let name = `${base}${PROJECT_EXTENSION}`;
    for (let i = 2; taken.has(name); i++) name = `${base} (${i})${PROJECT_EXTENSION}`;
    return join(this.home, name);
  }

  /** Whether the file really lies in the folder: links are followed, so one pointing outside does not count. */
  contains(path: string): boolean {
    return realPath(path).startsWith(realpathSync(this.home) + sep);
  }
}

/** The path with every link resolved; a file not there yet is taken as its real folder plus its name. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
