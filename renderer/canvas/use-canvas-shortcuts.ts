import { useEffect, useRef, type RefObject } from 'react';
import type { ActionId } from './actions/action-ids';
import { actionFor } from './actions/shortcuts';

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'radio', 'range', 'reset', 'submit']);

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/**
 * Runs canvas actions from the keyboard while the focus is on the canvas view (or nowhere in
 * particular); never while typing in a field or while a dialog asks something.
 */
export function useCanvasShortcuts(root: RefObject<HTMLElement | null>, run: (action: ActionId) => void, type: (text: string) => boolean): void {
  const latest = useRef({ run, type });
  latest.current = { run, type };
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent): void {
      if (e.defaultPrevented || isTextEntry(e.target) || document.querySelector('dialog[open]')) return;
      const target = e.target instanceof Node ? e.target : null;
      if (target && target !== document.body && !root.current?.contains(target)) return;
      const action = actionFor(e, navigator.platform);
      // Typing with one step selected starts naming it, as in Visio and ProcessOn.
      if (!action && e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing) {
        if (latest.current.type(e.key)) e.preventDefault();
        return;
      }
      if (!action) return;
      // Escape and Delete also mean something to focused lane headers and grips: leave them theirs.
      if ((action === 'deselect' || action === 'rename') && target instanceof HTMLElement && target.closest('.lane-header-handle, .phase-header-handle, .resize-grip')) return;
      e.preventDefault();
      latest.current.run(action);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [root]);
}
