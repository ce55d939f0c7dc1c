import { CommandError } from '../../shared/commands/command-error';
import { execute } from '../../shared/commands/execute';
import { summarise } from '../../shared/commands/edit-summary';
import { emptyHistory, record, takeRedo, takeUndo, type History } from '../../shared/commands/history';
import { applyOps } from '../../shared/commands/ops';
import type { Change, Channel, LanewiseApi, OpenProject, RequestOf, ResponseOf, Result } from '../../shared/ipc/contract';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { templateCommands } from '../../shared/templates/instantiate-template';

class NoProject extends Error {}

interface Session {
  id: string;
  path: string;
  state: ProjectState;
  history: History;
  revision: number;
}

const flags = (h: History) => ({
  canUndo: h.undo.length > 0,
  canRedo: h.redo.length > 0,
  undoEdit: h.undo.at(-1)?.summary ?? null,
  redoEdit: h.redo.at(-1)?.summary ?? null,
});

/** An in-memory stand-in for main, for unit tests of the renderer: same contract, no files. */
export function createMemoryApi(): LanewiseApi & { readonly calls: Channel[] } {
  let session: Session | null = null;
  const saved = new Map<string, ProjectState>();
  const calls: Channel[] = [];
  let ids = 0;

  const opened = (s: Session): OpenProject => ({
    session: s.id,
    path: s.path,
    state: s.state,
    ...flags(s.history),
    revision: s.revision,
    readOnly: null,
  });
  const change = (s: Session, ops: Change['ops']): Change => {
    if (ops.length > 0) s.revision++;
    return { ops, ...flags(s.history), revision: s.revision };
  };
  /** The one session this stand-in holds, if the request names it. */
  const inSession = (request: Record<string, unknown>): Session => {
    if (!session || request.session !== session.id) throw new NoProject('No open project for this session');
    return session;
  };

  function handle(channel: Channel, request: Record<string, unknown>): unknown {
    switch (channel) {
      case 'app.info':
        return { version: '0.0.0', host: 'web', home: '/memory' };
      case 'app.language':
        return null;
      case 'projects.list':
        return [...saved.keys()].map((path) => ({ path, fileName: path.slice(1), modifiedAt: '2025-01-01T00:00:00.000Z' }));
      case 'projects.recent':
        return [...saved.keys()].map((path) => ({ path, fileName: path.slice(1), modifiedAt: '2025-01-01T00:00:00.000Z', missing: false }));
      case 'projects.forget':
        saved.delete(String(request.path));
        return handle('projects.recent', {});
      case 'project.openDialog':
      case 'project.saveAsDialog':
        // The memory host has no file dialogs: as if the user cancelled.
        return null;
      case 'templates.list':
        return [];
      case 'templates.saveProcess':
      case 'templates.add':
      case 'templates.delete':
        throw new Error('The memory host keeps no user templates');
      case 'project.addTemplate': {
        const s = inSession(request);
        const templateId = (request as RequestOf<'project.addTemplate'>).templateId;
        return handle('project.execute', { session: s.id, command: templateCommands(templateId, s.state.meta.language, s.state, () => `t${++ids}`) });
      }
      case 'project.create': {
        const path = `/${String(request.name)}.lanewise`;
        const state = emptyProject({ name: String(request.name), language: request.language === 'zh-CN' ? 'zh-CN' : 'en', organisation: String(request.organisation ?? '') });
        session = { id: `session-${++ids}`, path, state, history: emptyHistory, revision: 0 };
        saved.set(path, state);
        return opened(session);
      }
      case 'project.open': {
        const state = saved.get(String(request.path));
        if (!state) throw new Error('No such file');
        session = { id: `session-${++ids}`, path: String(request.path), state, history: emptyHistory, revision: 0 };
        return opened(session);
      }
      case 'project.current':
        return session && request.session === session.id ? opened(session) : null;
      case 'project.changes':
        return change(inSession(request), []);
      case 'project.close':
        if (session && request.session === session.id) session = null;
        return null;
      case 'project.execute': {
        const s = inSession(request);
        const done = execute(s.state, request.command as RequestOf<'project.execute'>['command']);
        s.state = done.state;
        s.history = record(s.history, { label: '', summary: summarise(request.command as RequestOf<'project.execute'>['command']), ops: done.ops, inverse: done.inverse });
        saved.set(s.path, s.state);
        return change(s, done.ops);
      }
      case 'project.undo':
      case 'project.redo': {
        const s = inSession(request);
        const taken = channel === 'project.undo' ? takeUndo(s.history) : takeRedo(s.history);
        if (!taken) return null;
        const ops = channel === 'project.undo' ? taken.entry.inverse : taken.entry.ops;
        s.state = applyOps(s.state, ops).state;
        s.history = taken.history;
        return change(s, [...ops]);
      }
    }
  }

  return {
    calls,
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
      calls.push(channel);
      await Promise.resolve();
      try {
        return { ok: true, value: handle(channel, request as Record<string, unknown>) as ResponseOf<C> };
      } catch (error) {
        const code = error instanceof CommandError ? 'command' : error instanceof NoProject ? 'no-project' : 'internal';
        return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
      }
    },
  };
}
