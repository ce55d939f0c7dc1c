import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';

/**
 * Only the app's own page, in the window's top frame, may talk to main: not a frame it embeds, not a
 * page it was navigated to, and not a message without a sender frame.
 */
export function fromAppPage(event: IpcMainInvokeEvent | IpcMainEvent, win: BrowserWindow | null, rendererIndex: string): boolean {
  const frame = event.senderFrame;
  if (!win || !frame || event.sender !== win.webContents || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return url.protocol === 'file:' && url.pathname === pathToFileURL(rendererIndex).pathname;
}
