import type Database from 'better-sqlite3';
import { compactRow } from '../../shared/commands/ops';
import { projectMetaSchema } from '../../shared/model/entities';
import { idSchema } from '../../shared/model/field-schemas';
import { own } from '../../shared/model/id-map';
import { danglingReferences } from '../../shared/model/integrity';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { normaliseLetters } from '../../shared/model/raci-letters';
import { rowSchemas, TABLE_NAMES, type AnyRow, type TableName } from '../../shared/model/table-registry';
import { ProjectFileError } from './project-file-error';
import { recordToRow, sqlTable, tableColumns } from './row-columns';

/** A project as read from its file, with everything in it that does not hold together. */
export interface ReadProject {
  state: ProjectState;
  /** Dangling references and rows that had to be left out, one readable line each; empty for a sound file. */
  problems: string[];
}

/**
 * Reads every row through the same schemas commands use. Rows that cannot be read at all make
 * the file corrupt; rows that read but point nowhere are listed as problems for the caller to judge.
 */
export function readProject(db: Database.Database, path: string): ReadProject {
  let metaRecord: Record<string, unknown>;
  try {
    metaRecord = Object.fromEntries(
      (db.prepare('SELECT key, value FROM project').all() as Array<{ key: string; value: string }>).map((r) => [r.key, JSON.parse(r.value) as unknown]),
    );
  } catch {
    throw new ProjectFileError('corrupt', `${path}: the project details are damaged`, { path, detail: 'project details' });
  }
  const meta = projectMetaSchema.safeParse(metaRecord);
  if (!meta.success) throw new ProjectFileError('corrupt', `${path}: the project details are damaged`, { path, detail: 'project details' });
  const state = emptyProject(meta.data);
  const tables = state.tables as unknown as Record<TableName, Record<string, AnyRow>>;
  for (const t of TABLE_NAMES) {
    const cols = tableColumns(t);
    for (const record of db.prepare(`SELECT ${cols.columns.join(', ')} FROM ${sqlTable(t)}`).all() as Array<Record<string, unknown>>) {
      const parsed = rowSchemas[t].safeParse(recordToRow(record, cols));
      if (!parsed.success) throw new ProjectFileError('corrupt', `${path}: a row of ${t} is damaged (${String(record.id)})`, { path, detail: `${t} ${String(record.id).slice(0, 64)}` });
      tables[t][parsed.data.id] = parsed.data;
    }
  }
  const problems: string[] = [];
  const raci = state.raci as Record<string, Record<string, string>>;
  for (const [stepId, partyId, letters] of db.prepare('SELECT step_id, party_id, letters FROM raci').raw().iterate() as IterableIterator<[unknown, unknown, unknown]>) {
    if (!idSchema.safeParse(stepId).success || !idSchema.safeParse(partyId).success || typeof letters !== 'string' || normaliseLetters(letters) !== letters || letters === '') {
      throw new ProjectFileError('corrupt', `${path}: a RACI cell is damaged`, { path, detail: 'RACI cell' });
    }
    const row = own(raci, stepId as string) ?? (raci[stepId as string] = compactRow({}));
    row[partyId as string] = letters;
  }
  for (const stepId in raci) raci[stepId] = compactRow(raci[stepId]!);
  problems.push(...danglingReferences(state));
  return { state, problems };
}

/** Refuses a file whose rows point nowhere: editing it would build on references that cannot hold. */
export function requireSound(read: ReadProject, path: string): ProjectState {
  if (read.problems.length > 0) {
    throw new ProjectFileError('damaged-references', `${path} holds ${read.problems.length} references to rows that do not exist (first: ${read.problems[0]}); it was not opened`, {
      path,
      count: String(read.problems.length),
      detail: read.problems[0]!,
    });
  }
  return read.state;
}
