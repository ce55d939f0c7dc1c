import type { Result } from '../../shared/ipc/contract';
import type { Language } from '../../shared/model/entities';
import { isDialogName, type DialogAnswer, type FromServices, type ServiceDialogs, type ServicesStatus, type ToServices } from '../services/relay-protocol';

/** What main needs of a utility process (Electron's UtilityProcess, or the harness's stand-in). */
export interface ServicesChild {
  postMessage(message: ToServices): void;
  on(event: 'message', listener: (message: FromServices) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface ServicesClientOptions {
  start(): ServicesChild;
  dialogs: ServiceDialogs;
  onStatus(status: ServicesStatus): void;
  onLanguage(language: Language): void;
  /** The services could not start (e.g. no SQLite built for this Electron). */
  onFatal(message: string): void;
}

/** Longest main waits for the services to close the projects at quit before ending them. */
const STOP_TIMEOUT_MS = 15_000;

const unavailable = (message: string): Result<unknown> => ({ ok: false, error: { code: 'internal', message } });

/**
 * Main's end of the relay to the project services: any channel, any request body, passed on as
 * they came (the services validate them) and answered in the order the services finish them.
 * The services ask for dialogs through it, since only main has windows.
 */
export class ServicesClient {
  private child: ServicesChild | null = null;
  private readonly waiting = new Map<number, (result: Result<unknown>) => void>();
  private nextId = 0;
  private idleWaiters: Array<() => void> = [];
  private stopped: Promise<void> | null = null;
  private failed: string | null = null;

  constructor(private readonly options: ServicesClientOptions) {}

  request(channel: unknown, request: unknown): Promise<Result<unknown>> {
    if (this.stopped) return Promise.resolve(unavailable('The app is closing'));
    if (this.failed) return Promise.resolve(unavailable(this.failed));
    const child = this.running();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      child.postMessage({ type: 'request', id, channel, request });
    });
  }

  /** Resolves once no request is waiting for its answer (e.g. a save in flight at close). */
  idle(): Promise<void> {
    if (this.waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Closes every project (the window has gone) but keeps the services for the next window. */
  closeProjects(): void {
    this.child?.postMessage({ type: 'closeProjects' });
  }

  /** Asks the services to close every project (WAL checkpointed) and waits until they have. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      const child = this.child;
      if (!child) return resolve();
      const timer = setTimeout(() => {
        child.kill();
        resolve();
      }, STOP_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      child.on('message', (message) => message.type === 'closed' && done());
      child.on('exit', done);
      child.postMessage({ type: 'shutdown' });
    });
    return this.stopped;
  }

  private running(): ServicesChild {
    if (this.child) return this.child;
    const child = this.options.start();
    this.child = child;
    child.on('message', (message) => this.receive(child, message));
    child.on('exit', (code) => {
      if (this.child !== child) return;
      this.child = null;
      // A crash loses what was in memory only: every edit answered was already on disk.
      this.settleAll(unavailable(`The project service stopped (exit code ${code}); open the project again`));
    });
    return child;
  }

  private receive(child: ServicesChild, message: FromServices): void {
    switch (message.type) {
      case 'response': {
        const resolve = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        resolve?.(message.result);
        if (this.waiting.size === 0) this.wakeIdle();
        return;
      }
      case 'dialog':
        void this.showDialog(child, message.id, message.name, message.args);
        return;
      case 'status':
        this.options.onStatus(message.status);
        return;
      case 'language':
        this.options.onLanguage(message.language);
        return;
      case 'fatal':
        this.failed = message.message;
        this.settleAll(unavailable(message.message));
        child.kill();
        this.options.onFatal(message.message);
        return;
      case 'ready':
      case 'closed':
        return;
    }
  }

  private async showDialog(child: ServicesChild, id: number, name: unknown, args: unknown[]): Promise<void> {
    if (!isDialogName(name)) return child.postMessage({ type: 'dialogAnswer', id, path: null, error: `Unknown dialog ${String(name)}` });
    try {
      const show = this.options.dialogs[name] as (...a: unknown[]) => Promise<DialogAnswer>;
      child.postMessage({ type: 'dialogAnswer', id, path: await show(...args) });
    } catch (err) {
      child.postMessage({ type: 'dialogAnswer', id, path: null, error: err instanceof Error ? err.message : String(err) });
    }
  }

  private settleAll(result: Result<unknown>): void {
    for (const resolve of this.waiting.values()) resolve(result);
    this.waiting.clear();
    this.wakeIdle();
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
