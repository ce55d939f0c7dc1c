import type { Language } from '../../shared/model/entities';
import type { OpenProject } from '../../shared/ipc/contract';
import { ProjectLibrary } from './project-library';
import { ProjectSession } from './project-session';

/** The project the window is working on (at most one) and the library of project files. */
export class Workspace {
  private session: ProjectSession | null = null;

  constructor(readonly library: ProjectLibrary) {}

  get current(): ProjectSession | null {
    return this.session;
  }

  create(name: string, language: Language, organisation: string): OpenProject {
    const session = ProjectSession.create(this.library.newPath(name), { name, language, organisation });
    this.replace(session);
    return session.snapshot();
  }

  open(path: string): OpenProject {
    if (this.session?.path === path) return this.session.snapshot();
    const session = ProjectSession.open(path);
    this.replace(session);
    return session.snapshot();
  }

  close(): void {
    this.session?.close();
    this.session = null;
  }

  private replace(session: ProjectSession): void {
    this.session?.close();
    this.session = session;
  }
}
