import type { CommandInput } from '../../shared/commands/command-schema';

/**
 * The small project the file layer's tests write: Order to cash in a Sales lane with the step "Take
 * order"; `withFinance` adds a Finance department and a second step, "Ship".
 */
export function fileLayerProject({ withFinance = false } = {}): CommandInput {
  return {
    type: 'batch',
    commands: [
      { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
      ...(withFinance ? [{ type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } } as const] : []),
      { type: 'add', table: 'processes', row: { id: 'p1', name: 'Order to cash' } },
      { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'd1' } },
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'p1', laneId: 'l1', name: 'Take order' } },
      ...(withFinance ? [{ type: 'add', table: 'steps', row: { id: 's2', processId: 'p1', laneId: 'l1', name: 'Ship' } } as const] : []),
    ],
  };
}
