import { randomUUID } from 'node:crypto';
import type { Language } from '../../shared/model/entities';
import type { TemplateId } from '../../shared/templates/template-catalogue';
import { templateCommands } from '../../shared/templates/instantiate-template';
import type { OpenProject } from '../../shared/ipc/contract';
import { ProjectLibrary } from './project-library';
import { ProjectSession } from './project-session';
import { RecentProjects } from './recent-projects';
import { UserTemplates } from './user-templates';

/** The project the window is working on (at most one) and the library of project files. */
export class Workspace {
  private session: ProjectSession | null = null;
  /** Projects opened lately, wherever they are (recent.json in the home folder). */
  readonly recent: RecentProjects;
  /** Processes saved as templates (the templates folder of the home folder). */
  readonly templates: UserTemplates;

  constructor(readonly library: ProjectLibrary) {
    this.recent = new RecentProjects(library.home);
    this.templates = new UserTemplates(library.home);
  }

  get current(): ProjectSession | null {
    return this.session;
  }

  /** A new project file in the library, filled from a scenario template when one is given. */
  create(name: string, language: Language, organisation: string, templateId?: TemplateId): OpenProject {
    const session = ProjectSession.create(this.library.newPath(name), { name, language, organisation });
    if (templateId) session.seed(templateCommands(templateId, language, session.state, randomUUID));
    this.replace(session);
    this.recent.add(session.path);
    return session.snapshot();
  }

  open(path: string): OpenProject {
    if (this.session?.path === path) return this.session.snapshot();
    const session = ProjectSession.open(path);
    this.replace(session);
    this.recent.add(session.path);
    return session.snapshot();
  }

  /** Copies the open project to `path` and carries on there. */
  async saveAs(session: ProjectSession, path: string): Promise<OpenProject> {
    await session.saveAs(path);
    this.recent.add(session.path);
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
