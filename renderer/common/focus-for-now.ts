/**
 * Focuses an element that is not a control (a heading, the main area) for as long as it keeps the
 * focus: it stops being focusable when the focus leaves, so clicks on it later do not take the focus.
 */
export function focusForNow(el: HTMLElement): void {
  if (!el.hasAttribute('tabindex')) {
    el.tabIndex = -1;
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  }
  el.focus();
}
