import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../shared/ipc/contract';
import type { ProjectLibrary } from './project-library';

const MAX_ENTRIES = 30;
const entrySchema = z.object({ path: z.string().min(1), openedAt: z.string().min(1) });
const fileSchema = z.object({ version: z.literal(1), entries: z.array(entrySchema) });
type Entry = z.infer<typeof entrySchema>;

function modifiedAt(path: string): string | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.mtime.toISOString() : null;
  } catch {
    return null;
  }
}

/**
 * The projects the user opened lately, wherever they are, kept in recent.json in the home folder.
 * A damaged or missing list is an empty list: losing it must never stop the app from starting.
 */
export class RecentProjects {
  private readonly file: string;

  constructor(home: string) {
    this.file = join(home, 'recent.json');
  }

  entries(): Entry[] {
    if (!existsSync(this.file)) return [];
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.entries : [];
    } catch {
      return [];
    }
  }

  /** Puts the project at the top of the list. */
  add(path: string, now = new Date()): void {
    const full = resolve(path);
    this.write([{ path: full, openedAt: now.toISOString() }, ...this.entries().filter((e) => e.path !== full)].slice(0, MAX_ENTRIES));
  }

  remove(path: string): void {
    const full = resolve(path);
    const entries = this.entries();
    if (entries.some((e) => e.path === full)) this.write(entries.filter((e) => e.path !== full));
  }

  /**
   * What the start screen lists: every remembered project (a missing file says so) and every
   * project in the library folder, most recently used first.
   */
  list(library: ProjectLibrary): RecentProject[] {
    const byPath = new Map<string, RecentProject & { sortKey: string }>();
    for (const entry of this.entries()) {
      const modified = modifiedAt(entry.path);
      byPath.set(entry.path, { path: entry.path, fileName: basename(entry.path), modifiedAt: modified, missing: modified === null, sortKey: [entry.openedAt, modified ?? ''].sort().at(-1)! });
    }
    for (const file of library.list()) {
      const path = resolve(file.path);
      if (!byPath.has(path)) byPath.set(path, { ...file, path, missing: false, sortKey: file.modifiedAt });
    }
    return [...byPath.values()].sort((a, b) => b.sortKey.localeCompare(a.sortKey)).map(({ sortKey: _sortKey, ...project }) => project);
  }

  /** Written to a temporary file and renamed, so a crash leaves the old list or the new one. */
  private write(entries: Entry[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify({ version: 1, entries }, null, 2));
      renameSync(temporary, this.file);
    } catch (err) {
      // A full disk must not leave a half-written list behind.
      rmSync(temporary, { force: true });
      throw err;
    }
  }
}
