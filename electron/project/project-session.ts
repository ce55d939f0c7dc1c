import { randomUUID } from 'node:crypto';
import { CommandError } from '../../shared/commands/command-error';
import type { Command, CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { summarise, type EditSummary } from '../../shared/commands/edit-summary';
import { emptyHistory, record, takeRedo, takeUndo, type History, type HistoryEntry } from '../../shared/commands/history';
import { applyOps, type Op } from '../../shared/commands/ops';
import type { ProjectMetaInput } from '../../shared/model/entities';
import type { ProjectState } from '../../shared/model/project-state';
import type { Change, OpenProject } from '../../shared/ipc/contract';
import type { OpenOptions, ReadOnlyReason } from './project-file';
import { IN_PLACE, ProjectDocument } from './project-document';
import { stillAsLeftBy } from './row-values';

/**
 * One window's (or tab's) view of an open project: its own undo history and how far it has
 * followed the shared document. Several sessions may share one document; each sees the others'
 * changes, and undo never reverts what another session did.
 */
export class ProjectSession {
  private history: History = emptyHistory;
  private seen: number;
  /** When the session last asked for anything; the browser host closes sessions of tabs long gone. */
  lastSeenAt = Date.now();

  constructor(
    readonly document: ProjectDocument,
    readonly id: string = randomUUID(),
    /** A session on a document of its own closes the file with it. */
    private readonly ownsDocument = false,
  ) {
    this.seen = document.revision;
  }

  /** A session on a document of its own (the CLI, tests): closing the session closes the file. */
  static open(path: string, options?: OpenOptions): ProjectSession {
    return new ProjectSession(ProjectDocument.open(path, options), randomUUID(), true);
  }

  static create(path: string, meta: ProjectMetaInput, options?: Pick<OpenOptions, 'app'>): ProjectSession {
    return new ProjectSession(ProjectDocument.create(path, meta, options), randomUUID(), true);
  }

  get path(): string {
    return this.document.path;
  }

  get state(): ProjectState {
    return this.document.state;
  }

  get readOnly(): ReadOnlyReason {
    return this.document.readOnly;
  }

  /** The whole project as this session now sees it; the session is then up to date. */
  snapshot(): OpenProject {
    this.document.refresh();
    this.seen = this.document.revision;
    return { session: this.id, path: this.path, state: this.state, readOnly: this.readOnly, revision: this.seen, ...this.flags() };
  }

  /** Runs a command, writes it, and records it for undo; if writing fails nothing changes. */
  execute(command: CommandInput | Command, label = labelOf(command)): Change {
    const done = this.document.commit((state) => execute(state, command, IN_PLACE));
    this.history = record(this.history, { label, summary: summarise(command), ops: done.ops, inverse: done.inverse });
    return this.catchUp();
  }

  /**
   * A command worked out on a copy of the state elsewhere (a big batch, in a worker) while the
   * document was at `revision`: its ops apply as they are if nothing changed since; otherwise the
   * command is worked out again here, on the state as it now is.
   */
  executePrepared(command: CommandInput | Command, prepared: { readonly ops: readonly Op[] }, revision: number, label = labelOf(command)): Change {
    const done = this.document.commit((state) =>
      this.document.revision === revision ? { ops: prepared.ops, inverse: applyOps(state, prepared.ops, IN_PLACE).inverse } : execute(state, command, IN_PLACE),
    );
    this.history = record(this.history, { label, ops: done.ops, inverse: done.inverse });
    return this.catchUp();
  }

  /** Fills a new project (e.g. from a template): written like any edit, but not something to undo. */
  seed(command: CommandInput): void {
    this.document.commit((state) => execute(state, command, IN_PLACE));
    this.seen = this.document.revision;
  }

  undo(): Change | null {
    const taken = takeUndo(this.history);
    if (!taken) return null;
    return this.replay(taken.entry, taken.entry.ops, taken.entry.inverse, taken.history, { undo: this.history.undo.slice(0, -1), redo: this.history.redo });
  }

  redo(): Change | null {
    const taken = takeRedo(this.history);
    if (!taken) return null;
    return this.replay(taken.entry, taken.entry.inverse, taken.entry.ops, taken.history, { undo: this.history.undo, redo: this.history.redo.slice(0, -1) });
  }

  /** What others changed since this session last looked (and whether the file changed under us). */
  changes(): Change {
    this.document.refresh();
    return this.catchUp();
  }

  integrityCheck(): string {
    return this.document.integrityCheck();
  }

  async saveAs(target: string): Promise<void> {
    await this.document.saveAs(target);
  }

  /** Leaves the document (closing it when the session owns it; otherwise the workspace closes it when no session is left). */
  close(): void {
    this.history = emptyHistory;
    if (this.ownsDocument) this.document.close();
  }

  /**
   * Undo and redo replay stored ops, but only onto rows that still hold what the entry left
   * (`left`): if someone else changed them since, the entry is dropped with a message instead.
   */
  private replay(entry: HistoryEntry, left: readonly Op[], ops: readonly Op[], next: History, without: History): Change {
    let refused = false;
    this.document.commit((state) => {
      if (!stillAsLeftBy(state, left)) {
        refused = true;
        return { ops: [], inverse: [] };
      }
      const { inverse } = applyOps(state, ops, IN_PLACE);
      return { ops, inverse };
    });
    if (refused) {
      this.history = without;
      throw new CommandError('conflict', `Cannot undo "${entry.label}": someone else has changed the same items since`, { label: entry.label });
    }
    this.history = next;
    return this.catchUp();
  }

  private catchUp(): Change {
    const pending = this.document.since(this.seen);
    this.seen = pending.revision;
    this.lastSeenAt = Date.now();
    if (pending.kind === 'reload') return { ops: [], reload: true, revision: pending.revision, ...this.flags() };
    return { ops: pending.ops, revision: pending.revision, ...this.flags() };
  }

  private flags(): { canUndo: boolean; canRedo: boolean; undoEdit: EditSummary | null; redoEdit: EditSummary | null } {
    return {
      canUndo: this.history.undo.length > 0,
      canRedo: this.history.redo.length > 0,
      undoEdit: this.history.undo.at(-1)?.summary ?? null,
      redoEdit: this.history.redo.at(-1)?.summary ?? null,
    };
  }
}

function labelOf(command: CommandInput | Command): string {
  return command.type === 'batch' && command.label ? command.label : command.type;
}
