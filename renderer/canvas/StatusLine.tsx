import { memo, useEffect } from 'react';
import { useCanvasUi } from './canvas-ui-store';

/** How long a message stays on screen; screen readers have announced it by then. */
const SHOWN_MS = 6000;

/** Polite announcements of what the canvas did or refused ("A step must go inside a lane…"). */
function StatusLineView() {
  const status = useCanvasUi((s) => s.status);
  const clear = useCanvasUi((s) => s.clearStatus);
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(clear, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [status, clear]);
  return (
    <p className={`canvas-status${status ? ' is-visible' : ''}`} role="status">
      {status?.text}
    </p>
  );
}

export const StatusLine = memo(StatusLineView);
