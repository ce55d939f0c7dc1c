import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from '../../shared/model/entities';
import type { TemplateId } from '../../shared/templates/template-catalogue';
import { templateCommands } from '../../shared/templates/instantiate-template';
import type { OpenProject } from '../../shared/ipc/contract';
import { ProjectDocument } from './project-document';
import { ProjectLibrary } from './project-library';
import { ProjectSession } from './project-session';
import { RecentProjects } from './recent-projects';
import { UserTemplates } from './user-templates';

/** A request named a session this host does not hold (closed, expired, or from before a restart). */
export class UnknownSessionError extends Error {}

export interface WorkspaceOptions {
  /** Who writes, for the message another writer of the same file sees ("Lanewise (browser)"). */
  app?: string;
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * The projects this process has open and the sessions on them. Each window or tab has a session
 * of its own; sessions on the same file share one document, so each sees the others' edits, while
 * undo stays with the session that made the edit.
 */
export class Workspace {
  private readonly documents = new Map<string, ProjectDocument>();
  private readonly sessions = new Map<string, ProjectSession>();
  /** Projects opened lately, wherever they are (recent.json in the home folder). */
  readonly recent: RecentProjects;
  /** Processes saved as templates (the templates folder of the home folder). */
  readonly templates: UserTemplates;
  private readonly app: string;

  constructor(
    readonly library: ProjectLibrary,
    options: WorkspaceOptions = {},
  ) {
    this.recent = new RecentProjects(library.home);
    this.templates = new UserTemplates(library.home);
    this.app = options.app ?? 'Lanewise';
  }

  /** The session with this id; throws when the host does not hold it. */
  session(id: string): ProjectSession {
    const session = this.sessions.get(id);
    if (!session) throw new UnknownSessionError(`No open project for session ${id.slice(0, 40)}`);
    return session;
  }

  find(id: string): ProjectSession | undefined {
    return this.sessions.get(id);
  }

  /** Every session open on the file at `path`. */
  sessionsOn(path: string): ProjectSession[] {
    const key = canonical(path);
    return [...this.sessions.values()].filter((s) => canonical(s.path) === key);
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  /** A new project file in the library, filled from a scenario template when one is given. */
  create(name: string, language: Language, organisation: string, templateId?: TemplateId): OpenProject {
    const document = ProjectDocument.create(this.library.newPath(name), { name, language, organisation }, { app: this.app });
    const session = this.attach(document);
    if (templateId) session.seed(templateCommands(templateId, language, session.state, randomUUID));
    this.remember(session.path);
    return session.snapshot();
  }

  /** A new session on the project at `path`, sharing the document when another session has it open. */
  open(path: string, options: { readOnly?: boolean } = {}): OpenProject {
    const key = canonical(path);
    const document = this.documents.get(key) ?? ProjectDocument.open(path, { app: this.app, ...(options.readOnly ? { readOnly: true } : {}) });
    const session = this.attach(document);
    this.remember(session.path);
    return session.snapshot();
  }

  /** Copies the session's project to `path`; every session on it carries on in the copy. */
  async saveAs(id: string, path: string): Promise<OpenProject> {
    const session = this.session(id);
    const before = this.keyOf(session.document);
    await session.saveAs(path);
    if (before) this.documents.delete(before);
    this.documents.set(canonical(session.path), session.document);
    this.remember(session.path);
    return session.snapshot();
  }

  close(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    session.close();
    const document = session.document;
    if (![...this.sessions.values()].some((s) => s.document === document)) {
      const key = this.keyOf(document);
      if (key) this.documents.delete(key);
      document.close();
    }
  }

  /** Closes sessions no request has named for `idleMs` (tabs closed without closing their project). */
  closeIdle(idleMs: number, now = Date.now()): number {
    let closed = 0;
    for (const session of [...this.sessions.values()]) {
      if (now - session.lastSeenAt > idleMs) {
        this.close(session.id);
        closed++;
      }
    }
    return closed;
  }

  closeAll(): void {
    for (const id of [...this.sessions.keys()]) this.close(id);
  }

  private attach(document: ProjectDocument): ProjectSession {
    this.documents.set(canonical(document.path), document);
    const session = new ProjectSession(document);
    this.sessions.set(session.id, session);
    return session;
  }

  private keyOf(document: ProjectDocument): string | undefined {
    for (const [key, d] of this.documents) if (d === document) return key;
    return undefined;
  }

  /** The recent list is a convenience: failing to write it (a full disk) must not fail the open. */
  private remember(path: string): void {
    try {
      this.recent.add(path);
    } catch {
      // The project is open; only the start screen's list is behind.
    }
  }
}
