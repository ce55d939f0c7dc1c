import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { UserTemplateInfo } from '../../shared/ipc/contract';
import { processSnapshotSchema, type ProcessSnapshot } from '../../shared/process/process-snapshot';
import { ProjectFileError } from './project-file-error';

const ID = /^[0-9a-f-]{36}$/;
const templateFileSchema = z.object({
  version: z.literal(1),
  id: z.string().regex(ID),
  name: z.string().trim().min(1).max(200),
  savedAt: z.string().min(1),
  snapshot: processSnapshotSchema,
});
type TemplateFile = z.infer<typeof templateFileSchema>;

function info(file: TemplateFile): UserTemplateInfo {
  return { id: file.id, name: file.name, savedAt: file.savedAt, steps: file.snapshot.steps.length, lanes: file.snapshot.lanes.length };
}

/** Processes the user saved as templates, one JSON file each in the templates folder of the home folder. */
export class UserTemplates {
  private readonly folder: string;

  constructor(home: string) {
    this.folder = join(home, 'templates');
  }

  /** Newest first; a damaged file is skipped rather than hiding every other template. */
  list(): UserTemplateInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.folder).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    return names
      .flatMap((name) => {
        const file = this.read(join(this.folder, name));
        return file ? [info(file)] : [];
      })
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  save(name: string, snapshot: ProcessSnapshot, now = new Date()): UserTemplateInfo {
    const file: TemplateFile = { version: 1, id: randomUUID(), name: name.trim(), savedAt: now.toISOString(), snapshot };
    mkdirSync(this.folder, { recursive: true });
    const target = this.pathOf(file.id);
    writeFileSync(`${target}.tmp`, JSON.stringify(file, null, 2));
    renameSync(`${target}.tmp`, target);
    return info(file);
  }

  load(id: string): { name: string; snapshot: ProcessSnapshot } {
    const file = this.read(this.pathOf(id));
    if (!file) throw new ProjectFileError('not-found', `Template ${id} does not exist or is damaged`);
    return { name: file.name, snapshot: file.snapshot };
  }

  remove(id: string): void {
    rmSync(this.pathOf(id), { force: true });
  }

  private pathOf(id: string): string {
    // Ids come from the renderer: only our own UUIDs may become file names.
    if (!ID.test(id)) throw new ProjectFileError('not-found', `Template ${id} does not exist`);
    return join(this.folder, `${id}.json`);
  }

  private read(path: string): TemplateFile | null {
    try {
      const parsed = templateFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
