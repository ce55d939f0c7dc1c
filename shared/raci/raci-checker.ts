import type { Op } from '../commands/ops';
import type { ProjectState } from '../model/project-state';
import type { Finding } from './finding';
import { checkProcessColumns } from './process-rules';
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
    for (const step of Object.values(state.tables.steps)) {
      this.processIndex(step.processId).steps.add(step.id);
      const f = checkStep(state, step);
      if (f.length) this.byStep.set(step.id, f);
    }
    for (const processId of Object.keys(state.tables.processes)) this.checkProcess(processId);
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

  private checkProcess(processId: string): void {
    if (!this.state.tables.processes[processId]) {
      this.byProcess.delete(processId);
      return;
    }
    const lanes: string[] = [];
    for (const lane of Object.values(this.state.tables.lanes)) if (lane.processId === processId) lanes.push(lane.departmentId);
    const f = checkProcessColumns(this.state, processId, this.processIndex(processId).steps, lanes);
    if (f.length) this.byProcess.set(processId, f);
    else this.byProcess.delete(processId);
  }
}

/** A one-off full check. */
export function checkProject(state: ProjectState): Finding[] {
  return new RaciChecker(state).findings();
}
