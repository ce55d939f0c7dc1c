import type { Result } from '../../shared/ipc/contract';
import type { Workspace } from '../project/workspace';

/**
 * The desktop app's one window has one open project: the session it was last answered with
 * (create, open, Save As). Opening another closes the one before; a file opened at launch is the
 * window's until its page asks for it.
 */
export function windowSession(workspace: Workspace) {
  let id: string | null = null;
  return {
    get id(): string | null {
      return id;
    },
    get path(): string | null {
      return id ? (workspace.find(id)?.path ?? null) : null;
    },
    /** Follows which project the window has open from what it was answered. */
    track(channel: unknown, result: Result<unknown>): void {
      if (channel === 'project.close' && result.ok) id = null;
      const value = result.ok ? (result.value as { session?: unknown } | null) : null;
      if (value && typeof value.session === 'string' && value.session !== id) {
        if (id) workspace.close(id);
        id = value.session;
      }
    },
    closeAll(): void {
      workspace.closeAll();
      id = null;
    },
  };
}

export type WindowSession = ReturnType<typeof windowSession>;
