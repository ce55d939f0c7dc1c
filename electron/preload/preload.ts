import { contextBridge, ipcRenderer } from 'electron';
import type { LanewiseApi } from '../../shared/ipc/contract';
import { isChannel } from '../../shared/ipc/channels';
import { INVOKE_CHANNEL } from '../ipc/invoke-channel';

const api: LanewiseApi = {
  invoke: (channel, request) => {
    if (!isChannel(channel)) return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: `Unknown channel ${String(channel)}` } });
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, request);
  },
};

contextBridge.exposeInMainWorld('lanewise', api);
