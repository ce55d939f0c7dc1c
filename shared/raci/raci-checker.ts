import type { Op } from '../commands/ops';
import type { ProjectState } from '../model/project-state';
import type { Finding } from './finding';
import { checkProcessColumns, columnFindings, ColumnStats } from './process-rules';
import { checkStep } from './step-rules';

interface ProcessIndex {
  steps: Set<string>;
}

/**
 * Keeps the findings of a project up to date. A full check builds per-step and per-process
 * results; after an edit only the steps and processes the ops touched are checked again.
 */
export class RaciChecker {
  private state: ProjectState;
  private readonly byStep = new Map<string, Finding[]>();
  private readonly byProcess = new Map<string, Finding[]>();
  private readonly index = new Map<string, ProcessIndex>();
  private cached: Finding[] | null = null;

  constructor(state: ProjectState) {
    this.state = state;
    this.checkAll();
  }

  /** All findings, steps first in no particular order; callers sort for display. */
  findings(): Finding[] {
    if (!this.cached) {
      const out: Finding[] = [];
      for (const f of this.byStep.values()) out.push(...f);
      for (const f of this.byProcess.values()) out.push(...f);
      this.cached = out;
    }
    return this.cached;
  }

  checkAll(state: ProjectState = this.state): void {
    this.state = state;
    this.byStep.clear();
    this.byProcess.clear();
    this.index.clear();
    // One pass over the cells: the step rules and the column statistics of each process together.
    const stats = new Map<string, ColumnStats>();
    const steps = state.tables.steps;
    for (const id in steps) {
      const step = steps[id]!;
      this.processIndex(step.processId).steps.add(id);
      let columns = stats.get(step.processId);
      if (!columns) stats.set(step.processId, (columns = new ColumnStats(state)));
      const f = checkStep(state, step, columns);
      if (f.length) this.byStep.set(id, f);
    }
    const lanes = new Map<string, string[]>();
    for (const lane of Object.values(state.tables.lanes)) (lanes.get(lane.processId) ?? lanes.set(lane.processId, []).get(lane.processId)!).push(lane.departmentId);
    for (const processId of Object.keys(state.tables.processes)) {
      const f = columnFindings(state, processId, stats.get(processId) ?? new ColumnStats(state), lanes.get(processId) ?? []);
      if (f.length) this.byProcess.set(processId, f);
    }
    this.cached = null;
  }

  /** Brings the findings up to date with a state reached from the previous one by these ops. */
  update(state: ProjectState, ops: readonly Op[]): void {
    const prev = this.state;
    this.state = state;
    const steps = new Set<string>();
    const processes = new Set<string>();
    for (const op of ops) {
      switch (op.t) {
        case 'meta':
          this.checkAll(state);
          return;
        case 'raci':
          steps.add(op.stepId);
          break;
        case 'put':
        case 'del': {
          const id = op.t === 'put' ? op.row.id : op.id;
          switch (op.table) {
            case 'steps':
              steps.add(id);
              break;
            case 'lanes':
            case 'processes': {
              const processId = op.table === 'processes' ? id : (state.tables.lanes[id] ?? prev.tables.lanes[id])?.processId;
              if (processId) for (const s of this.index.get(processId)?.steps ?? []) steps.add(s);
              if (processId) processes.add(processId);
              if (op.table === 'processes' && op.t === 'del') {
                this.byProcess.delete(id);
                this.index.delete(id);
              }
              break;
            }
            case 'departments':
            case 'positions':
              // Party names appear in messages, and a party's department decides lane matches.
              this.checkAll(state);
              return;
            case 'phases':
            case 'flows':
            case 'decisions':
              break;
          }
          break;
        }
      }
    }
    for (const stepId of steps) {
      const before = prev.tables.steps[stepId];
      const after = state.tables.steps[stepId];
      if (before) {
        this.index.get(before.processId)?.steps.delete(stepId);
        processes.add(before.processId);
      }
      this.byStep.delete(stepId);
      if (after) {
        this.processIndex(after.processId).steps.add(stepId);
        processes.add(after.processId);
        const f = checkStep(state, after);
        if (f.length) this.byStep.set(stepId, f);
      }
    }
    for (const processId of processes) this.checkProcess(processId);
    this.cached = null;
  }

  private processIndex(processId: string): ProcessIndex {
    let entry = this.index.get(processId);
    if (!entry) {
      entry = { steps: new Set() };
      this.index.set(processId, entry);
    }
    return entry;
  }

  private checkProcess(processId: string, laneDepartments?: string[]): void {
    if (!this.state.tables.processes[processId]) {
      this.byProcess.delete(processId);
      return;
    }
    let lanes = laneDepartments;
    if (!lanes) {
      lanes = [];
      for (const lane of Object.values(this.state.tables.lanes)) if (lane.processId === processId) lanes.push(lane.departmentId);
    }
    const f = checkProcessColumns(this.state, processId, this.processIndex(processId).steps, lanes);
    if (f.length) this.byProcess.set(processId, f);
    else this.byProcess.delete(processId);
  }
}

/** A one-off full check. */
export function checkProject(state: ProjectState): Finding[] {
  return new RaciChecker(state).findings();
}
