import type { ModdleElement } from 'bpmn-moddle';
import { STEP_KINDS, type DurationUnit, type Language, type Orientation, type StepKind } from '../../shared/model/entities';
import type { ImportedFlow, ImportedNote, ImportedProcess, ImportedRaci, ImportedStep } from '../../shared/interchange/imported-process';
import type { LeftOut, LeftOutKind } from '../../shared/interchange/import-report';
import { bpmnNotes } from './bpmn-notes';
import { displayName, localType, many, num, one, text } from './moddle-access';

interface Shape {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly horizontal: boolean | null;
}

interface Context {
  readonly language: Language;
  readonly shapes: Map<ModdleElement, Shape>;
  readonly processes: ImportedProcess[];
  readonly leftOut: LeftOut[];
}

export interface MappedBpmn {
  readonly processes: ImportedProcess[];
  readonly leftOut: LeftOut[];
}

const SUB_PROCESSES = new Set(['SubProcess', 'Transaction', 'AdHocSubProcess']);
const EVENTS_AS_TASKS = new Set(['IntermediateCatchEvent', 'IntermediateThrowEvent']);

function shapesOf(definitions: ModdleElement): Map<ModdleElement, Shape> {
  const shapes = new Map<ModdleElement, Shape>();
  for (const diagram of many(definitions, 'diagrams')) {
    const plane = one(diagram, 'plane');
    if (!plane) continue;
    for (const el of many(plane, 'planeElement')) {
      const target = one(el, 'bpmnElement');
      const bounds = one(el, 'bounds');
      if (!target || !bounds || el.$type !== 'bpmndi:BPMNShape') continue;
      const [x, y, width, height] = [num(bounds, 'x'), num(bounds, 'y'), num(bounds, 'width'), num(bounds, 'height')];
      if (x === null || y === null || width === null || height === null) continue;
      const horizontal = typeof el.isHorizontal === 'boolean' ? el.isHorizontal : null;
      shapes.set(target, { x, y, width, height, horizontal });
    }
  }
  return shapes;
}

interface FlatLane {
  readonly name: string;
  readonly element: ModdleElement;
  readonly nodes: ReadonlySet<ModdleElement>;
}

/** Leaf lanes with their path names ("销售部 / 大客户组"); a parent's own nodes go to its first leaf. */
function flattenLanes(laneSets: readonly ModdleElement[], prefix = ''): FlatLane[] {
  const leaves: FlatLane[] = [];
  for (const set of laneSets) {
    for (const lane of many(set, 'lanes')) {
      const name = prefix ? `${prefix} / ${displayName(lane)}` : displayName(lane);
      const children = one(lane, 'childLaneSet');
      const own = new Set(many(lane, 'flowNodeRef'));
      const inner = children ? flattenLanes([children], name) : [];
      if (inner.length === 0) leaves.push({ name, element: lane, nodes: own });
      else {
        const first = inner[0]!;
        inner[0] = { ...first, nodes: new Set([...first.nodes, ...own]) };
        leaves.push(...inner);
      }
    }
  }
  return leaves;
}

function centre(shape: { x: number; y: number; width: number; height: number }): { x: number; y: number } {
  return { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 };
}

function inside(point: { x: number; y: number }, shape: Shape): boolean {
  return point.x >= shape.x && point.x <= shape.x + shape.width && point.y >= shape.y && point.y <= shape.y + shape.height;
}

function documentation(el: ModdleElement): string {
  return many(el, 'documentation')
    .map((d) => text(d, 'text').trim())
    .filter(Boolean)
    .join('\n');
}

function lanewiseStep(el: ModdleElement): ModdleElement | null {
  const ext = one(el, 'extensionElements');
  return ext ? (many(ext, 'values').find((v) => v.$type === 'lw:Step') ?? null) : null;
}

function kindOf(el: ModdleElement): StepKind | null {
  const type = localType(el);
  if (type === 'StartEvent') return 'start';
  if (type === 'EndEvent') return 'end';
  if (type.endsWith('Gateway')) return 'decision';
  if (type === 'Task' || type.endsWith('Task') || type === 'CallActivity' || SUB_PROCESSES.has(type) || EVENTS_AS_TASKS.has(type)) return 'task';
  return null;
}

const LEFT_OUT_TYPES: Record<string, LeftOutKind> = {
  BoundaryEvent: 'boundaryEvent',
  DataObjectReference: 'dataObject',
  DataStoreReference: 'dataStore',
  TextAnnotation: 'annotation',
  Association: 'association',
  Group: 'group',
};

class ProcessReader {
  private readonly steps: ImportedStep[] = [];
  private readonly flows: ImportedFlow[] = [];
  private readonly notes: ImportedNote[] = [];
  private readonly lanes: string[];
  private readonly keyOf = new Map<ModdleElement, string>();
  private readonly extensions = new Map<string, number>();

  constructor(
    private readonly ctx: Context,
    private readonly container: ModdleElement,
    private readonly name: string,
    private readonly flatLanes: readonly FlatLane[],
    private readonly fallbackLane: string,
    private readonly orientation: Orientation,
  ) {
    this.lanes = flatLanes.map((l) => l.name);
  }

  private leave(kind: LeftOutKind, el: ModdleElement, name = displayName(el)): void {
    this.ctx.leftOut.push({ kind, name, process: this.name, type: el.$type });
  }

  private laneOf(el: ModdleElement): number {
    let index = this.flatLanes.findIndex((l) => l.nodes.has(el));
    const shape = this.ctx.shapes.get(el);
    if (index < 0 && shape) index = this.flatLanes.findIndex((l) => {
      const laneShape = this.ctx.shapes.get(l.element);
      return laneShape !== undefined && inside(centre(shape), laneShape);
    });
    if (index >= 0) return index;
    let fallback = this.lanes.indexOf(this.fallbackLane);
    if (fallback < 0) fallback = this.lanes.push(this.fallbackLane) - 1;
    return fallback;
  }

  /** Other tools' elements and attributes (camunda:assignee, signavio:signavioMetaData …), counted by name. */
  private noteForeignExtensions(el: ModdleElement): void {
    const count = (type: string) => this.extensions.set(type, (this.extensions.get(type) ?? 0) + 1);
    const ext = one(el, 'extensionElements');
    for (const value of ext ? many(ext, 'values') : []) if (!value.$type.startsWith('lw:')) count(value.$type);
    for (const name of Object.keys(el.$attrs ?? {})) if (!name.startsWith('xmlns')) count(name);
  }

  private step(el: ModdleElement, kind: StepKind): void {
    const type = localType(el);
    const notes = bpmnNotes(this.ctx.language);
    const extra: string[] = [];
    const events = many(el, 'eventDefinitions').map((d) => localType(d).replace(/EventDefinition$/, ''));
    if (EVENTS_AS_TASKS.has(type)) extra.push(notes.intermediate);
    if (events.length > 0) {
      extra.push(notes.event(events.join(', ')));
      this.leave('eventDefinition', el);
    }
    if (kind === 'decision' && type !== 'ExclusiveGateway') {
      extra.push(notes.gateway(type));
      this.leave('gatewayType', el);
    }
    const subProcess = SUB_PROCESSES.has(type) || type === 'CallActivity';
    if (type === 'CallActivity') extra.push(notes.callActivity);
    const key = text(el, 'id') || `node-${this.steps.length}`;
    this.keyOf.set(el, key);
    const lane = this.laneOf(el);
    if (SUB_PROCESSES.has(type)) {
      const innerName = `${this.name} / ${displayName(el)}`;
      if (readProcess(this.ctx, el, innerName, [], this.lanes[lane]!, this.orientation)) extra.push(notes.innerFlow(innerName));
    }
    for (const association of [...many(el, 'dataInputAssociations'), ...many(el, 'dataOutputAssociations')]) this.leave('association', association, displayName(el));
    // Camunda and bpmn-js add a placeholder property as the target of every data input; it is no data of the process.
    for (const property of many(el, 'properties')) if (text(property, 'name') !== '__targetRef_placeholder') this.leave('other', property);
    this.noteForeignExtensions(el);

    const lw = lanewiseStep(el);
    const lwKind = lw ? text(lw, 'kind') : '';
    const unit = lw ? text(lw, 'durationUnit') : '';
    const raci: ImportedRaci[] | null = lw ? many(lw, 'raci').map((r) => ({ party: text(r, 'party'), letters: text(r, 'letters') })).filter((r) => r.party && r.letters) : null;
    const shape = this.ctx.shapes.get(el);
    const ownNotes = lw ? text(lw, 'notes') : '';
    this.steps.push({
      key,
      code: lw ? text(lw, 'code') : '',
      name: text(el, 'name').replace(/\s+/g, ' ').trim(),
      kind: (STEP_KINDS as readonly string[]).includes(lwKind) && kindOf(el) === kindFamily(lwKind as StepKind) ? (lwKind as StepKind) : kind,
      subProcess,
      lane,
      phase: lw ? text(lw, 'phase') : '',
      input: lw ? text(lw, 'input') : '',
      output: lw ? text(lw, 'output') : '',
      notes: [documentation(el), ownNotes, ...extra].filter(Boolean).join('\n'),
      durationValue: lw ? num(lw, 'durationValue') : null,
      durationUnit: (unit === 'days' ? 'days' : 'hours') satisfies DurationUnit,
      owner: lw ? text(lw, 'owner') : '',
      raci,
      at: shape ? centre(shape) : null,
    });
  }

  read(): ImportedProcess | null {
    const sequenceFlows: ModdleElement[] = [];
    const referencedData = new Set<ModdleElement>();
    for (const el of many(this.container, 'flowElements')) {
      const type = localType(el);
      const kind = kindOf(el);
      if (kind) this.step(el, kind);
      else if (type === 'SequenceFlow') sequenceFlows.push(el);
      else if (LEFT_OUT_TYPES[type]) {
        this.leave(LEFT_OUT_TYPES[type]!, el);
        const data = one(el, 'dataObjectRef');
        if (data) referencedData.add(data);
      } else if (type !== 'DataObject') this.leave('other', el);
    }
    for (const el of many(this.container, 'flowElements')) if (localType(el) === 'DataObject' && !referencedData.has(el)) this.leave('dataObject', el);
    this.readNotes(many(this.container, 'artifacts'));
    for (const el of sequenceFlows) {
      const from = this.keyOf.get(one(el, 'sourceRef') ?? el);
      const to = this.keyOf.get(one(el, 'targetRef') ?? el);
      if (!from || !to) {
        this.leave('flowNotImported', el);
        continue;
      }
      if (one(el, 'conditionExpression')) this.leave('condition', el);
      this.flows.push({ from, to, label: text(el, 'name').replace(/\s+/g, ' ').trim() });
    }
    for (const [type, count] of this.extensions) this.ctx.leftOut.push({ kind: 'extension', name: `${type} ×${count}`, process: this.name, type });
    if (this.steps.length === 0) return null;
    return { name: this.name, category: '', description: documentation(this.container), orientation: this.orientation, lanes: this.lanes, steps: this.steps, flows: this.flows, notes: this.notes };
  }

  /** Text annotations become notes, kept by the step an association ties them to (else the nearest drawn step); other artifacts are left out. */
  private readNotes(artifacts: readonly ModdleElement[]): void {
    const attached = new Map<ModdleElement, string>();
    const used = new Set<ModdleElement>();
    for (const el of artifacts) {
      if (localType(el) !== 'Association') continue;
      const [source, target] = [one(el, 'sourceRef'), one(el, 'targetRef')];
      const note = [source, target].find((end) => end !== null && localType(end) === 'TextAnnotation');
      const step = [source, target].map((end) => (end ? this.keyOf.get(end) : undefined)).find((key) => key !== undefined);
      if (note && step) {
        if (!attached.has(note)) attached.set(note, step);
        used.add(el);
      }
    }
    for (const el of artifacts) {
      const type = localType(el);
      if (type === 'TextAnnotation') {
        const noteText = text(el, 'text').replace(/\r\n?/g, '\n').trim();
        if (!noteText) continue;
        const shape = this.ctx.shapes.get(el);
        const rect = shape ? { x: shape.x, y: shape.y, width: shape.width, height: shape.height } : null;
        this.notes.push({ text: noteText, rect, anchor: attached.get(el) ?? (rect ? this.nearestStep(centre(rect)) : null) });
      } else if (!used.has(el)) {
        this.leave(LEFT_OUT_TYPES[type] ?? 'other', el, artifactName(el));
      }
    }
  }

  private nearestStep(point: { x: number; y: number }): string | null {
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const step of this.steps) {
      if (!step.at) continue;
      const distance = Math.hypot(step.at.x - point.x, step.at.y - point.y);
      if (distance < bestDistance) [best, bestDistance] = [step.key, distance];
    }
    return best;
  }
}

/** Start, end and decision must stay what BPMN drew; the other kinds are all tasks in BPMN. */
function kindFamily(kind: StepKind): StepKind {
  return kind === 'approval' || kind === 'delivery' ? 'task' : kind;
}

/** A text annotation by its text, anything else by its name. */
function artifactName(el: ModdleElement): string {
  return (localType(el) === 'TextAnnotation' ? text(el, 'text').replace(/\s+/g, ' ').trim() : '') || displayName(el);
}

/** Reads one process (or sub-process) into ctx.processes, ahead of the sub-processes it holds; false when it has no step. */
function readProcess(ctx: Context, container: ModdleElement, name: string, laneSets: readonly ModdleElement[], fallbackLane: string, orientation: Orientation): boolean {
  const at = ctx.processes.length;
  const read = new ProcessReader(ctx, container, name, flattenLanes(laneSets), fallbackLane, orientation).read();
  if (read) ctx.processes.splice(at, 0, read);
  return read !== null;
}

function orientationOf(ctx: Context, participant: ModdleElement | null, laneSets: readonly ModdleElement[]): Orientation {
  const pool = participant ? ctx.shapes.get(participant)?.horizontal : null;
  const lane = flattenLanes(laneSets).map((l) => ctx.shapes.get(l.element)?.horizontal).find((h) => typeof h === 'boolean');
  return (pool ?? lane ?? true) ? 'horizontal' : 'vertical';
}

function processCategory(process: ModdleElement): string {
  const ext = one(process, 'extensionElements');
  const info = ext ? many(ext, 'values').find((v) => v.$type === 'lw:Process') : undefined;
  return info ? text(info, 'category') : '';
}

/**
 * BPMN definitions as Lanewise processes: each pool with a process (and each process outside any
 * pool) becomes a process, its leaf lanes departments, its sub-processes steps marked as such whose
 * inner flow is a process of its own. Everything else is listed in leftOut.
 */
export function mapBpmn(definitions: ModdleElement, language: Language): MappedBpmn {
  const ctx: Context = { language, shapes: shapesOf(definitions), processes: [], leftOut: [] };
  const roots = many(definitions, 'rootElements');
  const pooled = new Set<ModdleElement>();
  for (const collaboration of roots.filter((r) => localType(r) === 'Collaboration')) {
    for (const participant of many(collaboration, 'participants')) {
      const process = one(participant, 'processRef');
      const name = displayName(participant) || (process ? displayName(process) : '');
      if (!process || pooled.has(process)) {
        if (!process) ctx.leftOut.push({ kind: 'emptyPool', name, process: '', type: participant.$type });
        continue;
      }
      pooled.add(process);
      const laneSets = many(process, 'laneSets');
      const before = ctx.processes.length;
      if (!readProcess(ctx, process, name, laneSets, name, orientationOf(ctx, participant, laneSets))) ctx.leftOut.push({ kind: 'emptyPool', name, process: '', type: participant.$type });
      else ctx.processes[before] = { ...ctx.processes[before]!, category: processCategory(process) };
    }
    for (const flow of many(collaboration, 'messageFlows')) ctx.leftOut.push({ kind: 'messageFlow', name: displayName(flow), process: '', type: flow.$type });
    for (const el of many(collaboration, 'artifacts')) {
      const kind = LEFT_OUT_TYPES[localType(el)] ?? 'other';
      ctx.leftOut.push({ kind, name: artifactName(el), process: '', type: el.$type });
    }
  }
  for (const process of roots.filter((r) => localType(r) === 'Process' && !pooled.has(r))) {
    const laneSets = many(process, 'laneSets');
    const name = displayName(process);
    const before = ctx.processes.length;
    if (readProcess(ctx, process, name, laneSets, name, orientationOf(ctx, null, laneSets))) ctx.processes[before] = { ...ctx.processes[before]!, category: processCategory(process) };
  }
  return { processes: ctx.processes, leftOut: ctx.leftOut };
}
