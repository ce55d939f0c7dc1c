import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Shows the <dialog> as a modal while the component is mounted, and gives the focus back to what
 * opened it when it goes (a dialog removed from the page does not do that by itself).
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  // Read while rendering, before the dialog takes the focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);
  return ref;
}
