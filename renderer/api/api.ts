import type { LanewiseApi } from '../../shared/ipc/contract';
import { webApi } from './web-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    readonly lanewise?: LanewiseApi;
  }
}

// globalThis.window keeps this importable from unit tests that run without a DOM.
export const api: LanewiseApi = globalThis.window?.lanewise ?? webApi;
