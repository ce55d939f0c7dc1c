import type { LanewiseApi } from '../../shared/ipc/contract';
import type { MenuAction, MenuBridge } from '../../shared/ipc/menu-actions';
import { webApi } from './web-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    readonly lanewise?: LanewiseApi & Partial<MenuBridge>;
  }
}

// globalThis.window keeps this importable from unit tests that run without a DOM.
export const api: LanewiseApi = globalThis.window?.lanewise ?? webApi;

/** Listens to the desktop menu; the browser host has none, so nothing ever arrives there. */
export function onMenu(listener: (action: MenuAction) => void): () => void {
  return globalThis.window?.lanewise?.onMenu?.(listener) ?? (() => undefined);
}
