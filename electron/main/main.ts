import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/content-security-policy';
import { MENU_CHANNEL, type MenuAction } from '../../shared/ipc/menu-actions';
import type { Language } from '../../shared/model/entities';
import { createDispatch } from '../ipc/api-handlers';
import { exportDialogs } from './export-dialogs';
import { INVOKE_CHANNEL } from '../ipc/invoke-channel';
import { defaultHome, ProjectLibrary } from '../project/project-library';
import { Workspace } from '../project/workspace';
import { APP_VERSION } from '../app-version';
import { menuTemplate } from './app-menu';
import { fileDialogs } from './file-dialogs';
import { projectPathFromArgv } from './launch-path';
import { MENU_LABELS } from './menu-labels';
import { loadWindowState, MIN_SIZE, placeWindow, saveWindowState } from './window-state';

const workspace = new Workspace(new ProjectLibrary(defaultHome()), { app: 'Lanewise' });
let win: BrowserWindow | null = null;
/** The window's session: one window, one open project. */
let windowSession: string | null = null;
const windowProject = () => (windowSession ? workspace.find(windowSession) : undefined);
let language: Language = 'en';
/** A file the system asked us to open before the window existed. */
let pendingPath: string | null = projectPathFromArgv(process.argv);

const labels = () => MENU_LABELS[language];
const dispatch = createDispatch(workspace, {
  host: 'electron',
  version: APP_VERSION,
  restrictToLibrary: false,
  dialogs: fileDialogs(() => win, labels),
  exportDialogs: exportDialogs(() => win),
  onLanguage: (next) => {
    language = next;
  },
  launchSession: () => windowSession ?? undefined,
});

/** Follows which project the window has open from what the renderer was answered. */
function trackSession(channel: unknown, result: { ok: boolean; value?: unknown }): void {
  if (channel === 'project.close') windowSession = null;
  const value = result.ok ? (result.value as { session?: unknown } | null) : null;
  if (value && typeof value.session === 'string') {
    if (windowSession && windowSession !== value.session) workspace.close(windowSession);
    windowSession = value.session;
  }
}

function send(action: MenuAction): void {
  win?.webContents.send(MENU_CHANNEL, action);
}

/** Rebuilt after anything that changes the recent list, the open project or the language. */
function refreshMenu(): void {
  const state = { language, hasProject: windowProject() !== undefined, recent: workspace.recent.list(workspace.library), isMac: process.platform === 'darwin', devTools: !app.isPackaged };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, send)));
  const current = windowProject()?.path;
  if (current) app.addRecentDocument(current);
  if (process.platform === 'darwin') win?.setRepresentedFilename(current ?? '');
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
  const open = windowProject();
  if (open && resolve(open.path) === resolve(path)) return;
  send({ type: 'openPath', path });
}

function createWindow(): void {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const saved = loadWindowState(stateFile);
  const bounds = placeWindow(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  win = new BrowserWindow({
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
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  win.on('close', () => {
    if (!win) return;
    saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    win = null;
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadFile(join(__dirname, '..', 'renderer', 'index.html'));
}

/** Opened before the renderer loads, so it starts on the project; a file that cannot open says why. */
function openAtLaunch(path: string): void {
  try {
    windowSession = workspace.open(path).session;
  } catch (err) {
    dialog.showErrorBox(labels().openFailed, `${path}\n\n${err instanceof Error ? err.message : String(err)}`);
  }
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

  app.whenReady().then(() => {
    language = app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, request: unknown) => {
      if (event.senderFrame?.url && !event.senderFrame.url.startsWith('file://')) return { ok: false, error: { code: 'invalid-request', message: 'Untrusted sender' } };
      const result = await dispatch(channel, request);
      trackSession(channel, result);
      // Edits change nothing the menu shows; everything else may (recent list, open project, language).
      if (channel !== 'project.execute' && channel !== 'project.undo' && channel !== 'project.redo') refreshMenu();
      return result;
    });
    if (pendingPath) openAtLaunch(pendingPath);
    pendingPath = null;
    createWindow();
    refreshMenu();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    workspace.closeAll();
    if (process.platform !== 'darwin') app.quit();
  });
}

// One app, one window, one open project: a second launch (e.g. a double-clicked file) hands over to this one.
if (app.requestSingleInstanceLock()) start();
else app.quit();
