import type { Edge, Node } from '@xyflow/react';
import type { Flow, Orientation, Step } from '../../shared/model/entities';
import { routeFlow, sideOf, type Side as BoxSide } from '../../shared/diagram/flow-routes';
import { NODE_SIZE } from '../../shared/diagram/geometry';

export type StepNodeData = { step: Step };
export type StepFlowNode = Node<StepNodeData, 'step'>;

export type FlowEdgeData = {
  flow: Flow;
  from: Step;
  to: Step;
  handoff: boolean;
  /** Another flow runs the other way between the same steps: the export routes the pair apart. */
  paired: boolean;
  orientation: Orientation;
};
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

export type Side = 't' | 'r' | 'b' | 'l';
export const SIDES: readonly Side[] = ['t', 'r', 'b', 'l'];

export function stepLabel(step: Step): string {
  return [step.code, step.name].filter(Boolean).join(' ');
}

function stepNode(step: Step, selected: boolean): StepFlowNode {
  const size = NODE_SIZE[step.kind];
  return {
    id: step.id,
    type: 'step',
    position: { x: step.x, y: step.y },
    width: size.width,
    height: size.height,
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

const HANDLE_OF: Record<BoxSide, Side> = { top: 't', right: 'r', bottom: 'b', left: 'l' };

const rectOf = (s: Step) => ({ x: s.x, y: s.y, ...NODE_SIZE[s.kind] });

/** The sides a flow leaves and enters by, as the export routes it; the reconnect grips sit there. */
export function flowSides(from: Step, to: Step, orientation: Orientation, paired: boolean): { source: Side; target: Side } {
  const a = rectOf(from);
  const b = rectOf(to);
  const points = routeFlow({ kind: from.kind, rect: a }, { kind: to.kind, rect: b }, orientation, { selfLoop: from.id === to.id, paired });
  const first = points[0];
  const last = points[points.length - 1];
  return { source: first ? HANDLE_OF[sideOf(first, a)] : 'r', target: last ? HANDLE_OF[sideOf(last, b)] : 'l' };
}

interface EdgeSource {
  flow: Flow;
  from: Step;
  to: Step;
  paired: boolean;
}

function flowEdge(src: EdgeSource, orientation: Orientation, selected: boolean): FlowEdge {
  const sides = flowSides(src.from, src.to, orientation, src.paired);
  return {
    id: src.flow.id,
    type: 'flow',
    source: src.flow.fromStepId,
    target: src.flow.toStepId,
    sourceHandle: sides.source,
    targetHandle: sides.target,
    data: { flow: src.flow, from: src.from, to: src.to, handoff: src.from.laneId !== src.to.laneId, paired: src.paired, orientation },
    selected,
    ariaLabel: [stepLabel(src.from), '→', stepLabel(src.to), src.flow.label ? `(${src.flow.label})` : ''].filter(Boolean).join(' '),
  };
}

/** Edges for the flows, reused where neither the flow nor its two steps changed. */
export function mergeFlowEdges(prev: readonly FlowEdge[], flows: readonly Flow[], steps: ReadonlyMap<string, Step>, orientation: Orientation): FlowEdge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  const pairs = new Set(flows.map((f) => `${f.fromStepId}\n${f.toStepId}`));
  const next: FlowEdge[] = [];
  let same = true;
  for (const flow of flows) {
    const from = steps.get(flow.fromStepId);
    const to = steps.get(flow.toStepId);
    if (!from || !to) continue;
    const paired = flow.fromStepId !== flow.toStepId && pairs.has(`${flow.toStepId}\n${flow.fromStepId}`);
    const old = byId.get(flow.id);
    const d = old?.data;
    const reuse = old && d && d.flow === flow && d.from === from && d.to === to && d.paired === paired && d.orientation === orientation;
    const edge = reuse ? old : flowEdge({ flow, from, to, paired }, orientation, old?.selected ?? false);
    if (edge !== prev[next.length]) same = false;
    next.push(edge);
  }
  return same && next.length === prev.length ? (prev as FlowEdge[]) : next;
}

