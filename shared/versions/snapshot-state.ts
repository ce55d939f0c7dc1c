import type { Decision, Department, Flow, Lane, Phase, Position, Step } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import type { ProcessSnapshot } from '../process/process-snapshot';

/**
 * A project holding only the snapshot's process, under the process's own id and with the project's
 * settings and resolution log, so the RACI checks and the diagram drawing read it like the real one.
 */
export function snapshotState(snapshot: ProcessSnapshot, processId: string, project: ProjectState): ProjectState {
  const departments: Record<string, Department> = {};
  snapshot.departments.forEach((d, order) => (departments[d.id] = { ...d, order }));
  const positions: Record<string, Position> = {};
  snapshot.positions.forEach((p, order) => (positions[p.id] = { ...p, order }));
  const lanes: Record<string, Lane> = {};
  snapshot.lanes.forEach((l, order) => (lanes[l.id] = { ...l, processId, order }));
  const phases: Record<string, Phase> = {};
  snapshot.phases.forEach((p, order) => (phases[p.id] = { ...p, processId, order }));
  const steps: Record<string, Step> = {};
  for (const s of snapshot.steps) steps[s.id] = { ...s, processId };
  const flows: Record<string, Flow> = {};
  snapshot.flows.forEach((f, i) => (flows[`flow-${i}`] = { ...f, id: `flow-${i}`, processId }));
  const raci: Record<string, Record<string, string>> = {};
  for (const c of snapshot.raci) (raci[c.stepId] ??= {})[c.partyId] = c.letters;
  const decisions: Record<string, Decision> = {};
  for (const d of Object.values(project.tables.decisions)) if (d.processId === processId && (d.stepId === null || steps[d.stepId])) decisions[d.id] = d;
  return {
    meta: project.meta,
    tables: {
      ...project.tables,
      departments,
      positions,
      processes: { [processId]: { ...snapshot.process, id: processId, order: 0 } },
      lanes,
      phases,
      steps,
      flows,
      decisions,
      policySections: {},
    },
    raci,
  };
}
