import { own } from './id-map';
import type { ProjectState } from './project-state';
import { FOREIGN_KEYS, TABLE_NAMES } from './table-registry';

/** Every reference that points nowhere, as readable strings; empty for a sound project. */
export function danglingReferences(state: ProjectState): string[] {
  const problems: string[] = [];
  for (const table of TABLE_NAMES) {
    for (const row of Object.values(state.tables[table])) {
      const rec = row as unknown as Record<string, unknown>;
      for (const fk of FOREIGN_KEYS[table]) {
        const target = rec[fk.field];
        // Only references cleared on delete may be empty.
        if (target === null && fk.onDelete === 'setNull') continue;
        if (typeof target !== 'string' || !own(state.tables[fk.table] as Readonly<Record<string, unknown>>, target)) problems.push(`${table}/${row.id}.${fk.field} → ${String(target)}`);
      }
    }
  }
  for (const [stepId, cells] of Object.entries(state.raci)) {
    if (!own(state.tables.steps, stepId)) problems.push(`raci step ${stepId}`);
    for (const partyId of Object.keys(cells)) {
      if (!own(state.tables.departments, partyId) && !own(state.tables.positions, partyId)) problems.push(`raci party ${partyId}`);
    }
  }
  return problems;
}
