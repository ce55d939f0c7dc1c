import ELK from 'elkjs/lib/elk.bundled.js';
import type { CommandInput } from '../../shared/commands/command-schema';
import { LANE_HEADER, layoutProcess, NODE_SIZE, snap, type ProcessLayout } from '../../shared/diagram/geometry';
import type { Flow, Lane, Orientation, Phase, Step } from '../../shared/model/entities';
import { orderSteps } from '../../shared/process/step-order';
import { fromAxes } from './canvas-layout';
import { clampPhaseSize } from './lane-commands';

export interface AutoLayoutInput {
  orientation: Orientation;
  lanes: readonly Lane[];
  phases: readonly Phase[];
  steps: readonly Step[];
  flows: readonly Flow[];
}

/** Space between a phase's start (or the lane names) and its first step, and after its last. */
const MARGIN = 40;
/** Steps of one lane closer than this along the flow share the lane's width instead of overlapping. */
const CLEARANCE = 24;

const elk = new ELK();

const alongSize = (o: Orientation, s: Step) => (o === 'horizontal' ? NODE_SIZE[s.kind].width : NODE_SIZE[s.kind].height);
const acrossSize = (o: Orientation, s: Step) => (o === 'horizontal' ? NODE_SIZE[s.kind].height : NODE_SIZE[s.kind].width);

interface Placed {
  step: Step;
  /** Centre along the flow. */
  along: number;
  /** ELK's across position, only used to order steps that share a place in a lane. */
  rank: number;
}

/** ELK's layered layout, read as "how far along the flow" per step (centre) and its order across. */
async function layered(o: Orientation, steps: readonly Step[], flows: readonly Flow[]): Promise<Map<string, { along: number; rank: number }>> {
  const ids = new Set(steps.map((s) => s.id));
  // Loops (rework, rejection) would let ELK pick any edge to turn round; the flow order decides instead.
  const order = new Map(orderSteps(steps, flows, o).map((s, i) => [s.id, i]));
  const forward = (f: Flow) => (order.get(f.fromStepId) ?? 0) < (order.get(f.toStepId) ?? 0);
  const graph = await elk.layout({
    id: 'process',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '32',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    // Along the flow is ELK's x: node "width" is the node's extent along the flow.
    children: steps.map((s) => ({ id: s.id, width: alongSize(o, s), height: acrossSize(o, s) })),
    edges: flows
      .filter((f) => ids.has(f.fromStepId) && ids.has(f.toStepId) && f.fromStepId !== f.toStepId)
      .map((f) => (forward(f) ? { id: f.id, sources: [f.fromStepId], targets: [f.toStepId] } : { id: f.id, sources: [f.toStepId], targets: [f.fromStepId] })),
  });
  const result = new Map<string, { along: number; rank: number }>();
  for (const child of graph.children ?? []) result.set(child.id, { along: (child.x ?? 0) + (child.width ?? 0) / 2, rank: child.y ?? 0 });
  return result;
}

/**
 * Where each step goes across its lane: centred, or, when steps of one lane would overlap along the
 * flow, side by side across the lane with equal gaps (in ELK's order); when they do not fit across,
 * staggered along the flow instead.
 */
function acrossPlaces(o: Orientation, layout: ProcessLayout, placed: Placed[]): Map<string, number> {
  const centres = new Map<string, number>();
  for (const band of layout.lanes) {
    const start = o === 'horizontal' ? band.rect.y : band.rect.x;
    const size = band.lane.size;
    const inLane = placed.filter((p) => p.step.laneId === band.lane.id).sort((a, b) => a.along - b.along);
    let cluster: Placed[] = [];
    let clusterEnd = -Infinity;
    const flush = () => {
      const ordered = [...cluster].sort((a, b) => a.rank - b.rank);
      const depth = ordered.reduce((sum, p) => sum + acrossSize(o, p.step), 0);
      const gap = (size - depth) / (ordered.length + 1);
      if (ordered.length === 1 || gap >= 4) {
        let at = start + gap;
        for (const p of ordered) {
          centres.set(p.step.id, at + acrossSize(o, p.step) / 2);
          at += acrossSize(o, p.step) + gap;
        }
      } else {
        const step = Math.max(...ordered.map((p) => alongSize(o, p.step))) + CLEARANCE;
        ordered.forEach((p, i) => {
          centres.set(p.step.id, start + size / 2);
          p.along += i * step;
        });
      }
      cluster = [];
    };
    for (const p of inLane) {
      const half = alongSize(o, p.step) / 2;
      if (cluster.length > 0 && p.along - half >= clusterEnd + CLEARANCE) flush();
      cluster.push(p);
      clusterEnd = cluster.length === 1 ? p.along + half : Math.max(clusterEnd, p.along + half);
    }
    flush();
  }
  return centres;
}

/**
 * Auto-layout as one batch: steps ordered along the flow by a layered layout (ELK), each kept in its
 * lane (centred across it) and in its phase; phases grow when their steps need more room.
 */
export async function autoLayoutCommand(input: AutoLayoutInput): Promise<CommandInput | null> {
  const o = input.orientation;
  if (input.steps.length === 0) return null;
  const elkPlaces = await layered(o, input.steps, input.flows);
  const phases = [...input.phases].sort((a, b) => a.order - b.order);
  const phaseIds = new Set(phases.map((p) => p.id));
  // Each phase, then the steps outside any phase, is laid out as a stretch of the flow of its own.
  const groups: Array<{ phase: Phase | null; steps: Step[] }> = [...phases.map((phase) => ({ phase, steps: [] as Step[] })), { phase: null, steps: [] }];
  for (const step of input.steps) {
    const index = step.phaseId && phaseIds.has(step.phaseId) ? phases.findIndex((p) => p.id === step.phaseId) : phases.length;
    groups[index]!.steps.push(step);
  }

  const commands: CommandInput[] = [];
  const placed: Placed[] = [];
  const newSizes: Phase[] = [];
  let cursor = LANE_HEADER;
  for (const group of groups) {
    const items = group.steps.map((step) => ({ step, ...elkPlaces.get(step.id)! }));
    const first = Math.min(...items.map((i) => i.along - alongSize(o, i.step) / 2));
    const last = Math.max(...items.map((i) => i.along + alongSize(o, i.step) / 2));
    for (const i of items) placed.push({ step: i.step, along: cursor + MARGIN + (i.along - first), rank: i.rank });
    if (group.phase) {
      const needed = items.length > 0 ? last - first + 2 * MARGIN : 0;
      const size = clampPhaseSize(Math.max(group.phase.size, snap(needed)));
      if (size !== group.phase.size) commands.push({ type: 'update', table: 'phases', id: group.phase.id, patch: { size } });
      newSizes.push({ ...group.phase, size });
      cursor += size;
    }
  }

  const layout = layoutProcess(o, input.lanes, newSizes, 0);
  const across = acrossPlaces(o, layout, placed);
  for (const p of placed) {
    const acrossCentre = across.get(p.step.id);
    if (acrossCentre === undefined) continue;
    const size = NODE_SIZE[p.step.kind];
    const centre = fromAxes(o, p.along, acrossCentre);
    // On the grid along the flow; exactly centred across, so flows between lanes' centres run straight.
    const x = o === 'horizontal' ? snap(centre.x - size.width / 2) : centre.x - size.width / 2;
    const y = o === 'horizontal' ? centre.y - size.height / 2 : snap(centre.y - size.height / 2);
    if (x !== p.step.x || y !== p.step.y) commands.push({ type: 'update', table: 'steps', id: p.step.id, patch: { x, y } });
  }
  if (commands.length === 0) return null;
  return { type: 'batch', label: 'Auto-layout', commands };
}
