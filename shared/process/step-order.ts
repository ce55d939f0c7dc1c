import type { Flow, Process, Step } from '../model/entities';
import type { ProjectState } from '../model/project-state';

/** Along the flow first: left to right when lanes are rows, top to bottom when they are columns. */
function byPosition(orientation: Process['orientation']) {
  return orientation === 'horizontal' ? (a: Step, b: Step) => a.x - b.x || a.y - b.y || a.code.localeCompare(b.code) : (a: Step, b: Step) => a.y - b.y || a.x - b.x || a.code.localeCompare(b.code);
}

/**
 * Steps of a process in flow order: from the start, each step after the steps that lead to it,
 * ties broken by position; loops are entered at their earliest step.
 */
export function orderSteps(steps: readonly Step[], flows: readonly Flow[], orientation: Process['orientation']): Step[] {
  const compare = byPosition(orientation);
  const ids = new Set(steps.map((s) => s.id));
  const incoming = new Map<string, number>();
  const next = new Map<string, string[]>();
  for (const f of flows) {
    if (!ids.has(f.fromStepId) || !ids.has(f.toStepId) || f.fromStepId === f.toStepId) continue;
    incoming.set(f.toStepId, (incoming.get(f.toStepId) ?? 0) + 1);
    (next.get(f.fromStepId) ?? next.set(f.fromStepId, []).get(f.fromStepId)!).push(f.toStepId);
  }
  const byId = new Map(steps.map((s) => [s.id, s]));
  const remaining = [...steps].sort((a, b) => (a.kind === 'start' ? 0 : 1) - (b.kind === 'start' ? 0 : 1) || compare(a, b));
  const done = new Set<string>();
  const ready: Step[] = remaining.filter((s) => !incoming.get(s.id));
  const result: Step[] = [];
  while (result.length < steps.length) {
    if (ready.length === 0) ready.push(remaining.find((s) => !done.has(s.id))!);
    ready.sort((a, b) => (a.kind === 'start' ? 0 : 1) - (b.kind === 'start' ? 0 : 1) || compare(a, b));
    const step = ready.shift()!;
    if (done.has(step.id)) continue;
    done.add(step.id);
    result.push(step);
    for (const to of next.get(step.id) ?? []) {
      const left = (incoming.get(to) ?? 0) - 1;
      incoming.set(to, left);
      if (left === 0 && !done.has(to)) ready.push(byId.get(to)!);
    }
  }
  return result;
}

export function processSteps(state: ProjectState, processId: string): Step[] {
  const process = state.tables.processes[processId];
  if (!process) return [];
  const steps = Object.values(state.tables.steps).filter((s) => s.processId === processId);
  const flows = Object.values(state.tables.flows).filter((f) => f.processId === processId);
  return orderSteps(steps, flows, process.orientation);
}
