import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import { emptyProject, type ProjectState } from '../model/project-state';
import type { Finding } from './finding';
import { checkProject, RaciChecker } from './raci-checker';

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

/** The live findings after each command, and what a full check of the end state says, each in `brief`'s terms and sorted by key. */
export function liveAndFull<T extends { key: string }>(start: ProjectState, commands: readonly CommandInput[], brief: (f: Finding) => T): { live: T[]; full: T[] } {
  const byKey = (a: T, b: T) => a.key.localeCompare(b.key);
  const checker = new RaciChecker(start);
  let state = start;
  for (const command of commands) {
    const done = execute(state, command);
    state = done.state;
    checker.update(state, done.ops);
  }
  return { live: checker.findings().map(brief).sort(byKey), full: checkProject(state).map(brief).sort(byKey) };
}
