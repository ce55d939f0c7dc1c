const KEY = 'lanewise.session';

/**
 * The session survives a reload of the tab (or window) but not the tab itself: a new tab starts on
 * the start screen with a session of its own. `?session=…` in the address hands one to a tab.
 */
export function rememberedSession(): string | null {
  const store = globalThis.sessionStorage;
  const fromAddress = globalThis.location ? new URLSearchParams(globalThis.location.search).get('session') : null;
  if (fromAddress) {
    store?.setItem(KEY, fromAddress);
    const url = new URL(globalThis.location.href);
    url.searchParams.delete('session');
    globalThis.history?.replaceState(null, '', url);
    return fromAddress;
  }
  return store?.getItem(KEY) ?? null;
}

export function rememberSession(session: string | null): void {
  const store = globalThis.sessionStorage;
  if (!store) return;
  if (session) store.setItem(KEY, session);
  else store.removeItem(KEY);
}
