import type { Channel } from '../../shared/ipc/contract';
import type { ProjectServices } from './project-services';
import type { WindowSession } from './window-session';
import { DIALOG_NAMES, type DialogAnswer, type DialogName, type FromServices, type ServiceDialogs, type ToServices } from './relay-protocol';

/** Requests after which the menu cannot have changed: no status is sent (edits and progress polls are most requests). */
const QUIET: ReadonlySet<Channel> = new Set<Channel>(['project.execute', 'project.undo', 'project.redo', 'jobs.progress', 'jobs.cancel']);
/** Longest the services wait at shutdown for a request still being answered. */
const SHUTDOWN_GRACE_MS = 5000;

/** Dialogs shown by main on the services' behalf: each call is a message to main and its answer. */
export function remoteDialogs(ask: (name: DialogName, args: unknown[]) => Promise<DialogAnswer>): ServiceDialogs {
  return Object.fromEntries(DIALOG_NAMES.map((name) => [name, (...args: unknown[]) => ask(name, args)])) as unknown as ServiceDialogs;
}

export interface ServicesEndpoint {
  /** Where main's messages go. */
  receive(message: ToServices): void;
  /** For the services' HostOptions: the dialogs, asked of main. */
  dialogs: ServiceDialogs;
}

/**
 * The services' end of the relay: requests from main are answered by the dispatch (which validates
 * them), dialogs are asked of main, and shutdown closes every project before saying so.
 */
export function servicesEndpoint(post: (message: FromServices) => void, running: () => { services: ProjectServices; window: WindowSession }, exit: () => void): ServicesEndpoint {
  const services = () => running().services;
  const asked = new Map<number, { resolve: (path: DialogAnswer) => void; reject: (err: Error) => void }>();
  const inFlight = new Set<Promise<unknown>>();
  let nextDialog = 0;
  let stopping = false;

  function status(): void {
    const { services: { workspace }, window } = running();
    const currentPath = window.path;
    post({ type: 'status', status: { hasProject: currentPath !== null, currentPath, recent: workspace.recent.list(workspace.library) } });
  }

  async function answer(id: number, channel: unknown, request: unknown): Promise<void> {
    const result = await services().dispatch(channel, request);
    running().window.track(channel, result);
    post({ type: 'response', id, result });
    if (!QUIET.has(channel as Channel)) status();
  }

  async function shutdown(): Promise<void> {
    stopping = true;
    services().jobs.cancelAll();
    for (const { reject } of asked.values()) reject(new Error('The app is closing'));
    await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS))]);
    services().close();
    post({ type: 'closed' });
    exit();
  }

  return {
    dialogs: remoteDialogs(
      (name, args) =>
        new Promise((resolve, reject) => {
          const id = nextDialog++;
          asked.set(id, { resolve, reject });
          post({ type: 'dialog', id, name, args });
        }),
    ),
    receive(message) {
      switch (message.type) {
        case 'request': {
          if (stopping) return post({ type: 'response', id: message.id, result: { ok: false, error: { code: 'internal', message: 'The app is closing' } } });
          const done = answer(message.id, message.channel, message.request).finally(() => inFlight.delete(done));
          inFlight.add(done);
          return;
        }
        case 'dialogAnswer': {
          const waiting = asked.get(message.id);
          asked.delete(message.id);
          if (message.error !== undefined) waiting?.reject(new Error(message.error));
          else waiting?.resolve(message.path);
          return;
        }
        case 'closeProjects':
          running().window.closeAll();
          status();
          return;
        case 'shutdown':
          void shutdown();
          return;
      }
    },
  };
}
