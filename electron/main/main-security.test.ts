import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Electron cannot run here, so the main process is loaded against a stand-in for the electron
 * module that records what main asks of it: the window's web preferences, the navigation and
 * new-window handlers, the response headers, the permission handler and the IPC handler.
 */
type Handler = (...args: never[]) => unknown;
const electron = vi.hoisted(() => {
  const recorded = {
    windows: [] as Array<{ options: Record<string, unknown>; webContents: Record<string, Handler>; loaded: string[]; instance: { webContents: unknown } }>,
    appEvents: {} as Record<string, Handler>,
    ipc: {} as Record<string, Handler>,
    headers: null as Handler | null,
    permissions: null as Handler | null,
    opened: [] as string[],
    forwarded: [] as unknown[],
    ready: null as Promise<void> | null,
  };
  class BrowserWindow {
    static getAllWindows = () => recorded.windows;
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const handlers: Record<string, Handler> = {};
      const entry = { options, webContents: handlers, loaded: [] as string[], instance: this as { webContents: unknown } };
      recorded.windows.push(entry);
      this.webContents = {
        on: (event: string, fn: Handler) => (handlers[event] = fn),
        setWindowOpenHandler: (fn: Handler) => (handlers.windowOpen = fn),
        send: () => undefined,
      };
      this.loadFile = (file: string) => {
        entry.loaded.push(file);
        return Promise.resolve();
      };
    }
    loadFile: (file: string) => Promise<void>;
    once() {}
    on() {}
    maximize() {}
    show() {}
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 };
    }
  }
  const module = {
    app: {
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: Handler) => (recorded.appEvents[event] = fn),
      whenReady: () => (recorded.ready = Promise.resolve()),
      getLocale: () => 'en-GB',
      getPath: () => process.env.LANEWISE_HOME!,
      getAppPath: () => process.env.LANEWISE_HOME!,
      isPackaged: true,
      addRecentDocument: () => undefined,
      quit: () => undefined,
    },
    BrowserWindow,
    // The services process: what main forwards to it is recorded.
    utilityProcess: {
      fork: () => ({ postMessage: (message: unknown) => recorded.forwarded.push(message), on: () => undefined, kill: () => true }),
    },
    dialog: { showErrorBox: () => undefined },
    ipcMain: { handle: (channel: string, fn: Handler) => (recorded.ipc[channel] = fn) },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: Handler) => (recorded.headers = fn) },
        setPermissionRequestHandler: (fn: Handler) => (recorded.permissions = fn),
      },
    },
    shell: { openExternal: (url: string) => (recorded.opened.push(url), Promise.resolve()) },
  };
  return { recorded, module };
});
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));
// Electron's own build of SQLite is not made here; main only checks that it is there.
vi.mock('./sqlite-binding-path', () => ({ sqliteBindingPath: () => import.meta.filename }));

const { recorded } = electron;
// Expected values written out by hand: they are what the README promises, not what main.ts says.
const CSP_PARTS = ["default-src 'self'", "script-src 'self'", "object-src 'none'", "connect-src 'self'"];

beforeAll(async () => {
  process.env.LANEWISE_HOME = mkdtempSync(join(tmpdir(), 'lanewise-main-'));
  await import('./main');
  await recorded.ready;
  // whenReady's callback runs after the promise settles.
  await new Promise((r) => setTimeout(r, 0));
});
afterAll(() => rmSync(process.env.LANEWISE_HOME!, { recursive: true, force: true }));

describe('the Electron main process (README: Security)', () => {
  it('opens one window: context isolation, sandbox, no Node in the page, web security on, the preload beside main', () => {
    expect(recorded.windows).toHaveLength(1);
    const prefs = recorded.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.nodeIntegrationInWorker ?? false).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames ?? false).toBe(false);
    expect(prefs.allowRunningInsecureContent ?? false).toBe(false);
    expect(prefs.experimentalFeatures ?? false).toBe(false);
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(recorded.windows[0]!.loaded).toHaveLength(1);
    expect(recorded.windows[0]!.loaded[0]).toMatch(/renderer[\\/]index\.html$/);
  });

  it('blocks navigation away from the app', () => {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    (recorded.windows[0]!.webContents['will-navigate'] as (e: typeof event, url: string) => void)(event, 'https://example.com/');
    expect(event.prevented).toBe(true);
  });

  it('opens no new window: an https link goes to the system browser, anything else nowhere', () => {
    const open = recorded.windows[0]!.webContents.windowOpen as (d: { url: string }) => { action: string };
    expect(open({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(recorded.opened).toEqual(['https://example.com/help']);
  });

  it('puts the strict content security policy on every response', () => {
    let headers: Record<string, string[]> = {};
    (recorded.headers as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['Content-Security-Policy']).toHaveLength(1);
    for (const part of CSP_PARTS) expect(headers['Content-Security-Policy']![0]).toContain(part);
  });

  it('grants the page no permission (camera, notifications, …)', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation']) {
      (recorded.permissions as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, (ok) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false]);
  });

  it('forwards IPC to the services only from the app\'s own page in the window\'s top frame', async () => {
    const handle = recorded.ipc['lanewise:invoke'] as (event: unknown, channel: unknown, request: unknown) => unknown;
    expect(Object.keys(recorded.ipc)).toContain('lanewise:invoke');
    const win = recorded.windows[0]!.instance;
    const page = `file://${recorded.windows[0]!.loaded[0]}`;
    const refused = { ok: false, error: { code: 'invalid-request' } };
    expect(await handle({ sender: win.webContents, senderFrame: { url: 'https://evil.example/', parent: null } }, 'app.info', {})).toMatchObject(refused);
    expect(await handle({ sender: win.webContents, senderFrame: { url: page, parent: {} } }, 'app.info', {})).toMatchObject(refused);
    expect(await handle({ sender: {}, senderFrame: { url: page, parent: null } }, 'app.info', {})).toMatchObject(refused);
    expect(await handle({ sender: win.webContents }, 'app.info', {})).toMatchObject(refused);
    expect(recorded.forwarded.filter((m) => (m as { type?: string }).type === 'request')).toEqual([]);
    void handle({ sender: win.webContents, senderFrame: { url: page, parent: null } }, 'app.info', {});
    expect(recorded.forwarded).toContainEqual(expect.objectContaining({ type: 'request', channel: 'app.info', request: {} }));
  });

});
