import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { StepFlowNode } from './step-nodes';
import { detailLevel, type DetailLevel } from './zoom-levels';

const hiddenOf = new WeakMap<readonly StepFlowNode[], StepFlowNode[]>();

/** The nodes hidden: React Flow keeps them (no step is mounted, none is looked up and missed) but renders none. */
function hidden(nodes: readonly StepFlowNode[]): StepFlowNode[] {
  let out = hiddenOf.get(nodes);
  if (!out) {
    out = nodes.map((n) => ({ ...n, hidden: true }));
    hiddenOf.set(nodes, out);
  }
  return out;
}

/**
 * The nodes React Flow is given: far out the steps are one drawn picture (OverviewLayer), so every
 * node is hidden. The hidden nodes reach React Flow's store in the same update as the zoom that
 * crosses into the overview: given as a prop they would arrive an effect later, after React Flow had
 * mounted every step the zoomed-out view holds for one render.
 */
export function useOverviewNodes(nodes: StepFlowNode[], steps: number, level: DetailLevel): StepFlowNode[] {
  const store = useStoreApi<StepFlowNode>();
  const latest = useRef(nodes);
  latest.current = nodes;
  useEffect(
    () =>
      store.subscribe((state, before) => {
        if (state.transform[2] === before.transform[2] || detailLevel(state.transform[2], steps) !== 'overview' || detailLevel(before.transform[2], steps) === 'overview') return;
        state.setNodes(hidden(latest.current));
      }),
    [store, steps],
  );
  return level === 'overview' ? hidden(nodes) : nodes;
}
