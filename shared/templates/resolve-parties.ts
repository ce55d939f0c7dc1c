import type { CommandInput } from '../commands/command-schema';
import type { Language } from '../model/entities';
import { rowsOf, sortedByOrder, type ProjectState } from '../model/project-state';
import { DEPARTMENTS, POSITIONS, departmentOf, isPositionKey, type PartyKey } from './departments-and-positions';
import type { TemplateContent } from './template-types';

export interface ResolvedParties {
  /** Template party → department or position id in the project. */
  readonly ids: ReadonlyMap<PartyKey, string>;
  /** Adds the parties the project does not have yet. */
  readonly commands: CommandInput[];
}

/** Names compare loosely: a user's "marketing " or full-width letters still match the template's name. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** Every party a template uses, lanes first, in the order they first appear. */
function partiesOf(content: TemplateContent): PartyKey[] {
  const seen = new Set<PartyKey>();
  for (const process of content.processes) {
    for (const lane of process.lanes) seen.add(lane);
    for (const step of process.steps) for (const key of Object.keys(step.raci) as PartyKey[]) seen.add(key);
  }
  return [...seen];
}

/**
 * Finds each party of the template in the project by name (positions within their department)
 * and creates the ones missing, so templates added to one project share their departments.
 */
export function resolveParties(content: TemplateContent, language: Language, state: ProjectState, newId: () => string): ResolvedParties {
  const ids = new Map<PartyKey, string>();
  const commands: CommandInput[] = [];
  const departments = sortedByOrder(rowsOf(state, 'departments'));
  const positions = sortedByOrder(rowsOf(state, 'positions'));

  const departmentId = (key: PartyKey): string => {
    const deptKey = departmentOf(key);
    const known = ids.get(deptKey);
    if (known) return known;
    const { name, color } = DEPARTMENTS[deptKey];
    const existing = departments.find((d) => sameName(d.name, name[language]));
    const id = existing?.id ?? newId();
    if (!existing) commands.push({ type: 'add', table: 'departments', row: { id, name: name[language], color } });
    ids.set(deptKey, id);
    return id;
  };

  for (const key of partiesOf(content)) {
    const deptId = departmentId(key);
    if (!isPositionKey(key) || ids.has(key)) continue;
    const name = POSITIONS[key].name[language];
    const existing = positions.find((p) => p.departmentId === deptId && sameName(p.name, name));
    const id = existing?.id ?? newId();
    if (!existing) commands.push({ type: 'add', table: 'positions', row: { id, departmentId: deptId, name } });
    ids.set(key, id);
  }
  return { ids, commands };
}
