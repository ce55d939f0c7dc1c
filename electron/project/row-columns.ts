import { rowSchemas, type AnyRow, type TableName } from '../../shared/model/tables';
import { z } from 'zod';

/** "order" is an SQL keyword, so it is stored as sort_order; other fields map camelCase → snake_case. */
function columnOf(field: string): string {
  return field === 'order' ? 'sort_order' : field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** SQL name of a table: policySections → policy_sections. */
export function sqlTable(table: TableName): string {
  return table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export interface TableColumns {
  fields: string[];
  columns: string[];
}

export function tableColumns(table: TableName): TableColumns {
  const schema = rowSchemas[table];
  if (!(schema instanceof z.ZodObject)) throw new Error(`Row schema of ${table} is not an object`);
  const fields = Object.keys(schema.shape);
  return { fields, columns: fields.map(columnOf) };
}

export function rowToParams(row: AnyRow, fields: readonly string[]): unknown[] {
  const rec = row as unknown as Record<string, unknown>;
  return fields.map((f) => rec[f] ?? null);
}

export function recordToRow(record: Record<string, unknown>, cols: TableColumns): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  cols.fields.forEach((f, i) => {
    row[f] = record[cols.columns[i]!];
  });
  return row;
}
