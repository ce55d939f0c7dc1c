import type { Op } from '../commands/ops';
import type { Flow, Lane, Step } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { processRows, stateMetricsInput } from './metrics-input';
import { processMetrics, type ProcessMetrics } from './process-metrics';

interface ProcessIndex {
  readonly lanes: Map<string, Lane>;
  readonly steps: Map<string, Step>;
  readonly flows: Map<string, Flow>;
}

type Indexed = 'lanes' | 'steps' | 'flows';

/** A step edit that leaves every figure as it was: moved, renamed, re-described, re-phased. */
function measuredAlike(a: Step, b: Step): boolean {
  return a.kind === b.kind && a.laneId === b.laneId && a.code === b.code && a.durationValue === b.durationValue && a.durationUnit === b.durationUnit;
}

/**
 * Keeps the metrics of every process up to date, like the RACI checker keeps its findings: a full
 * pass at the start, then after each change only the processes its ops touched are measured again.
 * It indexes the rows it has seen, so it works whether the state was copied or edited in place.
 */
export class MetricsTracker {
  private state: ProjectState;
  private hoursPerDay: number;
  private readonly index = new Map<string, ProcessIndex>();
  /** Row id → process, for lanes, steps and flows: deletes name only the id. */
  private readonly owner = new Map<string, string>();
  private readonly metrics = new Map<string, ProcessMetrics>();
  private view: ReadonlyMap<string, ProcessMetrics> | null = null;

  constructor(state: ProjectState) {
    this.state = state;
    this.hoursPerDay = state.meta.policy.hoursPerDay;
    this.rebuild(state);
  }

  /** The metrics of each process, by process id; a new map after every change that altered any. */
  all(): ReadonlyMap<string, ProcessMetrics> {
    this.view ??= new Map(this.metrics);
    return this.view;
  }

  of(processId: string): ProcessMetrics | undefined {
    return this.metrics.get(processId);
  }

  rebuild(state: ProjectState): void {
    this.state = state;
    this.hoursPerDay = state.meta.policy.hoursPerDay;
    this.index.clear();
    this.owner.clear();
    this.metrics.clear();
    for (const id in state.tables.processes) this.entry(id);
    // One loop per table keeps each monomorphic: the full pass is on the path of opening a project.
    const { lanes, steps, flows } = state.tables;
    for (const id in lanes) this.put('lanes', lanes[id]!);
    for (const id in steps) this.put('steps', steps[id]!);
    for (const id in flows) this.put('flows', flows[id]!);
    for (const id of this.index.keys()) this.measure(id);
    this.view = null;
  }

  /** Brings the metrics up to date with a state reached from the previous one by these ops. */
  update(state: ProjectState, ops: readonly Op[]): void {
    this.state = state;
    const dirty = new Set<string>();
    let everything = false;
    for (const op of ops) {
      switch (op.t) {
        case 'meta':
          // Days count the policy's working day.
          if (op.meta.policy.hoursPerDay !== this.hoursPerDay) everything = true;
          this.hoursPerDay = op.meta.policy.hoursPerDay;
          break;
        case 'raci': {
          const processId = this.owner.get(op.stepId);
          if (processId) dirty.add(processId);
          break;
        }
        case 'put':
        case 'del':
          switch (op.table) {
            case 'steps': {
              const before = this.indexedStep(op.t === 'put' ? op.row.id : op.id);
              const touched = op.t === 'put' ? this.put('steps', op.row) : this.remove('steps', op.id);
              if (touched && !(op.t === 'put' && before && measuredAlike(before, op.row))) dirty.add(touched);
              break;
            }
            case 'lanes':
            case 'flows': {
              const touched = op.t === 'put' ? this.put(op.table, op.row) : this.remove(op.table, op.id);
              if (touched) dirty.add(touched);
              break;
            }
            case 'processes':
              if (op.t === 'put') {
                this.entry(op.row.id);
                dirty.add(op.row.id);
              } else {
                this.index.delete(op.id);
                this.metrics.delete(op.id);
                dirty.delete(op.id);
                this.view = null;
              }
              break;
            case 'positions':
              // A position's department decides which department its R and A count for.
              everything = true;
              break;
            case 'departments':
            case 'phases':
            case 'decisions':
            case 'policySections':
            case 'processVersions':
              break;
          }
          break;
      }
    }
    for (const processId of everything ? this.index.keys() : dirty) if (this.index.has(processId)) this.measure(processId);
  }

  private entry(processId: string): ProcessIndex {
    let entry = this.index.get(processId);
    if (!entry) {
      entry = { lanes: new Map(), steps: new Map(), flows: new Map() };
      this.index.set(processId, entry);
    }
    return entry;
  }

  private indexedStep(id: string): Step | undefined {
    const processId = this.owner.get(id);
    return processId ? this.index.get(processId)?.steps.get(id) : undefined;
  }

  /** Indexes a row; returns its process. */
  private put(table: Indexed, row: Lane | Step | Flow): string {
    this.owner.set(row.id, row.processId);
    (this.entry(row.processId)[table] as Map<string, Lane | Step | Flow>).set(row.id, row);
    return row.processId;
  }

  private remove(table: Indexed, id: string): string | undefined {
    const processId = this.owner.get(id);
    if (processId === undefined) return undefined;
    this.owner.delete(id);
    this.index.get(processId)?.[table].delete(id);
    return processId;
  }

  private measure(processId: string): void {
    const entry = this.index.get(processId)!;
    const input = stateMetricsInput(this.state, { lanes: [...entry.lanes.values()], steps: [...entry.steps.values()], flows: [...entry.flows.values()] });
    this.metrics.set(processId, processMetrics(input));
    this.view = null;
  }
}

/** The metrics of one process, measured once. */
export function measureProcess(state: ProjectState, processId: string): ProcessMetrics | undefined {
  if (!state.tables.processes[processId]) return undefined;
  return processMetrics(stateMetricsInput(state, processRows(state, processId)));
}
