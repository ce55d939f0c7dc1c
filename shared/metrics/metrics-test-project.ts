import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import { emptyProject, type ProjectState } from '../model/project-state';
import { DEFAULT_POLICY_PARAMS } from '../policy/policy-params';

export function run(state: ProjectState, ...commands: CommandInput[]): ProjectState {
  return commands.reduce((s, c) => execute(s, c).state, state);
}

/**
 * Test fixture: an order-to-cash process across Sales (lane 1) and Finance (lane 2), Legal without a
 * lane. Steps N01–N06: start, take order (2 h), approve credit (0.5 d), invoice (no duration),
 * "paid?" (1 h), end; a reminder loop from "paid?" back to the invoice; a double A on the approval.
 */
export function orderToCashCommands(hoursPerDay = 8): CommandInput[] {
  const step = (id: string, code: string, kind: string, laneId: string, durationValue: number | null, durationUnit: 'hours' | 'days' = 'hours'): CommandInput => ({
    type: 'add',
    table: 'steps',
    row: { id, processId: 'pr', laneId, code, name: `Step ${code}`, kind: kind as 'task', durationValue, durationUnit, x: 40 + Number(code.slice(1)) * 180, y: laneId === 'l1' ? 40 : 200 },
  });
  const flow = (id: string, from: string, to: string, label = ''): CommandInput => ({ type: 'add', table: 'flows', row: { id, processId: 'pr', fromStepId: from, toStepId: to, label } });
  const cells: Array<[string, string, string]> = [
    ['s2', 'd1', 'RA'],
    ['s2', 'p1', 'R'],
    ['s2', 'd2', 'I'],
    ['s3', 'd2', 'R'],
    ['s3', 'p2', 'A'],
    ['s3', 'd3', 'C'],
    ['s3', 'p1', 'A'],
    ['s4', 'd2', 'RA'],
    ['s4', 'p2', 'R'],
    ['s5', 'd1', 'R'],
    ['s5', 'p1', 'A'],
  ];
  return [
    { type: 'setMeta', patch: { policy: { ...DEFAULT_POLICY_PARAMS, hoursPerDay }, raciSettings: { maxConsulted: 3, maxInformed: 3, overloadShare: 0.5, seedResponsible: false } } },
    { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
    { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } },
    { type: 'add', table: 'departments', row: { id: 'd3', name: 'Legal' } },
    { type: 'add', table: 'positions', row: { id: 'p1', departmentId: 'd1', name: 'Account manager' } },
    { type: 'add', table: 'positions', row: { id: 'p2', departmentId: 'd2', name: 'Controller' } },
    { type: 'add', table: 'processes', row: { id: 'pr', name: 'Order to cash' } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'pr', departmentId: 'd1' } },
    { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'pr', departmentId: 'd2' } },
    step('s1', 'N01', 'start', 'l1', null),
    step('s2', 'N02', 'task', 'l1', 2),
    step('s3', 'N03', 'approval', 'l2', 0.5, 'days'),
    step('s4', 'N04', 'task', 'l2', null),
    step('s5', 'N05', 'decision', 'l1', 1),
    step('s6', 'N06', 'end', 'l1', null),
    flow('f1', 's1', 's2'),
    flow('f2', 's2', 's3'),
    flow('f3', 's3', 's4'),
    flow('f4', 's4', 's5'),
    flow('f5', 's5', 's6', 'yes'),
    flow('f6', 's5', 's4', 'remind'),
    ...cells.map(([stepId, partyId, letters]): CommandInput => ({ type: 'setRaci', stepId, partyId, letters })),
  ];
}

export function orderToCash(hoursPerDay = 8): ProjectState {
  return run(emptyProject({ name: 'Metrics', language: 'en', organisation: 'Acme' }), ...orderToCashCommands(hoursPerDay));
}

/**
 * The redesign of the fixture: the credit approval (N03) goes and the order step leads straight to
 * the invoice, the invoice (N04) moves to Sales, the order step is reworded and takes 3 h, the start
 * and end get their R and A.
 */
export function orderToCashRedesign(): CommandInput[] {
  return [
    { type: 'delete', table: 'steps', id: 's3' },
    { type: 'add', table: 'flows', row: { id: 'f7', processId: 'pr', fromStepId: 's2', toStepId: 's4' } },
    { type: 'update', table: 'steps', id: 's4', patch: { laneId: 'l1' } },
    { type: 'update', table: 'steps', id: 's2', patch: { name: 'Take and check order', durationValue: 3 } },
    { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'RA' },
    { type: 'setRaci', stepId: 's6', partyId: 'd1', letters: 'RA' },
  ];
}

