import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { noteLayout } from '../../shared/diagram/annotation-note';
import { layoutProcess, LANE_HEADER, NODE_SIZE, type Rect } from '../../shared/diagram/geometry';
import { routeFlow, type NodeBox, type Point } from '../../shared/diagram/flow-routes';
import type { Step, StepKind } from '../../shared/model/entities';
import { rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { partyLabel } from '../../shared/interchange/party-names';
import { processSteps } from '../../shared/process/step-order';
import { APP_VERSION } from '../app-version';
import { bpmnId } from './bpmn-ids';
import { lanewiseModdle, LANEWISE_NS } from './lanewise-moddle';

/** Room after the last step, as the diagram picture keeps. */
const TAIL = 80;
/** The pool's name band, across the lanes' start, as BPMN tools draw it. */
const POOL_LABEL = 30;

const ELEMENT: Record<StepKind, string> = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  task: 'bpmn:UserTask',
  approval: 'bpmn:UserTask',
  delivery: 'bpmn:UserTask',
  decision: 'bpmn:ExclusiveGateway',
};

export function newBpmnModdle(): BpmnModdle {
  return new BpmnModdle({ lw: lanewiseModdle });
}

function bounds(moddle: BpmnModdle, r: Rect): ModdleElement {
  return moddle.create('dc:Bounds', { x: r.x, y: r.y, width: r.width, height: r.height });
}

function stepRect(step: Step): Rect {
  return { x: step.x, y: step.y, ...NODE_SIZE[step.kind] };
}

function stepExtension(moddle: BpmnModdle, state: ProjectState, step: Step): ModdleElement {
  const phase = step.phaseId ? state.tables.phases[step.phaseId]?.name : undefined;
  const raci = Object.entries(state.raci[step.id] ?? {})
    .filter(([, letters]) => letters)
    .map(([partyId, letters]) => ({ party: partyLabel(state, partyId), letters }))
    .filter((c) => c.party)
    .sort((a, b) => a.party.localeCompare(b.party))
    .map((c) => moddle.create('lw:Raci', c));
  return moddle.create('lw:Step', {
    code: step.code,
    kind: step.kind,
    ...(phase ? { phase } : {}),
    ...(step.durationValue !== null ? { durationValue: step.durationValue } : {}),
    durationUnit: step.durationUnit,
    ...(step.ownerPositionId ? { owner: partyLabel(state, step.ownerPositionId) } : {}),
    ...(step.input ? { input: step.input } : {}),
    ...(step.output ? { output: step.output } : {}),
    raci,
  });
}

function flowNode(moddle: BpmnModdle, state: ProjectState, step: Step): ModdleElement {
  const type = step.subProcess && step.kind !== 'start' && step.kind !== 'end' && step.kind !== 'decision' ? 'bpmn:SubProcess' : ELEMENT[step.kind];
  return moddle.create(type, {
    id: bpmnId('Step', step.id),
    name: step.name,
    ...(step.notes ? { documentation: [moddle.create('bpmn:Documentation', { text: step.notes })] } : {}),
    extensionElements: moddle.create('bpmn:ExtensionElements', { values: [stepExtension(moddle, state, step)] }),
    incoming: [],
    outgoing: [],
  });
}

/**
 * One process as a BPMN 2.0 file: a collaboration with one pool, a lane per department, the steps
 * as events, user tasks and exclusive gateways, named sequence flows and the full diagram (DI) in
 * Lanewise's own coordinates, so Camunda, Signavio and bpmn-js open it as drawn. What BPMN has no
 * field for (code, kind, phase, input, output, duration, owner, RACI) is in a Lanewise extension.
 */
export async function exportProcessBpmn(state: ProjectState, processId: string): Promise<string> {
  const process = state.tables.processes[processId];
  if (!process) throw new Error(`No process with id ${processId}`);
  const moddle = newBpmnModdle();
  const horizontal = process.orientation === 'horizontal';
  const lanes = sortedByOrder(rowsOf(state, 'lanes').filter((l) => l.processId === processId));
  const phases = rowsOf(state, 'phases').filter((p) => p.processId === processId);
  // In flow order, so the file reads as the process runs.
  const steps = processSteps(state, processId);
  const flows = rowsOf(state, 'flows').filter((f) => f.processId === processId);

  const nodes = new Map<string, ModdleElement>();
  for (const step of steps) nodes.set(step.id, flowNode(moddle, state, step));
  const sequenceFlows = flows.flatMap((flow) => {
    const source = nodes.get(flow.fromStepId);
    const target = nodes.get(flow.toStepId);
    if (!source || !target) return [];
    const element = moddle.create('bpmn:SequenceFlow', { id: bpmnId('Flow', flow.id), ...(flow.label ? { name: flow.label } : {}), sourceRef: source, targetRef: target });
    (source.outgoing as ModdleElement[]).push(element);
    (target.incoming as ModdleElement[]).push(element);
    return [{ flow, element }];
  });

  // Notes are BPMN's text annotations: artifacts of the process, drawn where the canvas has them.
  const notes = rowsOf(state, 'annotations')
    .filter((a) => a.processId === processId)
    .map((note) => ({ note, element: moddle.create('bpmn:TextAnnotation', { id: bpmnId('Note', note.id), text: note.text }) }));

  const laneElements = lanes.map((lane) =>
    moddle.create('bpmn:Lane', {
      id: bpmnId('Lane', lane.id),
      name: state.tables.departments[lane.departmentId]?.name ?? '',
      flowNodeRef: steps.filter((s) => s.laneId === lane.id).map((s) => nodes.get(s.id)!),
    }),
  );
  const processElement = moddle.create('bpmn:Process', {
    id: bpmnId('Process', process.id),
    name: process.name,
    isExecutable: false,
    ...(process.description ? { documentation: [moddle.create('bpmn:Documentation', { text: process.description })] } : {}),
    ...(process.category ? { extensionElements: moddle.create('bpmn:ExtensionElements', { values: [moddle.create('lw:Process', { category: process.category })] }) } : {}),
    laneSets: [moddle.create('bpmn:LaneSet', { id: bpmnId('LaneSet', process.id), lanes: laneElements })],
    flowElements: [...nodes.values(), ...sequenceFlows.map((f) => f.element)],
    ...(notes.length ? { artifacts: notes.map((n) => n.element) } : {}),
  });
  const participant = moddle.create('bpmn:Participant', { id: bpmnId('Pool', process.id), name: process.name, processRef: processElement });
  const collaboration = moddle.create('bpmn:Collaboration', { id: bpmnId('Collaboration', process.id), participants: [participant] });

  // The drawing: lanes where the swimlane picture has them, the pool's name band just before them.
  const reach = steps.reduce((max, s) => Math.max(max, horizontal ? s.x + NODE_SIZE[s.kind].width : s.y + NODE_SIZE[s.kind].height), 0);
  const layout = layoutProcess(process.orientation, lanes, phases, reach - LANE_HEADER + TAIL);
  const bands = layout.lanes.map((b) => b.rect);
  const first = bands[0];
  const poolRect: Rect = first
    ? horizontal
      ? { x: first.x - POOL_LABEL, y: first.y, width: first.width + POOL_LABEL, height: bands.reduce((sum, r) => sum + r.height, 0) }
      : { x: first.x, y: first.y - POOL_LABEL, width: bands.reduce((sum, r) => sum + r.width, 0), height: first.height + POOL_LABEL }
    : { x: 0, y: 0, width: layout.bounds.width, height: layout.bounds.height };
  const planeElements: ModdleElement[] = [moddle.create('bpmndi:BPMNShape', { id: `${participant.id as string}_di`, bpmnElement: participant, isHorizontal: horizontal, bounds: bounds(moddle, poolRect) })];
  layout.lanes.forEach((band, i) => {
    const lane = laneElements[i]!;
    planeElements.push(moddle.create('bpmndi:BPMNShape', { id: `${lane.id as string}_di`, bpmnElement: lane, isHorizontal: horizontal, bounds: bounds(moddle, band.rect) }));
  });
  const boxes = new Map<string, NodeBox>(steps.map((s) => [s.id, { kind: s.kind, rect: stepRect(s) }]));
  for (const step of steps) {
    const node = nodes.get(step.id)!;
    const shape: Record<string, unknown> = { id: `${node.id as string}_di`, bpmnElement: node, bounds: bounds(moddle, stepRect(step)) };
    if (node.$type === 'bpmn:SubProcess') shape.isExpanded = false;
    if (node.$type === 'bpmn:ExclusiveGateway') shape.isMarkerVisible = true;
    planeElements.push(moddle.create('bpmndi:BPMNShape', shape));
  }
  const pairs = new Set(flows.map((f) => `${f.fromStepId}\n${f.toStepId}`));
  for (const { flow, element } of sequenceFlows) {
    const points: Point[] = routeFlow(boxes.get(flow.fromStepId)!, boxes.get(flow.toStepId)!, process.orientation, {
      selfLoop: flow.fromStepId === flow.toStepId,
      paired: pairs.has(`${flow.toStepId}\n${flow.fromStepId}`),
    });
    planeElements.push(
      moddle.create('bpmndi:BPMNEdge', {
        id: `${element.id as string}_di`,
        bpmnElement: element,
        waypoint: points.map((p) => moddle.create('dc:Point', { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 })),
      }),
    );
  }
  for (const { note, element } of notes) {
    planeElements.push(moddle.create('bpmndi:BPMNShape', { id: `${element.id as string}_di`, bpmnElement: element, bounds: bounds(moddle, noteLayout(note).rect) }));
  }
  const diagram = moddle.create('bpmndi:BPMNDiagram', {
    id: bpmnId('Diagram', process.id),
    plane: moddle.create('bpmndi:BPMNPlane', { id: bpmnId('Plane', process.id), bpmnElement: collaboration, planeElement: planeElements }),
  });
  const definitions = moddle.create('bpmn:Definitions', {
    id: bpmnId('Definitions', process.id),
    targetNamespace: LANEWISE_NS,
    exporter: 'Lanewise',
    exporterVersion: APP_VERSION,
    rootElements: [collaboration, processElement],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
