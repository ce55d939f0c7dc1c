import type { CommandInput } from '../commands/command-schema';
import { CommandError } from '../commands/command-error';
import type { Flow } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { mapped, resolveParties, type ProcessSnapshot } from '../process/process-snapshot';

type Rows<T> = Readonly<Record<string, T>>;

/** The snapshot's id for a row when it is free or already this process's, else a new one. */
function placeId<T extends { processId: string }>(table: Rows<T>, id: string, processId: string, newId: () => string): string {
  const existing = table[id];
  return !existing || existing.processId === processId ? id : newId();
}

const flowKey = (f: Pick<Flow, 'fromStepId' | 'toStepId' | 'label'>) => `${f.fromStepId}\n${f.toStepId}\n${f.label}`;

/**
 * One batch that turns a process back into the snapshot: rows the snapshot holds are updated in
 * place (same ids, so the resolution log and comparisons keep pointing at them), missing ones
 * added, and what the snapshot lacks deleted. The process keeps its name.
 */
export function restoreSnapshotCommand(snapshot: ProcessSnapshot, state: ProjectState, processId: string, newId: () => string, label = 'Restore version'): CommandInput {
  if (!state.tables.processes[processId]) throw new CommandError('missing', `Process ${processId} does not exist`);
  const { ids, commands } = resolveParties(snapshot, state, newId);
  const { lanes, phases, steps, flows, annotations } = state.tables;
  const own = <T extends { processId: string }>(table: Rows<T>) => Object.values(table).filter((r) => r.processId === processId);

  commands.push({ type: 'update', table: 'processes', id: processId, patch: { category: snapshot.process.category, description: snapshot.process.description, orientation: snapshot.process.orientation } });

  // One lane per department: the snapshot's lane of a department is the process's lane of it, if it has one.
  const laneOfDepartment = new Map(own(lanes).map((l) => [l.departmentId, l.id]));
  const keptLanes = new Set<string>();
  snapshot.lanes.forEach((lane, order) => {
    const departmentId = mapped(ids, lane.departmentId, 'department');
    const current = laneOfDepartment.get(departmentId);
    const id = current ?? placeId(lanes, lane.id, processId, newId);
    ids.set(lane.id, id);
    keptLanes.add(id);
    commands.push(current ? { type: 'update', table: 'lanes', id, patch: { order, size: lane.size } } : { type: 'add', table: 'lanes', row: { id, processId, departmentId, order, size: lane.size } });
  });

  const keptPhases = new Set<string>();
  snapshot.phases.forEach((phase, order) => {
    const id = placeId(phases, phase.id, processId, newId);
    ids.set(phase.id, id);
    keptPhases.add(id);
    commands.push(phases[id] ? { type: 'update', table: 'phases', id, patch: { name: phase.name, order, size: phase.size } } : { type: 'add', table: 'phases', row: { id, processId, name: phase.name, order, size: phase.size } });
  });

  const cellsByStep = new Map<string, ProcessSnapshot['raci']>();
  for (const cell of snapshot.raci) cellsByStep.set(cell.stepId, [...(cellsByStep.get(cell.stepId) ?? []), cell]);
  const keptSteps = new Set<string>();
  for (const step of snapshot.steps) {
    const id = placeId(steps, step.id, processId, newId);
    ids.set(step.id, id);
    keptSteps.add(id);
    const laneId = mapped(ids, step.laneId, 'lane');
    const fields = {
      ...step,
      laneId,
      phaseId: step.phaseId ? mapped(ids, step.phaseId, 'phase') : null,
      ownerPositionId: step.ownerPositionId ? (ids.get(step.ownerPositionId) ?? null) : null,
    };
    const { id: _id, ...patch } = fields;
    commands.push(steps[id] ? { type: 'update', table: 'steps', id, patch } : { type: 'add', table: 'steps', row: { ...fields, id, processId } });
    // The whole matrix row: cells the snapshot lacks are cleared, including the R a new step is seeded with.
    const row = new Map<string, string>();
    for (const partyId of Object.keys(state.raci[id] ?? {})) row.set(partyId, '');
    if (!steps[id]) row.set(mapped(ids, snapshot.lanes.find((l) => l.id === step.laneId)!.departmentId, 'department'), '');
    for (const cell of cellsByStep.get(step.id) ?? []) row.set(mapped(ids, cell.partyId, 'party'), cell.letters);
    for (const [partyId, letters] of row) commands.push({ type: 'setRaci', stepId: id, partyId, letters });
  }
  const doomedSteps = own(steps).filter((s) => !keptSteps.has(s.id));
  for (const s of doomedSteps) commands.push({ type: 'delete', table: 'steps', id: s.id });

  // Flows that survive the deleted steps and match one of the snapshot's stay; the others go or come.
  const wanted = new Map<string, number>();
  const snapshotFlows = snapshot.flows.map((f) => ({ fromStepId: mapped(ids, f.fromStepId, 'step'), toStepId: mapped(ids, f.toStepId, 'step'), label: f.label }));
  for (const f of snapshotFlows) wanted.set(flowKey(f), (wanted.get(flowKey(f)) ?? 0) + 1);
  const gone = new Set(doomedSteps.map((s) => s.id));
  for (const f of own(flows)) {
    if (gone.has(f.fromStepId) || gone.has(f.toStepId)) continue;
    const left = wanted.get(flowKey(f)) ?? 0;
    if (left > 0) wanted.set(flowKey(f), left - 1);
    else commands.push({ type: 'delete', table: 'flows', id: f.id });
  }
  for (const f of snapshotFlows) {
    const left = wanted.get(flowKey(f)) ?? 0;
    if (left === 0) continue;
    wanted.set(flowKey(f), left - 1);
    commands.push({ type: 'add', table: 'flows', row: { id: newId(), processId, ...f } });
  }

  // Notes: the snapshot's come back as they were (same ids where free), the others go.
  const keptNotes = new Set<string>();
  for (const note of snapshot.annotations) {
    const id = placeId(annotations, note.id, processId, newId);
    keptNotes.add(id);
    const { id: _id, ...patch } = note;
    commands.push(annotations[id] ? { type: 'update', table: 'annotations', id, patch } : { type: 'add', table: 'annotations', row: { ...note, id, processId } });
  }
  for (const a of own(annotations)) if (!keptNotes.has(a.id)) commands.push({ type: 'delete', table: 'annotations', id: a.id });

  for (const l of own(lanes)) if (!keptLanes.has(l.id)) commands.push({ type: 'delete', table: 'lanes', id: l.id });
  for (const p of own(phases)) if (!keptPhases.has(p.id)) commands.push({ type: 'delete', table: 'phases', id: p.id });
  return { type: 'batch', label, commands };
}
