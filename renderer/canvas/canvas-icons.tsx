import type { CanvasAction } from './canvas-shortcuts';

/** Stroke icons of the diagram tools; decorative, the buttons carry the names. */
const PATHS: Partial<Record<CanvasAction, string>> = {
  zoomIn: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM21 21l-5-5M11 8v6M8 11h6',
  zoomOut: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM21 21l-5-5M8 11h6',
  fitView: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5M9 9h6v6H9z',
  snap: 'M4 4h16v16H4zM4 10h16M4 15h16M10 4v16M15 4v16',
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
};

export function ActionIcon({ action }: { action: CanvasAction }) {
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
