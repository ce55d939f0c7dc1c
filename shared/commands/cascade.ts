import type { Draft, Op, PutOp } from './ops';
import { FOREIGN_KEYS, TABLE_NAMES, type AnyRow, type TableName } from '../model/table-registry';

/**
 * The ops that delete a row and everything that depends on it: referencing rows are deleted or
 * have the reference cleared, and RACI cells of deleted steps and parties go too.
 * Children are deleted before parents so the inverse restores parents first.
 */
export function deletionOps(draft: Draft, table: TableName, id: string): Op[] {
  const doomed = new Map<TableName, Set<string>>([[table, new Set([id])]]);
  const levels: Array<Array<[TableName, string]>> = [[[table, id]]];
  let frontier = new Map<TableName, Set<string>>([[table, new Set([id])]]);
  const nulled = new Map<string, { table: TableName; row: Record<string, unknown> }>();

  while (frontier.size > 0) {
    const next = new Map<TableName, Set<string>>();
    const level: Array<[TableName, string]> = [];
    for (const source of TABLE_NAMES) {
      const fks = FOREIGN_KEYS[source].filter((fk) => frontier.has(fk.table));
      if (fks.length === 0) continue;
      for (const row of draft.all(source) as AnyRow[]) {
        const rec = row as unknown as Record<string, unknown>;
        for (const fk of fks) {
          const value = rec[fk.field];
          if (typeof value !== 'string' || !frontier.get(fk.table)!.has(value)) continue;
          if (fk.onDelete === 'cascade') {
            const set = doomed.get(source) ?? new Set<string>();
            if (!set.has(row.id)) {
              set.add(row.id);
              doomed.set(source, set);
              const n = next.get(source) ?? new Set<string>();
              n.add(row.id);
              next.set(source, n);
              level.push([source, row.id]);
            }
          } else {
            const key = `${source}:${row.id}`;
            const base = nulled.get(key)?.row ?? { ...rec };
            base[fk.field] = null;
            nulled.set(key, { table: source, row: base });
          }
        }
      }
    }
    if (level.length) levels.push(level);
    frontier = next;
  }

  const ops: Op[] = [];
  for (const [key, { table: t, row }] of nulled) {
    if (!doomed.get(t)?.has(key.slice(t.length + 1))) ops.push({ t: 'put', table: t, row } as unknown as PutOp);
  }
  const steps = doomed.get('steps') ?? new Set<string>();
  const parties = new Set([...(doomed.get('departments') ?? []), ...(doomed.get('positions') ?? [])]);
  // Only a deleted party can have cells on every step; otherwise the deleted steps' rows are all there is.
  const rows = parties.size > 0 ? draft.raciStepIds() : [...steps];
  for (const stepId of rows) {
    const cells = draft.raciRow(stepId) ?? {};
    for (const partyId of Object.keys(cells)) {
      if (steps.has(stepId) || parties.has(partyId)) ops.push({ t: 'raci', stepId, partyId, letters: '' });
    }
  }
  for (const level of levels.reverse()) for (const [t, rowId] of level) ops.push({ t: 'del', table: t, id: rowId });
  return ops;
}
