import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
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

/** The nodes hidden but those still mounted (as hidden() otherwise: built once for these nodes and ids). */
export function hiddenBut(nodes: readonly StepFlowNode[], mounted: ReadonlySet<string>, all: readonly StepFlowNode[] = hidden(nodes)): StepFlowNode[] {
  return mounted.size === 0 ? [...all] : all.map((n, i) => (mounted.has(n.id) ? nodes[i]! : n));
}

/** Steps taken off the page at a time far out, and how long each batch waits at most for the renderer to be idle. */
const LEAVE_AT_ONCE = 20;
const LEAVE_WITHIN_MS = 200;

interface Kept {
  ids: ReadonlySet<string>;
  /** The nodes the hidden ones were made from, and those made. */
  nodes: readonly StepFlowNode[];
  out: StepFlowNode[];
}

/** The steps React Flow has on the page now. */
function mountedIds(root: Element | null): ReadonlySet<string> {
  const ids = new Set<string>();
  root?.querySelectorAll<HTMLElement>('.react-flow__node[data-id]').forEach((el) => ids.add(el.dataset.id!));
  return ids;
}

/**
 * The nodes React Flow is given: far out the steps are one drawn picture (OverviewLayer), so every
 * node is hidden. The hidden nodes reach React Flow's store in the same update as the zoom that
 * crosses into the overview: given as a prop they would arrive an effect later, after React Flow had
 * mounted every step the zoomed-out view holds for one render. The steps on the page then stay
 * (unseen, the stage hides them far out) until the renderer is idle: taking a hundred steps off the
 * page would otherwise hold up the first frame of the zoomed-out view.
 */
export function useOverviewNodes(nodes: StepFlowNode[], steps: number, level: DetailLevel): StepFlowNode[] {
  const store = useStoreApi<StepFlowNode>();
  const latest = useRef(nodes);
  latest.current = nodes;
  const [kept, setKept] = useState<Kept | null>(null);
  useEffect(
    () =>
      store.subscribe((state, before) => {
        if (state.transform[2] === before.transform[2]) return;
        const far = detailLevel(state.transform[2], steps) === 'overview';
        if (far === (detailLevel(before.transform[2], steps) === 'overview')) return;
        if (!far) {
          setKept(null);
          return;
        }
        const ids = mountedIds(state.domNode);
        const out = hiddenBut(latest.current, ids);
        setKept({ ids, nodes: latest.current, out });
        state.setNodes(out);
      }),
    [store, steps],
  );
  // A few at a time, each when the renderer is idle, so no frame waits for them.
  useEffect(() => {
    if (!kept) return;
    const idle = requestIdleCallback(
      () => {
        const ids = new Set([...kept.ids].slice(LEAVE_AT_ONCE));
        setKept(ids.size === 0 ? null : { ids, nodes: kept.nodes, out: hiddenBut(kept.nodes, ids) });
      },
      { timeout: LEAVE_WITHIN_MS },
    );
    return () => cancelIdleCallback(idle);
  }, [kept]);
  if (level !== 'overview') return nodes;
  if (!kept) return hidden(nodes);
  return kept.nodes === nodes ? kept.out : hiddenBut(nodes, kept.ids);
}

