import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderToCashCommands } from '../../shared/metrics/metrics-test-project';
import { saveVersionCommand } from '../../shared/versions/process-versions';
import { ProjectFile } from './project-file';
import { ProjectSession } from './project-session';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-versions-'));
  path = join(dir, 'versions.lanewise');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function reopened() {
  const file = ProjectFile.open(path, { readOnly: true });
  try {
    return file.load();
  } finally {
    file.close();
  }
}

describe('versions in the project file', () => {
  it('keeps a saved version, snapshot and all, across closing and opening', () => {
    const session = ProjectSession.create(path, { name: 'Versions', language: 'zh-CN', organisation: '' });
    session.execute({ type: 'batch', commands: orderToCashCommands(7.5) });
    session.execute(saveVersionCommand(session.state, 'pr', '现状 As-is', 'v1', new Date('2026-11-26T08:30:00Z')));
    const saved = session.state.tables.processVersions.v1;
    session.close();

    const state = reopened();
    expect(state.tables.processVersions.v1).toEqual(saved);
    expect(state.tables.processVersions.v1!.snapshot.steps).toHaveLength(6);
    expect(state.meta.policy.hoursPerDay).toBe(7.5);
  });

  it('undoes saving a version, and deleting the process deletes its versions (undoably)', () => {
    const session = ProjectSession.create(path, { name: 'Versions', language: 'en', organisation: '' });
    session.execute({ type: 'batch', commands: orderToCashCommands() });
    session.execute(saveVersionCommand(session.state, 'pr', 'As-is', 'v1', new Date()));
    session.undo();
    expect(session.state.tables.processVersions.v1).toBeUndefined();
    session.redo();
    session.execute({ type: 'delete', table: 'processes', id: 'pr' });
    expect(session.state.tables.processVersions.v1).toBeUndefined();
    session.undo();
    session.close();
    expect(reopened().tables.processVersions.v1!.label).toBe('As-is');
  });

});
