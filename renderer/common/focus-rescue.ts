import { focusForNow } from './focus-for-now';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
const HEADING = 'h1, h2, h3, h4';

/** Still on the page, shown and usable: the focus it holds (or held) is fine where it is. */
function usable(el: HTMLElement): boolean {
  return el.isConnected && !el.matches(':disabled') && !el.closest('[inert], [hidden]') && el.getClientRects().length > 0;
}

const isTabStop = (el: Element): el is HTMLElement => el instanceof HTMLElement && el.matches(FOCUSABLE) && el.tabIndex >= 0 && usable(el);

/**
 * Where the focus goes when what had it disappears: the nearest ancestor still on the page that is a
 * tab stop itself (a step on the canvas after its name field closes) or is marked as the place to
 * land (data-focus-home), else the first heading inside it (the next finding, or the panel's title).
 */
function rescueTarget(ancestors: readonly Element[]): HTMLElement | null {
  for (const el of ancestors) {
    if (!el.isConnected) continue;
    if (isTabStop(el)) return el;
    if (el instanceof HTMLElement && el.dataset.focusHome !== undefined && usable(el)) return el;
    const heading = el.querySelector<HTMLElement>(HEADING);
    if (heading && usable(heading)) return heading;
  }
  return null;
}

/**
 * Keeps keyboard users from being dropped on the page body when the focused element is removed or
 * disabled (a deleted row, a dialog's opener that went with the change, a button that an action
 * disables). Explicit focus moves made by the views afterwards still win.
 */
export function installFocusRescue(doc: Document): () => void {
  let last: HTMLElement | null = null;
  let ancestors: Element[] = [];
  let scheduled = false;

  const onFocusIn = (e: FocusEvent) => {
    if (!(e.target instanceof HTMLElement)) return;
    last = e.target;
    ancestors = [];
    for (let el = e.target.parentElement; el && el !== doc.body; el = el.parentElement) ancestors.push(el);
  };

  const check = () => {
    scheduled = false;
    // Cheap first: this runs after every change to the page.
    if (!last || (doc.activeElement && doc.activeElement !== doc.body) || usable(last)) return;
    const target = rescueTarget(ancestors);
    if (!target) return;
    if (target.matches(FOCUSABLE)) target.focus();
    else focusForNow(target);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(check);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'inert'] });
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('focusout', schedule);
  return () => {
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('focusout', schedule);
  };
}
