import { CommandError } from '../../shared/commands/command-error';
import { execute } from '../../shared/commands/execute';
import { emptyHistory, record, takeRedo, takeUndo, type History } from '../../shared/commands/history';
import { applyOps } from '../../shared/commands/ops';
import type { Change, Channel, LanewiseApi, OpenProject, RequestOf, ResponseOf, Result } from '../../shared/ipc/contract';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { templateCommands } from '../../shared/templates/instantiate-template';

class NoProject extends Error {}

interface Session {
  path: string;
  state: ProjectState;
  history: History;
}

/** An in-memory stand-in for main, for unit tests of the renderer: same contract, no files. */
export function createMemoryApi(): LanewiseApi & { readonly calls: Channel[] } {
  let session: Session | null = null;
  const saved = new Map<string, ProjectState>();
  const calls: Channel[] = [];
  let ids = 0;

  const opened = (s: Session): OpenProject => ({
    path: s.path,
    state: s.state,
    canUndo: s.history.undo.length > 0,
    canRedo: s.history.redo.length > 0,
  });
  const change = (s: Session, ops: Change['ops']): Change => ({ ops, canUndo: s.history.undo.length > 0, canRedo: s.history.redo.length > 0 });

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
        if (!session) throw new NoProject('No project is open');
        const templateId = (request as RequestOf<'project.addTemplate'>).templateId;
        return handle('project.execute', { command: templateCommands(templateId, session.state.meta.language, session.state, () => `t${++ids}`) });
      }
      case 'project.create': {
        const path = `/${String(request.name)}.lanewise`;
        const state = emptyProject({ name: String(request.name), language: request.language === 'zh-CN' ? 'zh-CN' : 'en', organisation: String(request.organisation ?? '') });
        session = { path, state, history: emptyHistory };
        saved.set(path, state);
        return opened(session);
      }
      case 'project.open': {
        const state = saved.get(String(request.path));
        if (!state) throw new Error('No such file');
        session = { path: String(request.path), state, history: emptyHistory };
        return opened(session);
      }
      case 'project.current':
        return session ? opened(session) : null;
      case 'project.close':
        session = null;
        return null;
      case 'project.execute': {
        if (!session) throw new NoProject('No project is open');
        const done = execute(session.state, request.command as RequestOf<'project.execute'>['command']);
        session.state = done.state;
        session.history = record(session.history, { label: '', ops: done.ops, inverse: done.inverse });
        saved.set(session.path, session.state);
        return change(session, done.ops);
      }
      case 'project.undo':
      case 'project.redo': {
        if (!session) throw new NoProject('No project is open');
        const taken = channel === 'project.undo' ? takeUndo(session.history) : takeRedo(session.history);
        if (!taken) return null;
        const ops = channel === 'project.undo' ? taken.entry.inverse : taken.entry.ops;
        session.state = applyOps(session.state, ops).state;
        session.history = taken.history;
        return change(session, [...ops]);
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
