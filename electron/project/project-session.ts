import { resolve } from 'node:path';
import { execute } from '../../shared/commands/execute';
import type { Command, CommandInput } from '../../shared/commands/command-schema';
import { emptyHistory, record, takeRedo, takeUndo, type History } from '../../shared/commands/history';
import { applyOps, type Op } from '../../shared/commands/ops';
import type { ProjectMetaInput } from '../../shared/model/entities';
import type { ProjectState } from '../../shared/model/project-state';
import type { Change, OpenProject } from '../../shared/ipc/contract';
import { ProjectFile, type OpenOptions } from './project-file';

// The session keeps no older states (undo replays ops), so it edits its state in place: far cheaper on big projects.
const IN_PLACE = { inPlace: true } as const;

/** An open project: its state in memory, its undo history and its file, kept in step. */
export class ProjectSession {
  private history: History = emptyHistory;

  private constructor(
    private file: ProjectFile,
    private current: ProjectState,
  ) {}

  static create(path: string, meta: ProjectMetaInput): ProjectSession {
    const file = ProjectFile.create(path, meta);
    return new ProjectSession(file, file.load());
  }

  static open(path: string, options?: OpenOptions): ProjectSession {
    const file = ProjectFile.open(path, options);
    try {
      return new ProjectSession(file, file.load());
    } catch (err) {
      file.close();
      throw err;
    }
  }

  get path(): string {
    return this.file.path;
  }

  get state(): ProjectState {
    return this.current;
  }

  snapshot(): OpenProject {
    return { path: this.path, state: this.current, ...this.flags() };
  }

  /** Runs a command, writes it, and records it for undo; if writing fails nothing changes. */
  execute(command: CommandInput | Command, label = 'edit'): Change {
    const done = execute(this.current, command, IN_PLACE);
    this.commit(done.ops, done.inverse);
    this.history = record(this.history, { label, ops: done.ops, inverse: done.inverse });
    return { ops: done.ops, ...this.flags() };
  }

  /** Fills a new project (e.g. from a template): written like any edit, but not something to undo. */
  seed(command: CommandInput): void {
    const done = execute(this.current, command, IN_PLACE);
    this.commit(done.ops, done.inverse);
  }

  undo(): Change | null {
    const taken = takeUndo(this.history);
    if (!taken) return null;
    return this.replay(taken.entry.inverse, taken.history);
  }

  redo(): Change | null {
    const taken = takeRedo(this.history);
    if (!taken) return null;
    return this.replay(taken.entry.ops, taken.history);
  }

  close(): void {
    this.file.close();
  }

  /**
   * "Save As": copies the project to `target` and carries on in the copy, undo history and all
   * (the copy holds the same rows, so the same ops apply). The old file stays as it was.
   */
  async saveAs(target: string): Promise<void> {
    const full = resolve(target);
    if (full === resolve(this.path)) return;
    await this.file.copyTo(full);
    const copy = ProjectFile.open(full);
    this.file.close();
    this.file = copy;
  }

  integrityCheck(): string {
    return this.file.integrityCheck();
  }

  private replay(ops: readonly Op[], next: History): Change {
    const { inverse } = applyOps(this.current, ops, IN_PLACE);
    this.commit(ops, inverse);
    this.history = next;
    return { ops: [...ops], ...this.flags() };
  }

  /** Writes ops already applied in memory; if the write fails, memory is put back as well. */
  private commit(ops: readonly Op[], inverse: readonly Op[]): void {
    if (ops.length === 0) return;
    try {
      this.file.persist(ops);
    } catch (err) {
      applyOps(this.current, inverse, IN_PLACE);
      throw err;
    }
  }

  private flags(): { canUndo: boolean; canRedo: boolean } {
    return { canUndo: this.history.undo.length > 0, canRedo: this.history.redo.length > 0 };
  }
}
