import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { readProjectFile } from '../../electron/project/project-file';
import { ProjectFileError } from '../../electron/project/project-file-error';
import { ProjectSession } from '../../electron/project/project-session';
import { danglingReferences } from '../../shared/model/integrity';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { EDGE_STRINGS, type Random } from '../../test/support/schema-values';
import type { AreaResult, Failure, FuzzArea } from './fuzz-types';
import { cleanPrototypes, pollutedPrototypes } from './pollution';

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** SQL another program might leave in a project file, from careless to malicious. */
const SQL_MUTATIONS: ReadonlyArray<(random: Random) => string> = [
  () => 'CREATE TRIGGER t AFTER UPDATE ON steps BEGIN DELETE FROM raci; END',
  () => 'CREATE TRIGGER t2 BEFORE INSERT ON raci BEGIN SELECT RAISE(ABORT, "no"); END',
  () => 'CREATE VIEW v AS SELECT * FROM steps',
  () => 'CREATE TABLE extra (x)',
  () => 'CREATE INDEX extra_idx ON steps(name)',
  (r) => `INSERT INTO raci (step_id, party_id, letters) SELECT id, ${sqlString(pick(['__proto__', 'constructor', 'ghost', 'toString'], r))}, 'R' FROM steps LIMIT 1`,
  (r) => `INSERT INTO raci (step_id, party_id, letters) SELECT ${sqlString(pick(['__proto__', 'prototype', 'ghost-step'], r))}, id, 'A' FROM departments LIMIT 1`,
  () => "INSERT INTO raci (step_id, party_id, letters) SELECT id, (SELECT id FROM departments LIMIT 1), 'ZZ' FROM steps LIMIT 1 OFFSET 1",
  () => "UPDATE steps SET lane_id = 'nowhere' WHERE rowid = (SELECT min(rowid) FROM steps)",
  () => "UPDATE steps SET x = 'not a number' WHERE rowid = (SELECT min(rowid) FROM steps)",
  () => "UPDATE steps SET name = CAST(X'FFFE41' AS TEXT) WHERE rowid = (SELECT min(rowid) FROM steps)",
  (r) => `UPDATE departments SET name = ${sqlString(pick(EDGE_STRINGS, r))}`,
  (r) => `UPDATE departments SET id = ${sqlString(pick(['__proto__', 'constructor', 'prototype'], r))} WHERE rowid = (SELECT min(rowid) FROM departments)`,
  () => "UPDATE steps SET name = printf('%.*c', 300000, 'x') WHERE rowid = (SELECT min(rowid) FROM steps)",
  (r) => `PRAGMA user_version = ${pick([0, 1, 99, -1], r)}`,
  () => 'PRAGMA application_id = 1',
  () => "DELETE FROM project WHERE key = 'name'",
  () => "UPDATE project SET value = '{not json' WHERE key = 'language'",
  () => "UPDATE project SET value = '\"fr\"' WHERE key = 'language'",
  () => 'DROP TABLE flows',
  () => "INSERT INTO raci (step_id, party_id, letters) SELECT (SELECT id FROM steps LIMIT 1), 'junk' || value, 'R' FROM generate_series(1, 5000)",
  () => "UPDATE lanes SET size = 1e300",
  () => "UPDATE decisions SET step_id = 'gone'",
];

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A real project (a template), closed, to be copied and damaged. */
function baseProject(dir: string): string {
  const path = join(dir, 'base.lanewise');
  const session = ProjectSession.create(path, { name: 'Base', language: 'zh-CN', organisation: '' });
  session.seed(templateCommands('customer-complaint', 'zh-CN', session.state, randomUUID));
  session.close();
  return path;
}

function damage(path: string, random: Random): string {
  const roll = random();
  if (roll < 0.6) {
    const mutation = pick(SQL_MUTATIONS, random)(random);
    const db = new Database(path);
    try {
      db.pragma('foreign_keys = OFF');
      if (random() < 0.3) db.pragma('journal_mode = DELETE');
      db.exec(mutation);
    } catch {
      // Some mutations do not apply to every file (generate_series may be missing): the file is tried as it is.
    } finally {
      db.close();
    }
    return `sql: ${mutation.slice(0, 120)}`;
  }
  const bytes = readFileSync(path);
  if (roll < 0.8) {
    const flips = 1 + Math.floor(random() * 16);
    for (let i = 0; i < flips; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    writeFileSync(path, bytes);
    return `bytes: ${flips} flipped`;
  }
  if (roll < 0.9) {
    const size = Math.floor(random() * bytes.length);
    truncateSync(path, size);
    return `bytes: cut at ${size}`;
  }
  writeFileSync(path, Buffer.from(Array.from({ length: 1 + Math.floor(random() * 8192) }, () => Math.floor(random() * 256))));
  return 'bytes: random';
}

/**
 * Damaged and malicious project files. Each must either open as a sound project that takes an
 * edit, or be refused with a file error — and when refused, stay exactly as it was.
 */
export const projectFileArea: FuzzArea = {
  name: 'project files',
  async run(inputs: number, random: Random, dir: string): Promise<AreaResult> {
    const work = join(dir, 'files');
    mkdirSync(work, { recursive: true });
    const base = baseProject(work);
    const failures: Failure[] = [];
    for (let n = 0; n < inputs; n++) {
      const folder = join(work, `f${n}`);
      mkdirSync(folder);
      const path = join(folder, 'p.lanewise');
      copyFileSync(base, path);
      const input = damage(path, random);
      const pristine = readFileSync(path);
      const failedBefore = failures.length;
      const before = sha(path);
      const listing = readdirSync(folder).sort().join(',');
      const unchanged = (how: string) => {
        if (sha(path) !== before) failures.push({ verdict: 'changed-refused-file', input, detail: `${how} changed the bytes` });
        const now = readdirSync(folder).sort().join(',');
        if (now !== listing) failures.push({ verdict: 'changed-refused-file', input, detail: `${how} left ${now}` });
      };
      // Reading (info, check, export) never writes, whether the file is good or not.
      try {
        readProjectFile(path);
      } catch (err) {
        if (!(err instanceof ProjectFileError)) failures.push({ verdict: 'crash', input, detail: `read: ${(err as Error).stack ?? String(err)}`.slice(0, 600) });
      }
      unchanged('reading');
      try {
        const session = ProjectSession.open(path);
        try {
          if (danglingReferences(session.state).length) failures.push({ verdict: 'data-loss', input, detail: 'opened with dangling references' });
          const dept = Object.keys(session.state.tables.departments)[0];
          try {
            if (dept) session.execute({ type: 'update', table: 'departments', id: dept, patch: { name: 'Edited after opening' } });
          } catch (err) {
            failures.push({ verdict: 'crash', input, detail: `opened, then refused an edit: ${(err as Error).message}`.slice(0, 600) });
          }
        } finally {
          session.close();
        }
      } catch (err) {
        if (err instanceof ProjectFileError) unchanged('a refused open');
        else failures.push({ verdict: 'crash', input, detail: `open: ${(err as Error).stack ?? String(err)}`.slice(0, 600) });
      }
      const polluted = pollutedPrototypes();
      if (polluted.length) {
        failures.push({ verdict: 'pollution', input, detail: polluted.join('; ') });
        cleanPrototypes();
      }
      // LANEWISE_FUZZ_KEEP keeps each failing file as it was damaged, to reproduce by hand.
      if (failures.length > failedBefore && process.env.LANEWISE_FUZZ_KEEP) {
        mkdirSync(process.env.LANEWISE_FUZZ_KEEP, { recursive: true });
        writeFileSync(join(process.env.LANEWISE_FUZZ_KEEP, `project-${n}.lanewise`), pristine);
      }
      rmSync(folder, { recursive: true, force: true });
    }
    return { tried: inputs, failures };
  },
};
