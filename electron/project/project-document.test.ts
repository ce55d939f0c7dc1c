import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Op } from '../../shared/commands/ops';
import { ChangedElsewhereError, readProjectFile } from './project-file';
import { ProjectSession } from './project-session';
import { refusal } from '../../test/support/refusal';
import { fileLayerProject } from '../../test/support/file-layer-project';

let dir: string;
let path: string;
const sessions: ProjectSession[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-document-'));
  path = join(dir, 'Document.lanewise');
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function created(): ProjectSession {
  const session = ProjectSession.create(path, { name: 'Document', language: 'en', organisation: '' });
  session.seed(fileLayerProject());
  sessions.push(session);
  return session;
}

function script(sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

describe('what a session must apply to catch up', () => {
  it('nothing, when it has seen the latest revision', () => {
    const { document } = created();
    expect(document.since(document.revision)).toEqual({ kind: 'ops', ops: [], revision: document.revision });
  });

  it('the ops of every change since, in order', () => {
    const s = created();
    const from = s.document.revision;
    const first = s.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'One' } }).ops;
    const second = s.execute({ type: 'update', table: 'departments', id: 'd1', patch: { name: 'Two' } }).ops;
    expect(first.length).toBeGreaterThan(0);
    expect(s.document.since(from)).toEqual({ kind: 'ops', ops: [...first, ...second], revision: from + 2 });
    expect(s.document.since(from + 1)).toEqual({ kind: 'ops', ops: [...second], revision: from + 2 });
  });

  it('a reload, for a revision the document never reached', () => {
    const { document } = created();
    expect(document.since(document.revision + 3)).toEqual({ kind: 'reload', revision: document.revision });
  });

  it('a reload, for a revision from before another program changed the file', () => {
    const s = created();
    const before = s.document.revision;
    script("UPDATE steps SET name = 'By script' WHERE id = 's1'");
    s.document.refresh();
    expect(s.document.since(before)).toEqual({ kind: 'reload', revision: before + 1 });
  });

  it('a change of nothing is no revision, and no session has anything to apply', () => {
    const { document } = created();
    const before = document.revision;
    expect(document.commit(() => ({ ops: [], inverse: [] }))).toEqual({ ops: [], inverse: [] });
    expect(document.revision).toBe(before);
    expect(document.since(before - 1)).toEqual({ kind: 'ops', ops: expect.any(Array), revision: before });
  });

  it('the last 2,000 changes are kept for a session that has not looked; one further behind reloads', () => {
    const s = created();
    const from = s.document.revision;
    for (let i = 0; i < 2000; i++) s.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: `Name ${i}` } });
    const kept = s.document.since(from);
    expect(kept.kind).toBe('ops');
    expect(kept.kind === 'ops' && kept.ops).toHaveLength(2000);
    s.execute({ type: 'update', table: 'steps', id: 's1', patch: { name: 'One more' } });
    expect(s.document.since(from)).toEqual({ kind: 'reload', revision: from + 2001 });
    const rest = s.document.since(from + 1);
    expect(rest.kind === 'ops' && rest.ops).toHaveLength(2000);
  });
});

describe('another program’s writes', () => {
  it('refresh says whether the file changed, and reloads it when it did', () => {
    const { document } = created();
    expect(document.refresh()).toBe(false);
    script("UPDATE steps SET name = 'By script' WHERE id = 's1'");
    expect(document.refresh()).toBe(true);
    expect(document.state.tables.steps.s1?.name).toBe('By script');
    expect(document.reloads).toBe(1);
    expect(document.refresh()).toBe(false);
  });

  it('a change the file keeps refusing (rows it did not expect) is tried three times, then given up; memory is what the file holds', () => {
    const { document } = created();
    let computed = 0;
    // An add of a row the file already holds: the insert fails as if another program had added it.
    const row = { ...document.state.tables.departments.d1!, name: 'Clash' };
    const ops: Op[] = [{ t: 'put', table: 'departments', row }];
    const inverse: Op[] = [{ t: 'del', table: 'departments', id: 'd1' }];
    const err = refusal(ChangedElsewhereError, () =>
      document.commit(() => {
        computed++;
        return { ops, inverse };
      }),
    );
    expect(err).toBeInstanceOf(ChangedElsewhereError);
    expect(computed).toBe(3);
    expect(document.reloads).toBe(3);
    expect(document.state.tables.departments.d1?.name).toBe('Sales');
    expect(readProjectFile(path).state.tables.departments.d1?.name).toBe('Sales');
  });
});
