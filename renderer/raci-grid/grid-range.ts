/** A cell by step index (rows without group headers) and column index. */
export interface Cell {
  row: number;
  col: number;
}

/** The active cell is `focus`; Shift+moves keep `anchor` and stretch the rectangle between them. */
export interface Selection {
  anchor: Cell;
  focus: Cell;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Bounds {
  rows: number;
  cols: number;
}

export const rectOf = ({ anchor, focus }: Selection): Rect => ({
  top: Math.min(anchor.row, focus.row),
  left: Math.min(anchor.col, focus.col),
  bottom: Math.max(anchor.row, focus.row),
  right: Math.max(anchor.col, focus.col),
});

export const rectSize = (r: Rect) => ({ rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });

export const inRect = (r: Rect, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

export const single = (cell: Cell): Selection => ({ anchor: cell, focus: cell });

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

export function clampCell(cell: Cell, bounds: Bounds): Cell {
  return { row: clamp(cell.row, bounds.rows - 1), col: clamp(cell.col, bounds.cols - 1) };
}

export function clampSelection(sel: Selection, bounds: Bounds): Selection {
  return { anchor: clampCell(sel.anchor, bounds), focus: clampCell(sel.focus, bounds) };
}

export interface KeyMove {
  key: string;
  shift: boolean;
  ctrl: boolean;
}

/**
 * Where a navigation key takes the active cell, or null if the key does not navigate.
 * Enter goes down, as in a spreadsheet. Tab is not a move: the grid is one Tab stop, and Tab leaves it.
 */
export function moveTarget(from: Cell, move: KeyMove, bounds: Bounds, pageRows: number): Cell | null {
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  switch (move.key) {
    case 'ArrowUp':
      return { row: move.ctrl ? 0 : clamp(from.row - 1, lastRow), col: from.col };
    case 'ArrowDown':
      return { row: move.ctrl ? lastRow : clamp(from.row + 1, lastRow), col: from.col };
    case 'ArrowLeft':
      return { row: from.row, col: move.ctrl ? 0 : clamp(from.col - 1, lastCol) };
    case 'ArrowRight':
      return { row: from.row, col: move.ctrl ? lastCol : clamp(from.col + 1, lastCol) };
    case 'Home':
      return move.ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return move.ctrl ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    case 'PageUp':
      return { row: clamp(from.row - pageRows, lastRow), col: from.col };
    case 'PageDown':
      return { row: clamp(from.row + pageRows, lastRow), col: from.col };
    case 'Enter':
      return { row: clamp(from.row + (move.shift ? -1 : 1), lastRow), col: from.col };
    default:
      return null;
  }
}

/** Keys whose Shift variant extends the selection rather than moving it. */
export const EXTENDS_WITH_SHIFT = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
