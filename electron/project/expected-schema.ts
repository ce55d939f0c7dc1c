import Database from 'better-sqlite3';
import { openDatabase } from './sqlite-binding';

export interface SchemaObject {
  type: string;
  name: string;
  sql: string;
}

const cache = new Map<string, SchemaObject[]>();

function normalise(sql: string | null): string {
  return (sql ?? '').replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1').trim();
}

/** The schema objects of a file, as SQLite keeps them (its own internal objects left out). */
export function schemaOf(db: Database.Database): SchemaObject[] {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{ type: string; name: string; sql: string | null }>;
  return rows.map((r) => ({ type: r.type, name: r.name, sql: normalise(r.sql) }));
}

/**
 * The schema a Lanewise file of `version` holds: what running its migrations on an empty database
 * gives, so the expected schema can never drift from the migrations themselves.
 */
export function expectedSchema(migrations: readonly string[], version: number): SchemaObject[] {
  const key = `${version}\u0000${migrations.slice(0, version).join('\u0000')}`;
  let schema = cache.get(key);
  if (!schema) {
    const db = openDatabase(':memory:');
    try {
      for (const sql of migrations.slice(0, version)) db.exec(sql);
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    cache.set(key, schema);
  }
  return schema;
}

/** What a file holds beyond, or differently from, the schema of its version: one line each; empty when it matches. */
export function schemaDifferences(db: Database.Database, migrations: readonly string[], version: number): string[] {
  const expected = new Map(expectedSchema(migrations, version).map((o) => [`${o.type} ${o.name}`, o.sql]));
  const actual = schemaOf(db);
  const problems: string[] = [];
  for (const o of actual) {
    const key = `${o.type} ${o.name}`;
    const want = expected.get(key);
    if (want === undefined) problems.push(`unexpected ${o.type} "${o.name}"`);
    else if (want !== o.sql) problems.push(`${o.type} "${o.name}" differs from what Lanewise writes`);
    expected.delete(key);
  }
  for (const key of expected.keys()) problems.push(`missing ${key.replace(' ', ' "')}"`);
  return problems;
}
