import { useMemo } from 'react';
import { acceptedKeys } from '../../shared/raci/resolution';
import { useProjectStore } from './project-store';

const NONE: ReadonlySet<string> = new Set();

/** Keys of findings accepted as exceptions; recomputed only when the resolution log changes. */
export function useAcceptedKeys(): ReadonlySet<string> {
  const decisions = useProjectStore((s) => s.project?.state.tables.decisions);
  return useMemo(() => {
    const state = useProjectStore.getState().project?.state;
    return state ? acceptedKeys(state) : NONE;
    // acceptedKeys reads only the decisions table, so that is the one dependency.
  }, [decisions]);
}
