import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

type Orientation = 'horizontal' | 'vertical';

const KEYS: Record<Orientation, { back: string; forward: string }> = {
  horizontal: { back: 'ArrowLeft', forward: 'ArrowRight' },
  vertical: { back: 'ArrowUp', forward: 'ArrowDown' },
};

type Item = HTMLButtonElement | HTMLSelectElement;

// A select among the buttons (the zoom %) is one of them: the arrows across the row move on from it, the others choose in it.
const itemsOf = (root: HTMLElement | null) => [...(root?.querySelectorAll<Item>('button, select') ?? [])].filter((b) => !b.disabled);

/**
 * One Tab stop for a row or column of buttons (the ARIA toolbar pattern): the arrow keys move
 * between them, Home and End jump to the ends, and the button last used keeps the Tab stop.
 */
export function useRovingFocus<T extends HTMLElement>(orientation: Orientation) {
  const ref = useRef<T>(null);
  const current = useRef<Item | null>(null);

  // After every render: buttons come and go, and get enabled or disabled.
  useLayoutEffect(() => {
    const items = itemsOf(ref.current);
    const was = current.current;
    const keep = was && items.includes(was) ? was : (items[0] ?? null);
    // The focused button was just disabled (Delete with nothing left selected): its neighbour takes over.
    if (was && keep !== was && (document.activeElement === was || document.activeElement === document.body)) keep?.focus();
    current.current = keep;
    for (const item of items) item.tabIndex = item === keep ? 0 : -1;
  });

  function onFocus(e: FocusEvent<T>): void {
    if (!(e.target instanceof HTMLButtonElement || e.target instanceof HTMLSelectElement)) return;
    current.current = e.target;
    for (const item of itemsOf(ref.current)) item.tabIndex = item === e.target ? 0 : -1;
  }

  function onKeyDown(e: KeyboardEvent<T>): void {
    const items = itemsOf(ref.current);
    const at = items.indexOf(document.activeElement as Item);
    if (at === -1) return;
    const { back, forward } = KEYS[orientation];
    const to = e.key === forward ? (at + 1) % items.length : e.key === back ? (at - 1 + items.length) % items.length : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : -1;
    if (to === -1) return;
    e.preventDefault();
    items[to]!.focus();
  }

  return { ref, onFocus, onKeyDown, 'aria-orientation': orientation };
}
