import type { Draft } from './ops';
import { CommandError } from './command-error';
import { FOREIGN_KEYS, type AnyRow, type TableName } from '../model/table-registry';

function field(row: AnyRow, name: string): unknown {
  return (row as unknown as Record<string, unknown>)[name];
}

/** Every reference of the row points at an existing row of the same process. */
export function checkReferences(draft: Draft, table: TableName, row: AnyRow): void {
  const ownProcess = field(row, 'processId');
  for (const fk of FOREIGN_KEYS[table]) {
    const target = field(row, fk.field);
    if (target === null) continue;
    const ref = typeof target === 'string' ? draft.get(fk.table, target) : undefined;
    if (!ref) throw new CommandError('reference', `${table}.${fk.field} points at a missing ${fk.table} row (${String(target)})`);
    const refProcess = field(ref, 'processId');
    if (ownProcess !== undefined && refProcess !== undefined && refProcess !== ownProcess) {
      throw new CommandError('reference', `${table}.${fk.field} points at a row of another process`);
    }
  }
  if (table === 'lanes') {
    const lane = row as AnyRow & { processId: string; departmentId: string };
    const twin = draft.all('lanes').find((l) => l.id !== lane.id && l.processId === lane.processId && l.departmentId === lane.departmentId);
    if (twin) throw new CommandError('duplicate', 'This department already has a lane in this process');
  }
}

export function isParty(draft: Draft, id: string): boolean {
  return draft.get('departments', id) !== undefined || draft.get('positions', id) !== undefined;
}
