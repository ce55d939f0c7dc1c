import { z } from 'zod';
import { rowSchemas, type AnyRow, type TableName } from '../../shared/model/table-registry';

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
  /** Fields holding objects or arrays, stored as JSON text. */
  json: ReadonlySet<string>;
  /** Fields holding booleans, stored as 0 and 1. */
  booleans: ReadonlySet<string>;
}

/** The value type under optional, nullable and default wrappers. */
function innerType(schema: z.ZodType): string {
  let current = schema as z.ZodType & { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } };
  while (current.def.innerType || (current.def.type === 'pipe' && current.def.in)) current = (current.def.innerType ?? current.def.in) as typeof current;
  return current.def.type;
}

const columnsCache = new Map<TableName, TableColumns>();

export function tableColumns(table: TableName): TableColumns {
  let cols = columnsCache.get(table);
  if (!cols) {
    const schema = rowSchemas[table];
    if (!(schema instanceof z.ZodObject)) throw new Error(`Row schema of ${table} is not an object`);
    const shape = schema.shape as Record<string, z.ZodType>;
    const fields = Object.keys(shape);
    const json = new Set(fields.filter((f) => ['object', 'array', 'record', 'tuple'].includes(innerType(shape[f]!))));
    const booleans = new Set(fields.filter((f) => innerType(shape[f]!) === 'boolean'));
    cols = { fields, columns: fields.map(columnOf), json, booleans };
    columnsCache.set(table, cols);
  }
  return cols;
}

export function fieldValue(row: AnyRow, field: string, cols: TableColumns): unknown {
  const value = (row as unknown as Record<string, unknown>)[field] ?? null;
  return value !== null && cols.json.has(field) ? JSON.stringify(value) : typeof value === 'boolean' ? Number(value) : value;
}

export function rowToParams(row: AnyRow, cols: TableColumns): unknown[] {
  return cols.fields.map((f) => fieldValue(row, f, cols));
}

export function recordToRow(record: Record<string, unknown>, cols: TableColumns): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  cols.fields.forEach((f, i) => {
    const value = record[cols.columns[i]!];
    row[f] = cols.json.has(f) && typeof value === 'string' ? parseJson(value) : cols.booleans.has(f) && typeof value === 'number' ? value !== 0 : value;
  });
  return row;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Left for the row schema to refuse, so the file is reported as damaged like any bad row.
    return undefined;
  }
}
