import type { Draft } from './ops';
import { ORDER_SCOPE, type AnyRow, type TableName } from '../model/table-registry';

const STEP_CODE = /^N(\d+)$/;

/**
 * The next step code and the next order of each scope, worked out once per command and then kept
 * up to date as rows are written, so a batch of thousands of adds does not rescan the table each time.
 */
export class RowCounters {
  private readonly codes = new Map<string, number>();
  private readonly orders = new Map<string, number>();

  constructor(private readonly draft: Draft) {}

  /** N01, N02 … after the highest number in use in the process: a gap a deleted step leaves is not filled. */
  nextStepCode(processId: string): string {
    return `N${String(this.highestCode(processId) + 1).padStart(2, '0')}`;
  }

  nextOrder(table: TableName, row: Record<string, unknown>): number {
    const key = this.orderKey(table, row);
    let next = this.orders.get(key);
    if (next === undefined) {
      const scope = ORDER_SCOPE[table];
      next = 0;
      for (const r of this.draft.all(table) as unknown as Array<Record<string, unknown>>) {
        if (scope && r[scope] !== row[scope]) continue;
        next = Math.max(next, Number(r.order ?? -1) + 1);
      }
      this.orders.set(key, next);
    }
    return next;
  }

  /** Every row written passes here, so the counters stay right within a batch. */
  saw(table: TableName, row: AnyRow): void {
    const rec = row as unknown as Record<string, unknown>;
    if (table === 'steps') {
      const processId = String(rec.processId);
      const m = STEP_CODE.exec(String(rec.code));
      if (m && this.codes.has(processId)) this.codes.set(processId, Math.max(this.codes.get(processId)!, Number(m[1])));
    }
    if (table in ORDER_SCOPE && typeof rec.order === 'number') {
      const key = this.orderKey(table, rec);
      const known = this.orders.get(key);
      if (known !== undefined) this.orders.set(key, Math.max(known, rec.order + 1));
    }
  }

  /** A deleted step may have held the highest code: the next one is worked out again, as a command of its own would. */
  forgot(table: TableName, row: AnyRow): void {
    if (table === 'steps') this.codes.delete(String((row as unknown as Record<string, unknown>).processId));
  }

  private highestCode(processId: string): number {
    let max = this.codes.get(processId);
    if (max === undefined) {
      max = 0;
      for (const s of this.draft.all('steps')) {
        if (s.processId !== processId) continue;
        const m = STEP_CODE.exec(s.code);
        if (m) max = Math.max(max, Number(m[1]));
      }
      this.codes.set(processId, max);
    }
    return max;
  }

  private orderKey(table: TableName, row: Record<string, unknown>): string {
    const scope = ORDER_SCOPE[table];
    return scope ? `${table}\u0000${String(row[scope])}` : table;
  }
}
