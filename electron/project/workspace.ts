import { randomUUID } from 'node:crypto';
import type { Language } from '../../shared/model/entities';
import type { TemplateId } from '../../shared/templates/template-catalogue';
import { templateCommands } from '../../shared/templates/instantiate-template';
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

  /** A new project file in the library, filled from a scenario template when one is given. */
  create(name: string, language: Language, organisation: string, templateId?: TemplateId): OpenProject {
    const session = ProjectSession.create(this.library.newPath(name), { name, language, organisation });
    if (templateId) session.seed(templateCommands(templateId, language, session.state, randomUUID));
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
