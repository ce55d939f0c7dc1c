import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';

/**
 * For unit tests: departments Sales (with Manager and Rep) and Finance; process "Order" with phases
 * Intake, Fulfil and steps O1 → O2 (Intake), O3 (Fulfil), O4 (no phase); process "Empty" without steps.
 */
export function gridTestProject(extra: CommandInput[] = []): ProjectState {
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'sales', name: 'Sales', order: 0 } },
    { type: 'add', table: 'departments', row: { id: 'fin', name: 'Finance', order: 1 } },
    { type: 'add', table: 'positions', row: { id: 'rep', departmentId: 'sales', name: 'Rep', order: 1 } },
    { type: 'add', table: 'positions', row: { id: 'mgr', departmentId: 'sales', name: 'Manager', order: 0 } },
    { type: 'add', table: 'processes', row: { id: 'empty', name: 'Empty', order: 1 } },
    { type: 'add', table: 'processes', row: { id: 'order', name: 'Order', order: 0 } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'order', departmentId: 'sales' } },
    { type: 'add', table: 'phases', row: { id: 'fulfil', processId: 'order', name: 'Fulfil', order: 1 } },
    { type: 'add', table: 'phases', row: { id: 'intake', processId: 'order', name: 'Intake', order: 0 } },
    // Positions on the canvas disagree with the flow on purpose: rows follow the flow.
    { type: 'add', table: 'steps', row: { id: 'o3', processId: 'order', laneId: 'l1', phaseId: 'fulfil', code: 'O3', name: 'Ship', x: 100, durationValue: 1 } },
    { type: 'add', table: 'steps', row: { id: 'o1', processId: 'order', laneId: 'l1', phaseId: 'intake', code: 'O1', name: 'Receive', x: 900, durationValue: 1 } },
    { type: 'add', table: 'steps', row: { id: 'o2', processId: 'order', laneId: 'l1', phaseId: 'intake', code: 'O2', name: 'Check', x: 500, durationValue: 1 } },
    { type: 'add', table: 'steps', row: { id: 'o4', processId: 'order', laneId: 'l1', code: 'O4', name: 'Invoice', x: 50, durationValue: 1 } },
    { type: 'add', table: 'flows', row: { id: 'f1', processId: 'order', fromStepId: 'o1', toStepId: 'o2' } },
    { type: 'add', table: 'flows', row: { id: 'f2', processId: 'order', fromStepId: 'o2', toStepId: 'o3' } },
    { type: 'add', table: 'flows', row: { id: 'f3', processId: 'order', fromStepId: 'o3', toStepId: 'o4' } },
    ...extra,
  ];
  return execute(emptyProject({ name: 'Grid test', language: 'en', organisation: '' }), { type: 'batch', commands }).state;
}
