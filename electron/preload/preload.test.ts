import { beforeAll, describe, expect, it, vi } from 'vitest';

/** The preload runs against a stand-in for electron that records what it exposes and sends. */
type Listener = (event: unknown, action: unknown) => void;
const electron = vi.hoisted(() => {
  const recorded = {
    exposed: {} as Record<string, Record<string, unknown>>,
    invoked: [] as unknown[][],
    listeners: new Map<string, Listener[]>(),
  };
  const module = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (recorded.exposed[key] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (recorded.invoked.push(args), Promise.resolve({ ok: true, value: null })),
      on: (channel: string, fn: Listener) => recorded.listeners.set(channel, [...(recorded.listeners.get(channel) ?? []), fn]),
      removeListener: (channel: string, fn: Listener) => recorded.listeners.set(channel, (recorded.listeners.get(channel) ?? []).filter((l) => l !== fn)),
    },
  };
  return { recorded, module };
});
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { recorded } = electron;
type Api = { invoke(channel: unknown, request: unknown): Promise<unknown>; onMenu(listener: (action: unknown) => void): () => void };
let api: Api;

beforeAll(async () => {
  await import('./preload');
  api = recorded.exposed.lanewise as unknown as Api;
});

describe('the preload (README: Security)', () => {
  it('exposes window.lanewise with invoke and the menu and flush listeners, nothing else', () => {
    expect(Object.keys(recorded.exposed)).toEqual(['lanewise']);
    expect(Object.keys(recorded.exposed.lanewise!).sort()).toEqual(['invoke', 'onFlushRequest', 'onMenu']);
  });

  it('passes a contract channel on the one IPC channel, and refuses any other without sending it', async () => {
    await api.invoke('app.info', {});
    expect(recorded.invoked).toEqual([['lanewise:invoke', 'app.info', {}]]);
    expect(await api.invoke('fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.invoke('__proto__', {})).toMatchObject({ ok: false });
    expect(recorded.invoked).toHaveLength(1);
  });

  it('hands the page the menu action only (never the IPC event), drops malformed ones, and stops on request', () => {
    const got: unknown[][] = [];
    const stop = api.onMenu((...args) => got.push(args));
    const emit = (action: unknown) => recorded.listeners.get('lanewise:menu')!.forEach((l) => l({ sender: 'ipcRenderer' }, action));
    emit({ type: 'undo' });
    emit({ type: 'rm -rf' });
    emit('undo');
    expect(got).toEqual([[{ type: 'undo' }]]);
    stop();
    expect(recorded.listeners.get('lanewise:menu')).toEqual([]);
  });
});
