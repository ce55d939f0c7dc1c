import type { LanewiseApi } from '../../shared/ipc/contract';
import type { FlushBridge } from '../../shared/ipc/flush-bridge';
import type { MenuAction, MenuBridge } from '../../shared/ipc/menu-actions';
import { webApi } from './web-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    readonly lanewise?: LanewiseApi & Partial<MenuBridge> & Partial<FlushBridge>;
  }
}

// globalThis.window keeps this importable from unit tests that run without a DOM.
export const api: LanewiseApi = globalThis.window?.lanewise ?? webApi;

/** Listens to the desktop menu; the browser host has none, so nothing ever arrives there. */
export function onMenu(listener: (action: MenuAction) => void): () => void {
  return globalThis.window?.lanewise?.onMenu?.(listener) ?? (() => undefined);
}

/** The desktop window is about to close: main waits until the listener's promise settles. */
export function onFlushRequest(listener: () => Promise<void>): () => void {
  return globalThis.window?.lanewise?.onFlushRequest?.(listener) ?? (() => undefined);
}
