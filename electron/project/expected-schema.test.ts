import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expectedSchema, schemaDifferences } from './expected-schema';

/** A database made by running `sql`, as another program (or an older Lanewise) might have written it. */
function fileMadeBy(...sql: string[]): Database.Database {
  const db = new Database(':memory:');
  for (const s of sql) db.exec(s);
  return db;
}

const MIGRATIONS = ['CREATE TABLE steps (id TEXT PRIMARY KEY, name TEXT NOT NULL, lane_id TEXT REFERENCES lanes(id))'];

describe('the schema a file must hold', () => {
  it('the same statements written with other spacing and line breaks are the same schema', () => {
    const db = fileMadeBy('CREATE TABLE steps(\n  id   TEXT PRIMARY KEY ,\n\tname TEXT NOT NULL,\n  lane_id TEXT REFERENCES lanes ( id )\n)');
    expect(schemaDifferences(db, MIGRATIONS, 1)).toEqual([]);
    const tight = fileMadeBy('CREATE TABLE steps(id TEXT PRIMARY KEY,name TEXT NOT NULL,lane_id TEXT REFERENCES lanes(id))');
    expect(schemaDifferences(tight, MIGRATIONS, 1)).toEqual([]);
    const loose = fileMadeBy('CREATE TABLE steps ( id TEXT PRIMARY KEY , name TEXT NOT NULL , lane_id TEXT REFERENCES lanes( id ) )');
    expect(schemaDifferences(loose, MIGRATIONS, 1)).toEqual([]);
  });

  it('a comma or a space between words still counts: columns a and b are not column ab, nor column ab of type TEXT column a of type bTEXT', () => {
    expect(schemaDifferences(fileMadeBy('CREATE TABLE t (ab)'), ['CREATE TABLE t (a, b)'], 1)).toEqual(['table "t" differs from what Lanewise writes']);
    expect(schemaDifferences(fileMadeBy('CREATE TABLE t (a bTEXT)'), ['CREATE TABLE t (ab TEXT)'], 1)).toEqual(['table "t" differs from what Lanewise writes']);
  });

  it('names what is extra, what differs and what is missing, one line each', () => {
    const db = fileMadeBy('CREATE TABLE steps (id TEXT PRIMARY KEY, name TEXT)', 'CREATE VIEW everything AS SELECT * FROM steps');
    expect(schemaDifferences(db, [...MIGRATIONS, 'CREATE TABLE lanes (id TEXT PRIMARY KEY)'], 2)).toEqual([
      'table "steps" differs from what Lanewise writes',
      'unexpected view "everything"',
      'missing table "lanes"',
    ]);
  });

  it('is what the migrations up to the file’s version make, not the later ones', () => {
    const migrations = [...MIGRATIONS, 'CREATE INDEX steps_by_lane ON steps (lane_id)'];
    expect(expectedSchema(migrations, 1).map((o) => `${o.type} ${o.name}`)).toEqual(['table steps']);
    expect(expectedSchema(migrations, 2).map((o) => `${o.type} ${o.name}`)).toEqual(['index steps_by_lane', 'table steps']);
    expect(schemaDifferences(fileMadeBy(...MIGRATIONS), migrations, 1)).toEqual([]);
  });

  it('two lists of migrations whose texts only differ in where one ends and the next begins each have their own schema', () => {
    // Joined without a separator both read "CREATE TABLE a (x) --CREATE TABLE b (y)"; the first makes two tables, the second one.
    const two = ['CREATE TABLE a (x) --', 'CREATE TABLE b (y)'];
    const one = ['CREATE TABLE a (x) --CREATE TABLE b (y)', ''];
    expect(expectedSchema(two, 2).map((o) => o.name)).toEqual(['a', 'b']);
    expect(expectedSchema(one, 2).map((o) => o.name)).toEqual(['a']);
  });
});
