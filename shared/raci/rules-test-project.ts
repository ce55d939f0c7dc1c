import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import { emptyProject, type ProjectState } from '../model/project-state';

export const PARTIES: Record<string, string> = { sales: 'Sales', mkt: 'Marketing', legal: 'Legal', pr: 'PR', it: 'IT', hr: 'HR' };

/** For the rule tests: one process "Event", Sales and HR lanes, a Sales manager position, and steps s1… with these rows. */
export function rulesProject(rows: ReadonlyArray<Record<string, string>>, options: { untimed?: string[] } = {}): ProjectState {
  const commands: CommandInput[] = [
    { type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 3, overloadShare: 0.5, seedResponsible: false } } },
    ...Object.entries(PARTIES).map(([id, name]) => ({ type: 'add', table: 'departments', row: { id, name } }) as CommandInput),
    { type: 'add', table: 'positions', row: { id: 'mgr', departmentId: 'sales', name: 'Sales manager' } },
    { type: 'add', table: 'processes', row: { id: 'p', name: 'Event' } },
    { type: 'add', table: 'lanes', row: { id: 'ls', processId: 'p', departmentId: 'sales' } },
    { type: 'add', table: 'lanes', row: { id: 'lh', processId: 'p', departmentId: 'hr' } },
  ];
  rows.forEach((row, i) => {
    const id = `s${i + 1}`;
    const durationValue = options.untimed?.includes(id) ? null : 1;
    commands.push({ type: 'add', table: 'steps', row: { id, processId: 'p', laneId: 'ls', code: `N0${i + 1}`, name: `Step ${i + 1}`, durationValue, durationUnit: 'days' } });
    for (const [partyId, letters] of Object.entries(row)) commands.push({ type: 'setRaci', stepId: id, partyId, letters });
  });
  return execute(emptyProject({ name: 'Rules', language: 'en', organisation: '' }), { type: 'batch', commands }).state;
}
