import type { Op } from './ops';

import type { EditSummary } from './edit-summary';

export interface HistoryEntry {
  readonly label: string;
  /** What the Undo and Redo buttons say about it. */
  readonly summary?: EditSummary;
  readonly ops: readonly Op[];
  readonly inverse: readonly Op[];
}

export interface History {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

export const HISTORY_LIMIT = 500;
export const emptyHistory: History = { undo: [], redo: [] };

export function record(history: History, entry: HistoryEntry): History {
  if (entry.ops.length === 0) return history;
  const undo = [...history.undo, entry];
  return { undo: undo.length > HISTORY_LIMIT ? undo.slice(undo.length - HISTORY_LIMIT) : undo, redo: [] };
}

/** The entry to undo and the history after it, or null when there is nothing to undo. */
export function takeUndo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.undo.at(-1);
  if (!entry) return null;
  return { entry, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] } };
}

export function takeRedo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.redo.at(-1);
  if (!entry) return null;
  return { entry, history: { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) } };
}
