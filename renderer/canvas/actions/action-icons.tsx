import type { ActionId } from './action-ids';

/** Stroke icons of the diagram tools; decorative, the buttons carry the names. */
const PATHS: Partial<Record<ActionId, string>> = {
  undo: 'M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3',
  zoomIn: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM21 21l-5-5M11 8v6M8 11h6',
  zoomOut: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM21 21l-5-5M8 11h6',
  zoomReset: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM21 21l-5-5M9 9h1v5M12.5 9h1v5',
  fitView: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5M9 9h6v6H9z',
  snap: 'M4 4h16v16H4zM4 10h16M4 15h16M10 4v16M15 4v16',
  criticalPath: 'M3 17h4l4-10h4l4 10h2M7 17a2 2 0 1 0 0 .1M15 7a2 2 0 1 0 0 .1',
  togglePalette: 'M3 4h18v16H3zM8 4v16',
  toggleProperties: 'M3 4h18v16H3zM16 4v16',
  toggleMinimap: 'M3 4h18v16H3zM13 12h6v6h-6z',
  focusMode: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  commandPalette: 'M4 5h16v14H4zM7 9l3 3-3 3M12 15h5',
  quickAddNext: 'M3 9h7v6H3zM10 12h7M14 8l4 4-4 4',
  quickAddLaneBefore: 'M3 14h7v6H3zM6.5 14V5M3 8.5l3.5-3.5 3.5 3.5',
  quickAddLaneAfter: 'M3 4h7v6H3zM6.5 10v9M3 15.5 6.5 19l3.5-3.5',
  addNote: 'M5 4h10l4 4v12H5zM15 4v4h4M8 12h8M8 16h5',
  rename: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4',
  resetRoute: 'M4 12h6v-6h10M16 2l4 4-4 4',
  alignLeft: 'M4 3v18M8 7h10v4H8zM8 14h6v4H8z',
  alignCentre: 'M12 3v18M6 7h12v4H6zM8 14h8v4H8z',
  alignRight: 'M20 3v18M6 7h10v4H6zM10 14h6v4h-6z',
  alignTop: 'M3 4h18M7 8h4v10H7zM14 8h4v6h-4z',
  alignMiddle: 'M3 12h18M7 6h4v12H7zM14 8h4v8h-4z',
  alignBottom: 'M3 20h18M7 6h4v10H7zM14 10h4v6h-4z',
  distributeHorizontal: 'M4 3v18M20 3v18M9 8h6v8H9z',
  distributeVertical: 'M3 4h18M3 20h18M8 9h8v6H8z',
  autoLayout: 'M3 6h5v4H3zM16 4h5v4h-5zM16 16h5v4h-5zM8 8h4v10h4M12 6h4',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  cut: 'M6 4l12 13M18 4 6 17M6 17a3 3 0 1 0 .01 0M18 17a3 3 0 1 0 .01 0',
  paste: 'M9 4h6v3H9zM7 5H5v16h14V5h-2',
  delete: 'M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6M10 11v6M14 11v6',
  selectAll: 'M4 4h4M16 4h4v4M20 16v4h-4M8 20H4v-4M4 8v8M20 8v8M8 4h8M8 20h8M9 9h6v6H9z',
  deselect: 'M6 6l12 12M18 6 6 18',
};

export function ActionIcon({ action }: { action: ActionId }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[action] ?? ''} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function ArrowIcon({ direction }: { direction: 'up' | 'down' | 'left' | 'right' }) {
  const d = { up: 'M12 19V5M6 11l6-6 6 6', down: 'M12 5v14M6 13l6 6 6-6', left: 'M19 12H5M11 6l-6 6 6 6', right: 'M5 12h14M13 6l6 6-6 6' }[direction];
  return (
    <svg className="icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
