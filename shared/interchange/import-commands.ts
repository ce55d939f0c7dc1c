import type { CommandInput } from '../commands/command-schema';
import { normaliseLetters } from '../model/raci-letters';
import type { ProjectState } from '../model/project-state';
import { LANE_HEADER, NODE_SIZE } from '../diagram/geometry';
import type { ImportedNote, ImportedProcess, ImportedStep } from './imported-process';
import type { CreatedProcess, ImportSummary, LeftOut } from './import-report';
import { layoutImport } from './import-layout';
import { PartyResolver } from './party-resolver';

export interface ImportPlan {
  /** One batch: applying it is one undo step. */
  readonly command: CommandInput;
  readonly summary: ImportSummary;
}

/** The steps' RACI rows: the whole row is written, so a seeded R the file does not give is cleared. */
function raciCommands(stepId: string, laneDepartmentId: string, raci: NonNullable<ImportedProcess['steps'][number]['raci']>, parties: PartyResolver): CommandInput[] {
  const cells = new Map<string, string>([[laneDepartmentId, '']]);
  for (const { party, letters } of raci) {
    const partyId = parties.party(party, laneDepartmentId);
    cells.set(partyId, normaliseLetters((cells.get(partyId) ?? '') + letters));
  }
  return [...cells].map(([partyId, letters]) => ({ type: 'setRaci', stepId, partyId, letters }));
}

function processCommands(state: ProjectState, process: ImportedProcess, name: string, parties: PartyResolver, newId: () => string): { commands: CommandInput[]; created: CreatedProcess } {
  const processId = newId();
  const commands: CommandInput[] = [
    { type: 'add', table: 'processes', row: { id: processId, name, category: process.category.slice(0, 200), description: process.description.slice(0, 10_000), orientation: process.orientation } },
  ];
  const keyIndex = new Map(process.steps.map((s, i) => [s.key, i]));
  const flows = process.flows.flatMap((f) => {
    const from = keyIndex.get(f.from);
    const to = keyIndex.get(f.to);
    return from === undefined || to === undefined ? [] : [{ from, to, label: f.label }];
  });
  const layout = layoutImport(process.orientation, process.lanes.length, process.steps, flows);

  const laneDepartments = process.lanes.map((lane) => parties.department(lane));
  const laneIds = process.lanes.map(() => newId());
  laneIds.forEach((id, order) => commands.push({ type: 'add', table: 'lanes', row: { id, processId, departmentId: laneDepartments[order]!, order, size: layout.laneSizes[order]! } }));
  const phaseIds = layout.phases.map(() => newId());
  layout.phases.forEach((phase, order) => commands.push({ type: 'add', table: 'phases', row: { id: phaseIds[order]!, processId, name: phase.name.slice(0, 200), order, size: phase.size } }));

  const stepIds = process.steps.map(() => newId());
  process.steps.forEach((step, i) => {
    const place = layout.places[i]!;
    const departmentId = laneDepartments[step.lane]!;
    commands.push({
      type: 'add',
      table: 'steps',
      row: {
        id: stepIds[i]!,
        processId,
        laneId: laneIds[step.lane]!,
        phaseId: place.phase >= 0 ? phaseIds[place.phase]! : null,
        code: step.code.slice(0, 20),
        name: step.name.slice(0, 200),
        kind: step.kind,
        subProcess: step.subProcess,
        x: place.x,
        y: place.y,
        input: step.input.slice(0, 10_000),
        output: step.output.slice(0, 10_000),
        notes: step.notes.slice(0, 10_000),
        ownerPositionId: step.owner ? parties.owner(step.owner, departmentId) : null,
        durationValue: step.durationValue,
        durationUnit: step.durationUnit,
      },
    });
    if (step.raci) commands.push(...raciCommands(stepIds[i]!, departmentId, step.raci, parties));
  });
  for (const f of flows) commands.push({ type: 'add', table: 'flows', row: { id: newId(), processId, fromStepId: stepIds[f.from]!, toStepId: stepIds[f.to]!, label: f.label.slice(0, 200) } });
  for (const note of process.notes) {
    const anchor = note.anchor === null ? undefined : keyIndex.get(note.anchor);
    const at = noteAt(note, anchor === undefined ? null : { step: process.steps[anchor]!, place: layout.places[anchor]! });
    commands.push({ type: 'add', table: 'annotations', row: { id: newId(), processId, ...at, text: note.text.slice(0, 4000) } });
  }
  return { commands, created: { name, lanes: process.lanes.length, steps: process.steps.length, flows: flows.length } };
}

const NOTE_SIZE = { width: 160, height: 48 };
const clampSize = (value: number, low: number) => Math.round(Math.min(4000, Math.max(low, value)));

/**
 * Where an imported note goes: the steps are laid out afresh, so a note keeps its place beside its
 * step (as far from the step's centre as in the file); one the file does not draw sits above its step.
 */
function noteAt(note: ImportedNote, anchor: { step: ImportedStep; place: { x: number; y: number } } | null): { x: number; y: number; width: number; height: number } {
  const size = note.rect ? { width: clampSize(note.rect.width, 40), height: clampSize(note.rect.height, 24) } : NOTE_SIZE;
  if (!anchor) return { x: LANE_HEADER + 8, y: 8, ...size };
  const { step, place } = anchor;
  const centre = { x: place.x + NODE_SIZE[step.kind].width / 2, y: place.y + NODE_SIZE[step.kind].height / 2 };
  if (!note.rect || !step.at) return { x: Math.round(place.x), y: Math.round(place.y - size.height - 16), ...size };
  return { x: Math.round(centre.x + note.rect.x - step.at.x), y: Math.round(centre.y + note.rect.y - step.at.y), ...size };
}

/** A process name not taken yet: "采购流程", else "采购流程 (2)" … */
function freeName(taken: ReadonlySet<string>, wanted: string): string {
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted} (${n})`)) n++;
  return `${wanted} (${n})`;
}

/**
 * The commands adding processes read from a file, with the departments and positions they name
 * (matched by name, created otherwise), laid out in their lanes. Parties come first in the batch
 * because steps and RACI cells refer to them.
 */
export function importPlan(state: ProjectState, processes: readonly ImportedProcess[], leftOut: readonly LeftOut[], options: { newId: () => string; label: string }): ImportPlan {
  const parties = new PartyResolver(state, options.newId);
  const taken = new Set(Object.values(state.tables.processes).map((p) => p.name));
  const body: CommandInput[] = [];
  const created: CreatedProcess[] = [];
  for (const process of processes) {
    const wanted = process.name.trim().slice(0, 190) || '—';
    const name = freeName(taken, wanted);
    taken.add(name);
    const result = processCommands(state, process, name, parties, options.newId);
    body.push(...result.commands);
    created.push(result.created);
  }
  return {
    command: { type: 'batch', label: options.label, commands: [...parties.commands, ...body] },
    summary: {
      processes: created,
      departmentsCreated: parties.departmentsCreated,
      departmentsMatched: [...parties.departmentsMatched],
      positionsCreated: parties.positionsCreated,
      leftOut,
    },
  };
}
