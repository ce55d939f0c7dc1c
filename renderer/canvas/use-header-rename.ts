import { useRef, useState } from 'react';
import type { FinishedBy } from '../common/NameInput';

/** A lane or phase header renamed in place: a keyboard user ends up back on the header, not on the page. */
export function useHeaderRename() {
  const [renaming, setRenaming] = useState(false);
  const handle = useRef<HTMLButtonElement>(null);
  function finish(by: FinishedBy): void {
    setRenaming(false);
    if (by === 'keyboard') handle.current?.focus();
  }
  return { renaming, start: () => setRenaming(true), finish, handle };
}
