import type { Node } from '@xyflow/react';
import { stepSize } from '../../shared/diagram/step-text';
import type { Flow, Step } from '../../shared/model/entities';

export type StepNodeData = { step: Step };
export type StepFlowNode = Node<StepNodeData, 'step'>;

export function stepLabel(step: Step): string {
  return [step.code, step.name].filter(Boolean).join(' ');
}

/** How a flow is named for screen readers: "N01 Request → N02 Check (Approved)". */
export function flowName(flow: Flow, from: Step, to: Step): string {
  return [stepLabel(from), '→', stepLabel(to), flow.label ? `(${flow.label})` : ''].filter(Boolean).join(' ');
}

/** No handles: flows are drawn by the canvas itself, so the diagram never has to render a step to measure it. */
const NO_HANDLES: NonNullable<StepFlowNode['handles']> = [];

function stepNode(step: Step, selected: boolean): StepFlowNode {
  const size = stepSize(step);
  return {
    id: step.id,
    type: 'step',
    position: { x: step.x, y: step.y },
    // Size known up front: steps outside the view are never rendered, not even once to be measured.
    width: size.width,
    height: size.height,
    measured: size,
    handles: NO_HANDLES,
    data: { step },
    selected,
    ariaLabel: stepLabel(step),
  };
}

/**
 * Nodes for the steps, reusing the previous node object wherever its step did not change, so React
 * Flow and the memoised node components skip them. Selection survives store changes.
 */
export function mergeStepNodes(prev: readonly StepFlowNode[], steps: readonly Step[]): StepFlowNode[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  let same = prev.length === steps.length;
  const next = steps.map((step, i) => {
    const old = byId.get(step.id);
    const node = old && old.data.step === step ? old : stepNode(step, old?.selected ?? false);
    if (node !== prev[i]) same = false;
    return node;
  });
  return same ? (prev as StepFlowNode[]) : next;
}
