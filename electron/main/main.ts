import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/content-security-policy';
import { createDispatch } from '../ipc/api-handlers';
import { INVOKE_CHANNEL } from '../ipc/invoke-channel';
import { defaultHome, ProjectLibrary } from '../project/project-library';
import { Workspace } from '../project/workspace';
import { APP_VERSION } from '../app-version';

const workspace = new Workspace(new ProjectLibrary(defaultHome()));
const dispatch = createDispatch(workspace, { host: 'electron', version: APP_VERSION, restrictToLibrary: false });

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Lanewise',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadFile(join(__dirname, '..', 'renderer', 'index.html'));
}

app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, request: unknown) => {
    if (event.senderFrame?.url && !event.senderFrame.url.startsWith('file://')) return { ok: false, error: { code: 'invalid-request', message: 'Untrusted sender' } };
    return dispatch(channel, request);
  });
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  workspace.close();
  if (process.platform !== 'darwin') app.quit();
});
