import type { BrowserWindow, IpcMain } from 'electron';
import { FLUSH_CHANNEL, FLUSHED_CHANNEL } from '../../shared/ipc/flush-bridge';

/** A window that does not answer (hung, or still loading) must not keep the app from closing. */
const FLUSH_TIMEOUT_MS = 5000;

/** Asks the window to commit the field being edited and wait for its saves; resolves when it has, or after a timeout. */
export function flushRenderer(ipcMain: IpcMain, win: BrowserWindow): Promise<void> {
  const token = `${Date.now()}-${Math.random()}`;
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSHED_CHANNEL, onFlushed);
      resolve();
    };
    const onFlushed = (event: { sender: unknown }, answered: unknown) => {
      if (event.sender === win.webContents && answered === token) done();
    };
    const timer = setTimeout(done, FLUSH_TIMEOUT_MS);
    ipcMain.on(FLUSHED_CHANNEL, onFlushed);
    win.webContents.send(FLUSH_CHANNEL, token);
  });
}
