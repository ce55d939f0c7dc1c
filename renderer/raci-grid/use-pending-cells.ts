import { useCallback, useRef, useState } from 'react';
import type { CellEdit } from './grid-edits';

/** stepId → partyId → letters not yet confirmed by main. */
export type PendingCells = ReadonlyMap<string, ReadonlyMap<string, string>>;

const cellKey = (e: CellEdit) => `${e.stepId}\u0000${e.partyId}`;

/**
 * Edits show at once and later keystrokes build on them: typing R then A quickly must give "RA",
 * even if main has not answered the R yet. `current()` is up to date between renders.
 */
export function usePendingCells(): {
  pending: PendingCells;
  current(): PendingCells;
  begin(edits: readonly CellEdit[]): () => void;
} {
  const [pending, setPending] = useState<PendingCells>(() => new Map());
  const latest = useRef<PendingCells>(pending);
  const owners = useRef(new Map<string, number>());
  const nextToken = useRef(0);

  const update = useCallback((change: (next: Map<string, ReadonlyMap<string, string>>) => void) => {
    const next = new Map(latest.current);
    change(next);
    latest.current = next;
    setPending(next);
  }, []);

  const begin = useCallback(
    (edits: readonly CellEdit[]) => {
      const token = ++nextToken.current;
      for (const e of edits) owners.current.set(cellKey(e), token);
      update((next) => {
        for (const e of edits) next.set(e.stepId, new Map(next.get(e.stepId) ?? []).set(e.partyId, e.letters));
      });
      // Done: drop the cells no later edit has claimed since; the store holds their letters now.
      return () => {
        const mine = edits.filter((e) => owners.current.get(cellKey(e)) === token);
        if (mine.length === 0) return;
        for (const e of mine) owners.current.delete(cellKey(e));
        update((next) => {
          for (const e of mine) {
            const row = new Map(next.get(e.stepId) ?? []);
            row.delete(e.partyId);
            if (row.size) next.set(e.stepId, row);
            else next.delete(e.stepId);
          }
        });
      };
    },
    [update],
  );

  const current = useCallback(() => latest.current, []);
  return { pending, current, begin };
}
