import { resolve } from 'node:path';
import { applyOps, type Op } from '../../shared/commands/ops';
import type { ProjectMetaInput } from '../../shared/model/entities';
import type { ProjectState } from '../../shared/model/project-state';
import { ChangedElsewhereError, ProjectFile, type OpenOptions, type ReadOnlyReason } from './project-file';

// The document keeps no older states (undo replays ops), so it edits its state in place: far cheaper on big projects.
export const IN_PLACE = { inPlace: true } as const;

/** How many changes are kept for sessions that have not fetched them yet; one further behind reloads. */
const LOG_LIMIT = 2_000;
/** Another program writing at the same moment may make us recompute a change; this often, then we give up. */
const ATTEMPTS = 3;

export interface Computed {
  readonly ops: readonly Op[];
  readonly inverse: readonly Op[];
}

interface LogEntry {
  readonly revision: number;
  readonly ops: readonly Op[];
}

/** What a session has not seen yet: the ops to apply in order, or a reload when it fell too far behind. */
export type Pending = { kind: 'ops'; ops: Op[]; revision: number } | { kind: 'reload'; revision: number };

/**
 * One project file open in this process, shared by every session (window, tab) on it: the state
 * in memory, the file, and the log of changes each session fetches to stay in step.
 */
export class ProjectDocument {
  private log: LogEntry[] = [];
  private current: ProjectState;
  private rev = 0;
  /** Revisions up to this one are not in the log (trimmed, or before a reload). */
  private floor = 0;
  /** Set when the state was reloaded because another program changed the file. */
  private externalChanges = 0;

  private constructor(private file: ProjectFile) {
    this.current = file.initialState;
  }

  static open(path: string, options: OpenOptions = {}): ProjectDocument {
    return new ProjectDocument(ProjectFile.open(path, options));
  }

  static create(path: string, meta: ProjectMetaInput, options: Pick<OpenOptions, 'app'> = {}): ProjectDocument {
    return new ProjectDocument(ProjectFile.create(path, meta, options));
  }

  get path(): string {
    return this.file.path;
  }

  get state(): ProjectState {
    return this.current;
  }

  get revision(): number {
    return this.rev;
  }

  get readOnly(): ReadOnlyReason {
    return this.file.readOnly;
  }

  /** How many times the file was reloaded after another program wrote to it. */
  get reloads(): number {
    return this.externalChanges;
  }

  /**
   * Applies a change computed on the current state (in place) and writes it in one transaction.
   * When another program wrote to the file meanwhile, the state is reloaded first and the change
   * computed again on what the file now holds. If writing fails, memory is put back as well.
   */
  commit(compute: (state: ProjectState) => Computed): Computed {
    for (let attempt = 1; ; attempt++) {
      let done: Computed | null = null;
      try {
        this.file.write(() => {
          done = compute(this.current);
          this.file.persist(done.ops, done.inverse);
        });
      } catch (err) {
        if (done) applyOps(this.current, (done as Computed).inverse, IN_PLACE);
        if (err instanceof ChangedElsewhereError && attempt < ATTEMPTS) {
          this.reload();
          continue;
        }
        if (err instanceof ChangedElsewhereError) this.reload();
        throw err;
      }
      const result = done as unknown as Computed;
      if (result.ops.length > 0) this.append(result.ops);
      return result;
    }
  }

  /** Reloads when another program changed the file since we last looked; true when it did. */
  refresh(): boolean {
    if (!this.file.changedElsewhere()) return false;
    this.reload();
    return true;
  }

  /** What a session that has seen up to `since` must apply to catch up. */
  since(revision: number): Pending {
    if (revision === this.rev) return { kind: 'ops', ops: [], revision };
    if (revision < this.floor || revision > this.rev) return { kind: 'reload', revision: this.rev };
    const ops: Op[] = [];
    for (const entry of this.log) if (entry.revision > revision) ops.push(...entry.ops);
    return { kind: 'ops', ops, revision: this.rev };
  }

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

  close(): void {
    this.file.close();
  }

  private append(ops: readonly Op[]): void {
    this.rev++;
    this.log.push({ revision: this.rev, ops });
    if (this.log.length > LOG_LIMIT) {
      const dropped = this.log.splice(0, this.log.length - LOG_LIMIT);
      this.floor = dropped.at(-1)!.revision;
    }
  }

  private reload(): void {
    this.current = this.file.load();
    this.file.markSeen();
    this.externalChanges++;
    this.rev++;
    this.floor = this.rev;
    this.log = [];
  }
}
