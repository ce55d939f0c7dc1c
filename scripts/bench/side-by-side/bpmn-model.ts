import type { StepKind } from '../../../shared/model/entities';
import type { BenchModel } from './bench-model';
import { benchPlace } from './lanewise-model';

const ELEMENT: Record<StepKind, string> = {
  start: 'startEvent',
  end: 'endEvent',
  task: 'task',
  decision: 'exclusiveGateway',
  approval: 'userTask',
  delivery: 'task',
};

type Box = ReturnType<typeof benchPlace>;

/** A right-angled route like the one Lanewise draws for the same pair of steps. */
function waypoints(a: Box, b: Box): Array<{ x: number; y: number }> {
  const ay = a.y + a.height / 2;
  const by = b.y + b.height / 2;
  if (Math.abs(ay - by) < 0.5) return [{ x: a.x + a.width, y: ay }, { x: b.x, y: by }];
  const mid = (a.x + a.width + b.x) / 2;
  return [
    { x: a.x + a.width, y: ay },
    { x: mid, y: ay },
    { x: mid, y: by },
    { x: b.x, y: by },
  ];
}

/**
 * The bench model as BPMN 2.0 XML with diagram interchange: one pool of 20 lanes, the same shapes
 * at the same places and sizes as on the Lanewise canvas, every flow with its waypoints.
 */
export function bpmnXml(model: BenchModel): string {
  const boxes = new Map(model.steps.map((s) => [s.id, benchPlace(model, s)]));
  const width = Math.max(...[...boxes.values()].map((b) => b.x + b.width)) + 88;
  const laneTop = (l: number) => 32 + l * model.laneSize;
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const f of model.flows) {
    (outgoing.get(f.from) ?? outgoing.set(f.from, []).get(f.from)!).push(f.id);
    (incoming.get(f.to) ?? incoming.set(f.to, []).get(f.to)!).push(f.id);
  }
  const lanes: string[] = [];
  for (let l = 0; l < model.lanes; l++) {
    const refs = model.steps.filter((s) => s.lane === l).map((s) => `<bpmn:flowNodeRef>${s.id}</bpmn:flowNodeRef>`);
    lanes.push(`<bpmn:lane id="lane-${l}" name="Department ${l + 1}">${refs.join('')}</bpmn:lane>`);
  }
  const nodes = model.steps.map((s) => {
    const flows = [...(incoming.get(s.id) ?? []).map((f) => `<bpmn:incoming>${f}</bpmn:incoming>`), ...(outgoing.get(s.id) ?? []).map((f) => `<bpmn:outgoing>${f}</bpmn:outgoing>`)];
    return `<bpmn:${ELEMENT[s.kind]} id="${s.id}" name="${s.name}">${flows.join('')}</bpmn:${ELEMENT[s.kind]}>`;
  });
  const flows = model.flows.map((f) => `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}"/>`);
  const shapes = [
    `<bpmndi:BPMNShape id="pool_di" bpmnElement="pool" isHorizontal="true"><dc:Bounds x="0" y="32" width="${width}" height="${model.lanes * model.laneSize}"/></bpmndi:BPMNShape>`,
    ...Array.from({ length: model.lanes }, (_, l) => `<bpmndi:BPMNShape id="lane-${l}_di" bpmnElement="lane-${l}" isHorizontal="true"><dc:Bounds x="30" y="${laneTop(l)}" width="${width - 30}" height="${model.laneSize}"/></bpmndi:BPMNShape>`),
    ...model.steps.map((s) => {
      const b = boxes.get(s.id)!;
      return `<bpmndi:BPMNShape id="${s.id}_di" bpmnElement="${s.id}"><dc:Bounds x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/></bpmndi:BPMNShape>`;
    }),
  ];
  const edges = model.flows.map((f) => {
    const points = waypoints(boxes.get(f.from)!, boxes.get(f.to)!).map((p) => `<di:waypoint x="${p.x}" y="${p.y}"/>`);
    return `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${points.join('')}</bpmndi:BPMNEdge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="http://lanewise.example/bench">',
    '<bpmn:collaboration id="collab"><bpmn:participant id="pool" name="Canvas bench" processRef="proc"/></bpmn:collaboration>',
    `<bpmn:process id="proc" isExecutable="false"><bpmn:laneSet id="lanes">${lanes.join('')}</bpmn:laneSet>${nodes.join('')}${flows.join('')}</bpmn:process>`,
    `<bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="collab">${shapes.join('')}${edges.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`,
    '</bpmn:definitions>',
  ].join('\n');
}
