import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Result } from '../../shared/ipc/contract';
import { FLUSH_CHANNEL, FLUSHED_CHANNEL } from '../../shared/ipc/flush-bridge';
import { INVOKE_CHANNEL } from '../../electron/ipc/invoke-channel';
import { takesSession } from '../../electron/ipc/session-dispatch';
import { electronStandIn, type Frame, type StandInWindow } from './electron-stand-in';

const require = createRequire(import.meta.url);
/** The built bundle, exactly what `electron .` runs. */
export const MAIN_BUNDLE = resolve(import.meta.dirname, '..', '..', 'dist', 'electron', 'main.cjs');
const NODE_SQLITE = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

type ModuleLoader = { _load(request: string, parent: unknown, isMain: boolean): unknown };

export interface HarnessOptions {
  /** Leave out native/electron-<abi> (as when the Electron build was never made). */
  withoutSqliteBuild?: boolean;
  /** The folder of an earlier run: the app starts again on the same projects (a relaunch). */
  root?: string;
}

/**
 * The desktop app's main process, from its built bundle, under plain Node with a stand-in
 * `electron`: the services run in a forked process as they would in a utility process (here with
 * Node's own better-sqlite3, put where main looks for Electron's), and the test plays the page.
 */
export async function startDesktopHarness(options: HarnessOptions = {}) {
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'lanewise-desktop-'));
  const home = join(root, 'home');
  const appPath = join(root, 'app');
  const sqliteBuild = join(appPath, 'native', `electron-${process.versions.modules}`, 'better_sqlite3.node');
  if (!options.withoutSqliteBuild) {
    mkdirSync(dirname(sqliteBuild), { recursive: true });
    copyFileSync(NODE_SQLITE, sqliteBuild);
  }
  const electron = electronStandIn({ appPath, userData: join(root, 'user-data'), env: { LANEWISE_HOME: home } });

  const loader = Module as unknown as ModuleLoader;
  const load = loader._load;
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? electron.module : load.call(this, request, parent, isMain);
  };
  try {
    delete require.cache[MAIN_BUNDLE];
    require(MAIN_BUNDLE);
  } finally {
    loader._load = load;
  }
  electron.ready();
  // Main's ready handler runs on the promise it chained; give it its turn and the window's creation.
  for (let i = 0; i < 100 && electron.windows.length === 0 && !electron.app.exited; i++) await new Promise((r) => setTimeout(r, 10));

  /** What the page does when main asks it to commit its edits before closing. */
  let onFlush: () => Promise<void> | void = () => undefined;
  const page = (win: StandInWindow) => {
    win.webContents.on('ipc-to-page', (channel: string, token: unknown) => {
      if (channel !== FLUSH_CHANNEL) return;
      void Promise.resolve(onFlush()).then(() => electron.ipcMain.emit(FLUSHED_CHANNEL, { sender: win.webContents }, token));
    });
  };
  for (const win of electron.windows) page(win);
  /** The page names the session it was last answered with, as the renderer's store does. */
  let session = '';

  const window = () => {
    const win = electron.windows[0];
    if (!win) throw new Error('main opened no window');
    return win;
  };

  return {
    electron,
    home,
    root,
    window,
    /** A request as the preload sends it: from the window's own page unless another frame is given. */
    async invoke<T = unknown>(channel: string, request: unknown = {}, frame: Frame | null = window().webContents.mainFrame): Promise<Result<T>> {
      const handler = electron.ipcMain.handlers.get(INVOKE_CHANNEL);
      if (!handler) throw new Error(`main handles no ${INVOKE_CHANNEL}`);
      const body = takesSession(channel) ? { session, ...(request as object) } : request;
      const result = (await handler({ sender: window().webContents, senderFrame: frame }, channel, body)) as Result<T>;
      const answered = result.ok ? (result.value as { session?: unknown } | null) : null;
      if (answered && typeof answered.session === 'string') session = answered.session;
      return result;
    },
    async value<T>(channel: string, request: unknown = {}): Promise<T> {
      const result = await this.invoke<T>(channel, request);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    },
    onFlush(handler: () => Promise<void> | void) {
      onFlush = handler;
    },
    /** The user closes the window (the last one: the app quits); resolves once the app has. */
    async closeWindow(): Promise<void> {
      window().close();
      await electron.quitted;
      await Promise.all(electron.children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r)))));
    },
  };
}

export type DesktopHarness = Awaited<ReturnType<typeof startDesktopHarness>>;
