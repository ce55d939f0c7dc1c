import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell, utilityProcess } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/content-security-policy';
import { MENU_CHANNEL, type MenuAction } from '../../shared/ipc/menu-actions';
import type { Language } from '../../shared/model/entities';
import { exportDialogs } from './export-dialogs';
import { INVOKE_CHANNEL } from '../ipc/invoke-channel';
import { SQLITE_BINDING_ARG, type ServicesStatus } from '../services/relay-protocol';
import { menuTemplate } from './app-menu';
import { fromAppPage } from './app-page';
import { fileDialogs } from './file-dialogs';
import { projectPathFromArgv } from './launch-path';
import { MENU_LABELS } from './menu-labels';
import { flushRenderer } from './renderer-flush';
import { ServicesClient } from './services-client';
import { sqliteBindingPath } from './sqlite-binding-path';
import { loadWindowState, MIN_SIZE, placeWindow, saveWindowState } from './window-state';

// Main owns the window, the menu and the dialogs; the projects (SQLite, exports, imports) live in a
// utility process, so nothing a project does can freeze the window, its menus or its dragging.
const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const bindingPath = sqliteBindingPath(app.getAppPath(), app.isPackaged, process.resourcesPath, process.versions.modules);
let win: BrowserWindow | null = null;
let language: Language = 'en';
let status: ServicesStatus = { hasProject: false, currentPath: null, recent: [] };
/** A file the system asked us to open before the window existed. */
let pendingPath: string | null = projectPathFromArgv(process.argv);
/** The window has committed its edits and its saves have landed: its next close goes through. */
let windowFlushed = false;
/** The services have closed every project: the next quit goes through. */
let servicesClosed = false;
let quitting = false;

const labels = () => MENU_LABELS[language];
const services = new ServicesClient({
  start: () => utilityProcess.fork(join(__dirname, 'services.cjs'), [`${SQLITE_BINDING_ARG}${bindingPath}`], { serviceName: 'Lanewise projects', stdio: 'inherit' }),
  dialogs: { ...fileDialogs(() => win, labels), ...exportDialogs(() => win) },
  onStatus: (next) => {
    status = next;
    refreshMenu();
  },
  onLanguage: (next) => {
    language = next;
  },
  onFatal: (message) => dialog.showErrorBox(labels().servicesFailed, message),
});

function send(action: MenuAction): void {
  win?.webContents.send(MENU_CHANNEL, action);
}

/** Rebuilt whenever the services report a change to the recent list, the open project or the language. */
function refreshMenu(): void {
  const state = { language, hasProject: status.hasProject, recent: status.recent, isMac: process.platform === 'darwin', devTools: !app.isPackaged };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, send)));
  if (status.currentPath) app.addRecentDocument(status.currentPath);
  if (process.platform === 'darwin') win?.setRepresentedFilename(status.currentPath ?? '');
}

/** A file from the system (file association, second launch, macOS open-file): its window comes forward. */
function openFromSystem(path: string): void {
  if (!win) {
    pendingPath = path;
    return;
  }
  if (win.isMinimized()) win.restore();
  win.focus();
  // Already open here: bringing the window forward is all there is to do.
  if (status.currentPath && resolve(status.currentPath) === resolve(path)) return;
  send({ type: 'openPath', path });
}

/** What the window is editing is committed and saved before it goes. */
async function flushWindow(target: BrowserWindow): Promise<void> {
  await flushRenderer(ipcMain, target);
  await services.idle();
  windowFlushed = true;
}

function createWindow(): void {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const saved = loadWindowState(stateFile);
  const bounds = placeWindow(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const created = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Lanewise',
    icon: join(__dirname, '..', '..', 'assets', 'icon.png'),
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win = created;
  windowFlushed = false;
  if (saved?.maximized) created.maximize();
  created.once('ready-to-show', () => created.show());
  created.on('close', (event) => {
    saveWindowState(stateFile, { ...created.getNormalBounds(), maximized: created.isMaximized() });
    if (windowFlushed) return;
    event.preventDefault();
    void flushWindow(created).then(() => created.close());
  });
  created.on('closed', () => {
    if (win === created) win = null;
  });
  created.webContents.on('will-navigate', (event) => event.preventDefault());
  created.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void created.loadFile(rendererIndex);
}

/** Opened before the renderer loads, so it starts on the project; a file that cannot open says why. */
async function openAtLaunch(path: string): Promise<void> {
  const result = await services.request('project.open', { path });
  if (!result.ok) dialog.showErrorBox(labels().openFailed, `${path}\n\n${result.error.message}`);
}

/** Quitting waits for the window's last edit and for every project to be closed (checkpointed) by the services. */
async function quitSafely(): Promise<void> {
  if (quitting) return;
  quitting = true;
  if (win && !windowFlushed) await flushWindow(win);
  await services.stop();
  servicesClosed = true;
  app.quit();
}

function start(): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = projectPathFromArgv(argv, workingDirectory);
    if (path) openFromSystem(path);
    else if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  // macOS sends files (Finder, dock) this way, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromSystem(path);
  });

  app.on('before-quit', (event) => {
    if (servicesClosed) return;
    event.preventDefault();
    void quitSafely();
  });

  void app.whenReady().then(async () => {
    language = app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    if (!existsSync(bindingPath)) {
      dialog.showErrorBox(labels().servicesFailed, `${labels().sqliteMissing}\n\n${bindingPath}`);
      app.quit();
      return;
    }
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, request: unknown) => {
      if (!fromAppPage(event, win, rendererIndex)) return { ok: false, error: { code: 'invalid-request', message: 'Untrusted sender' } };
      return services.request(channel, request);
    });
    if (pendingPath) await openAtLaunch(pendingPath);
    pendingPath = null;
    createWindow();
    refreshMenu();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  // On macOS the app stays until the user quits; the window's project closes with the window.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
    else services.closeProjects();
  });
}

// One app, one window: a second launch (e.g. a double-clicked file) hands over to this one.
if (app.requestSingleInstanceLock()) start();
else app.quit();
