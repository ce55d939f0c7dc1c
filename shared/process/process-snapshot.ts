import { CommandError } from '../commands/command-error';
import type { CommandInput } from '../commands/command-schema';
import type { ProcessSnapshot } from '../model/entities';
import { rowsOf, sortedByOrder, type ProjectState } from '../model/project-state';

export { processSnapshotSchema, type ProcessSnapshot } from '../model/entities';

/** Takes a process out of the project as a snapshot; throws when the process does not exist. */
export function snapshotProcess(state: ProjectState, processId: string): ProcessSnapshot {
  const process = state.tables.processes[processId];
  if (!process) throw new CommandError('missing', `Process ${processId} does not exist`);
  const lanes = sortedByOrder(rowsOf(state, 'lanes').filter((l) => l.processId === processId));
  const phases = sortedByOrder(rowsOf(state, 'phases').filter((p) => p.processId === processId));
  const steps = rowsOf(state, 'steps').filter((s) => s.processId === processId);
  const flows = rowsOf(state, 'flows').filter((f) => f.processId === processId);

  const raci: ProcessSnapshot['raci'] = [];
  for (const step of steps) for (const [partyId, letters] of Object.entries(state.raci[step.id] ?? {})) if (letters) raci.push({ stepId: step.id, partyId, letters });

  const positionIds = new Set<string>([...raci.map((c) => c.partyId), ...steps.flatMap((s) => (s.ownerPositionId ? [s.ownerPositionId] : []))]);
  const positions = sortedByOrder(rowsOf(state, 'positions').filter((p) => positionIds.has(p.id)));
  const departmentIds = new Set<string>([...lanes.map((l) => l.departmentId), ...raci.map((c) => c.partyId), ...positions.map((p) => p.departmentId)]);
  const departments = sortedByOrder(rowsOf(state, 'departments').filter((d) => departmentIds.has(d.id)));

  return {
    process: { name: process.name, category: process.category, description: process.description, orientation: process.orientation },
    departments: departments.map(({ id, name, color }) => ({ id, name, color })),
    positions: positions.map(({ id, departmentId, name }) => ({ id, departmentId, name })),
    lanes: lanes.map(({ id, departmentId, size }) => ({ id, departmentId, size })),
    phases: phases.map(({ id, name, size }) => ({ id, name, size })),
    steps: steps.map(({ processId: _processId, ...step }) => step),
    flows: flows.map(({ fromStepId, toStepId, label, bends }) => ({ fromStepId, toStepId, label, bends })),
    raci,
    annotations: rowsOf(state, 'annotations')
      .filter((a) => a.processId === processId)
      .map(({ processId: _processId, ...note }) => note),
  };
}

/** Names compare loosely, as for templates: case, width and spacing do not matter. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** The snapshot's parties in the project: the same row when its id is there, else one of the same name, else a new one. */
export function resolveParties(snapshot: ProcessSnapshot, state: ProjectState, newId: () => string): { ids: Map<string, string>; commands: CommandInput[] } {
  const ids = new Map<string, string>();
  const commands: CommandInput[] = [];
  const departments = sortedByOrder(rowsOf(state, 'departments'));
  const positions = sortedByOrder(rowsOf(state, 'positions'));
  for (const d of snapshot.departments) {
    const existing = state.tables.departments[d.id] ?? departments.find((x) => sameName(x.name, d.name));
    const id = existing?.id ?? newId();
    if (!existing) commands.push({ type: 'add', table: 'departments', row: { id, name: d.name, color: d.color } });
    ids.set(d.id, id);
  }
  for (const p of snapshot.positions) {
    const departmentId = ids.get(p.departmentId);
    if (!departmentId) throw new Error(`Position ${p.name} names a department the snapshot lacks`);
    const same = state.tables.positions[p.id];
    const existing = same?.departmentId === departmentId ? same : positions.find((x) => x.departmentId === departmentId && sameName(x.name, p.name));
    const id = existing?.id ?? newId();
    if (!existing) commands.push({ type: 'add', table: 'positions', row: { id, departmentId, name: p.name } });
    ids.set(p.id, id);
  }
  return { ids, commands };
}

export function mapped(ids: ReadonlyMap<string, string>, id: string, what: string): string {
  const value = ids.get(id);
  if (!value) throw new Error(`The snapshot names a ${what} it does not hold (${id})`);
  return value;
}

/**
 * Commands that add the snapshot to a project as a new process called `name`, with fresh ids for
 * every row. Steps keep their codes and places; each step's matrix row is written whole (adding a
 * step seeds an R for its lane's department, which the snapshot may not have).
 */
export function snapshotCommands(snapshot: ProcessSnapshot, state: ProjectState, name: string, newId: () => string): CommandInput[] {
  const { ids, commands } = resolveParties(snapshot, state, newId);
  const processId = newId();
  commands.push({ type: 'add', table: 'processes', row: { ...snapshot.process, id: processId, name } });
  for (const lane of snapshot.lanes) {
    ids.set(lane.id, newId());
    commands.push({ type: 'add', table: 'lanes', row: { id: ids.get(lane.id)!, processId, departmentId: mapped(ids, lane.departmentId, 'department'), size: lane.size } });
  }
  for (const phase of snapshot.phases) {
    ids.set(phase.id, newId());
    commands.push({ type: 'add', table: 'phases', row: { id: ids.get(phase.id)!, processId, name: phase.name, size: phase.size } });
  }
  const laneDepartment = new Map(snapshot.lanes.map((l) => [l.id, mapped(ids, l.departmentId, 'department')]));
  const cellsByStep = new Map<string, ProcessSnapshot['raci']>();
  for (const cell of snapshot.raci) cellsByStep.set(cell.stepId, [...(cellsByStep.get(cell.stepId) ?? []), cell]);
  for (const step of snapshot.steps) {
    const id = newId();
    ids.set(step.id, id);
    commands.push({
      type: 'add',
      table: 'steps',
      row: {
        ...step,
        id,
        processId,
        laneId: mapped(ids, step.laneId, 'lane'),
        phaseId: step.phaseId ? mapped(ids, step.phaseId, 'phase') : null,
        ownerPositionId: step.ownerPositionId ? (ids.get(step.ownerPositionId) ?? null) : null,
      },
    });
    const row = new Map<string, string>([[laneDepartment.get(step.laneId)!, '']]);
    for (const cell of cellsByStep.get(step.id) ?? []) row.set(mapped(ids, cell.partyId, 'party'), cell.letters);
    for (const [partyId, letters] of row) commands.push({ type: 'setRaci', stepId: id, partyId, letters });
  }
  for (const flow of snapshot.flows) {
    commands.push({ type: 'add', table: 'flows', row: { id: newId(), processId, fromStepId: mapped(ids, flow.fromStepId, 'step'), toStepId: mapped(ids, flow.toStepId, 'step'), label: flow.label, bends: flow.bends } });
  }
  for (const note of snapshot.annotations) commands.push({ type: 'add', table: 'annotations', row: { ...note, id: newId(), processId } });
  return commands;
}
