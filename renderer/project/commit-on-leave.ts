import { onFlushRequest } from '../api/api';
import { pageLeaving } from '../api/web-api';
import { useProjectStore, type ProjectStoreHook } from '../state/project-store';
import { isTextEntry } from './use-undo-redo-shortcuts';

/** Every field saves when it is left (CommitField, the name editors, the policy editor): leaving the focused one commits it. */
export function commitFocusedField(): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && (isTextEntry(active) || active instanceof HTMLSelectElement)) active.blur();
}

/** Resolves once every change asked for has been written. */
export function whenSaved(store: ProjectStoreHook = useProjectStore): Promise<void> {
  if (store.getState().saving === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.subscribe((s) => {
      if (s.saving > 0) return;
      stop();
      resolve();
    });
  });
}

/** The field being edited is committed and every change is on disk. */
export async function flushEdits(store: ProjectStoreHook = useProjectStore): Promise<void> {
  commitFocusedField();
  await whenSaved(store);
}

/**
 * Nothing typed is lost when the page goes: the field being edited is committed when the page
 * unloads or is hidden, and the desktop window waits for it before closing. (When the window merely
 * loses focus, the browser already fires blur on the field, which commits it.)
 */
export function commitOnLeave(store: ProjectStoreHook = useProjectStore): () => void {
  const onUnload = () => {
    pageLeaving(true);
    commitFocusedField();
  };
  const onHidden = () => {
    pageLeaving(document.visibilityState === 'hidden');
    if (document.visibilityState === 'hidden') commitFocusedField();
  };
  // Back from the back-forward cache: the page did not go after all.
  const onShow = () => pageLeaving(false);
  window.addEventListener('beforeunload', onUnload);
  window.addEventListener('pageshow', onShow);
  document.addEventListener('visibilitychange', onHidden);
  const stopFlush = onFlushRequest(() => flushEdits(store));
  return () => {
    window.removeEventListener('beforeunload', onUnload);
    window.removeEventListener('pageshow', onShow);
    document.removeEventListener('visibilitychange', onHidden);
    stopFlush();
  };
}
