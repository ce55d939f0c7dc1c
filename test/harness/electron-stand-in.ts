import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An Electron event that can be prevented (close, before-quit, will-quit). */
export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

function preventable(): PreventableEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export interface Frame {
  url: string;
  parent: Frame | null;
}

export class StandInWebContents extends EventEmitter {
  readonly mainFrame: Frame = { url: 'about:blank', parent: null };
  /** Everything main sent the page, in order. */
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    this.emit('ipc-to-page', channel, ...args);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export interface StandInOptions {
  /** What app.getAppPath() returns: where main looks for native/electron-<abi>. */
  appPath: string;
  userData: string;
  /** Environment of the forked services (e.g. LANEWISE_HOME). */
  env: Record<string, string>;
  locale?: string;
}

/**
 * The parts of the `electron` module the built main uses, standing in under plain Node: windows
 * and their web contents, IPC, dialogs (answered from a queue the test fills), the menu, the
 * session, and utilityProcess (a child_process.fork of the services bundle with parentPort).
 */
export function electronStandIn(options: StandInOptions) {
  const windows: StandInWindow[] = [];
  const children: ChildProcess[] = [];
  let quitting = false;
  let resolveQuit!: () => void;
  const quitted = new Promise<void>((r) => (resolveQuit = r));
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    exited: false,
    whenReady: () => ready,
    getLocale: () => options.locale ?? 'en-GB',
    getAppPath: () => options.appPath,
    getPath: (name: string) => (name === 'userData' ? options.userData : join(options.userData, name)),
    requestSingleInstanceLock: () => true,
    addRecentDocument: (_path: string) => undefined,
    /** As Electron: before-quit, then every window is closed (any may refuse), then will-quit and quit. */
    quit() {
      const before = preventable();
      app.emit('before-quit', before);
      if (before.defaultPrevented) return;
      quitting = true;
      for (const win of [...windows]) {
        win.close();
        if (!win.destroyed) {
          quitting = false;
          return;
        }
      }
      const will = preventable();
      app.emit('will-quit', will);
      if (will.defaultPrevented) {
        quitting = false;
        return;
      }
      app.emit('quit');
      app.exited = true;
      resolveQuit();
    },
  });

  class StandInWindow extends EventEmitter {
    static getAllWindows = () => [...windows];
    readonly webContents = new StandInWebContents();
    destroyed = false;
    loadedFile: string | null = null;
    visible = false;

    constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
      super();
      windows.push(this);
    }

    async loadFile(path: string): Promise<void> {
      this.loadedFile = path;
      this.webContents.mainFrame.url = pathToFileURL(path).href;
      this.emit('ready-to-show');
    }
    show() {
      this.visible = true;
    }
    maximize() {}
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    setRepresentedFilename(_path: string) {}
    getNormalBounds() {
      return { x: 10, y: 10, width: 1280, height: 800 };
    }
    /** As Electron: 'close' may be prevented; otherwise the window goes, and with the last one (unless quitting) window-all-closed. */
    close(): void {
      if (this.destroyed) return;
      const event = preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
      if (windows.length === 0 && !quitting) app.emit('window-all-closed');
    }
  }

  const ipcMain = Object.assign(new EventEmitter(), {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
      ipcMain.handlers.set(channel, handler);
    },
  });

  const dialogAnswers: Array<{ canceled: boolean; filePath?: string; filePaths?: string[] }> = [];
  const dialogCalls: Array<{ kind: 'save' | 'open'; options: unknown }> = [];
  const errorBoxes: Array<{ title: string; content: string }> = [];
  const answer = (kind: 'save' | 'open', args: unknown[]) => {
    dialogCalls.push({ kind, options: args[args.length - 1] });
    return Promise.resolve(dialogAnswers.shift() ?? { canceled: true, filePaths: [] });
  };
  const dialog = {
    showSaveDialog: (...args: unknown[]) => answer('save', args),
    showOpenDialog: (...args: unknown[]) => answer('open', args),
    showErrorBox: (title: string, content: string) => void errorBoxes.push({ title, content }),
  };

  const menus: unknown[] = [];
  const Menu = { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => void menus.push(menu) };

  const sessionHooks: { headers?: (details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void; permission?: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void } = {};
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: (fn: NonNullable<typeof sessionHooks.headers>) => void (sessionHooks.headers = fn) },
      setPermissionRequestHandler: (fn: NonNullable<typeof sessionHooks.permission>) => void (sessionHooks.permission = fn),
    },
  };

  const utilityProcess = {
    fork(modulePath: string, args: string[] = [], forkOptions: { env?: Record<string, string> } = {}) {
      const child = fork(modulePath, args, {
        env: { ...process.env, ...forkOptions.env, ...options.env },
        execArgv: ['--require', join(import.meta.dirname, 'utility-bootstrap.cjs')],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      const emitter = Object.assign(new EventEmitter(), {
        pid: child.pid,
        postMessage: (message: unknown) => void child.send(message as Parameters<ChildProcess['send']>[0]),
        kill: () => child.kill(),
      });
      child.on('message', (message) => emitter.emit('message', message));
      child.on('exit', (code) => emitter.emit('exit', code ?? 0));
      return emitter;
    },
  };

  const module = {
    app,
    BrowserWindow: StandInWindow,
    ipcMain,
    dialog,
    Menu,
    session,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: (_url: string) => Promise.resolve() },
    utilityProcess,
  };

  return { module, app, ipcMain, windows, children, dialogAnswers, dialogCalls, errorBoxes, menus, sessionHooks, quitted, ready: () => resolveReady() };
}

export type ElectronStandIn = ReturnType<typeof electronStandIn>;
export type StandInWindow = ElectronStandIn['windows'][number];
