import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { LanewiseApi } from '../../shared/ipc/contract';
import { isChannel } from '../../shared/ipc/channels';
import { FLUSH_CHANNEL, FLUSHED_CHANNEL, type FlushBridge } from '../../shared/ipc/flush-bridge';
import { isMenuAction, MENU_CHANNEL, type MenuBridge } from '../../shared/ipc/menu-actions';
import { INVOKE_CHANNEL } from '../ipc/invoke-channel';

const api: LanewiseApi & MenuBridge & FlushBridge = {
  invoke: (channel, request) => {
    if (!isChannel(channel)) return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: `Unknown channel ${String(channel)}` } });
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, request);
  },
  // The page gets the action only, never the IPC event (which would expose ipcRenderer).
  onMenu: (listener) => {
    const handler = (_event: IpcRendererEvent, action: unknown) => {
      if (isMenuAction(action)) listener(action);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
  // Main waits for the answer before the window closes; a listener that fails still answers.
  onFlushRequest: (listener) => {
    const handler = (_event: IpcRendererEvent, token: unknown) => {
      void listener()
        .catch(() => undefined)
        .then(() => ipcRenderer.send(FLUSHED_CHANNEL, token));
    };
    ipcRenderer.on(FLUSH_CHANNEL, handler);
    return () => ipcRenderer.removeListener(FLUSH_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('lanewise', api);
