import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { applyOps } from '../../shared/commands/ops';
import type { Change, OpenProject } from '../../shared/ipc/contract';
import type { ProjectState } from '../../shared/model/project-state';
import { readProjectFile } from './project-file';
import { ProjectFileError } from './project-file-error';
import { ProjectLibrary } from './project-library';
import { ProjectSession } from './project-session';
import { Workspace } from './workspace';
import { fileLayerProject } from '../../test/support/file-layer-project';
import { refusal } from '../../test/support/refusal';

const REPO = join(import.meta.dirname, '../..');
const SETUP: CommandInput = fileLayerProject({ withFinance: true });

let home: string;
let workspaces: Workspace[] = [];
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'lanewise-writers-'));
  workspaces = [];
});
afterEach(() => {
  for (const w of workspaces) w.closeAll();
  rmSync(home, { recursive: true, force: true });
});

/** A host process's workspace (the browser host, a desktop window): several may run at once. */
function host(app = 'Lanewise (browser)'): Workspace {
  const w = new Workspace(new ProjectLibrary(home), { app });
  workspaces.push(w);
  return w;
}

function created(w: Workspace, name: string): OpenProject {
  const opened = w.create(name, 'en', '');
  w.session(opened.session).seed(SETUP);
  return opened;
}

/** What a tab holds after applying every change it was given, as the renderer does. */
class Tab {
  state: ProjectState;
  constructor(
    readonly w: Workspace,
    readonly opened: OpenProject,
  ) {
    this.state = structuredClone(opened.state);
  }
  get session(): ProjectSession {
    return this.w.session(this.opened.session);
  }
  apply(change: Change | null): void {
    if (!change) return;
    if (change.reload) this.state = structuredClone(this.session.snapshot().state);
    else this.state = applyOps(this.state, change.ops).state;
  }
  run(command: CommandInput): void {
    this.apply(this.session.execute(command));
  }
}

describe('sessions in one host', () => {
  it('two tabs on two projects: each edit lands in its own file and each undo in its own history', () => {
    const w = host();
    const a = new Tab(w, created(w, 'Alpha'));
    const b = new Tab(w, created(w, 'Beta'));
    a.run({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Alpha edit' } });
    b.run({ type: 'update', table: 'steps', id: 's1', patch: { name: 'Beta edit' } });
    a.apply(a.session.undo());
    expect(readProjectFile(a.opened.path).state.tables.steps.s1?.name).toBe('Take order');
    expect(readProjectFile(b.opened.path).state.tables.steps.s1?.name).toBe('Beta edit');
    expect(a.state.tables.steps.s1?.name).toBe('Take order');
    expect(b.state.tables.steps.s1?.name).toBe('Beta edit');
  });

  it('two tabs on one project share it: each sees the other’s edits, and undo reverts only its own', () => {
    const w = host();
    const first = created(w, 'Shared');
    const a = new Tab(w, first);
    const b = new Tab(w, w.open(first.path));
    a.run({ type: 'setRaci', stepId: 's1', partyId: 'd2', letters: 'C' });
    b.run({ type: 'update', table: 'steps', id: 's2', patch: { name: 'Ship goods' } });
    // B's answer carried A's change before its own; A catches up on its next look.
    expect(b.state.raci.s1?.d2).toBe('C');
    a.apply(a.session.changes());
    expect(a.state).toEqual(b.state);
    a.apply(a.session.undo());
    b.apply(b.session.changes());
    expect(b.state.raci.s1?.d2).toBeUndefined();
    expect(b.state.tables.steps.s2?.name).toBe('Ship goods');
    expect(a.state).toEqual(b.state);
    expect(a.session.snapshot().canUndo).toBe(false);
    expect(b.session.snapshot().canUndo).toBe(true);
  });

  it('undo refuses to revert a row someone else changed since, and drops that step with a message', () => {
    const w = host();
    const first = created(w, 'Contested');
    const a = new Tab(w, first);
    const b = new Tab(w, w.open(first.path));
    a.run({ type: 'update', table: 'steps', id: 's1', patch: { name: 'By A' } });
    b.run({ type: 'update', table: 'steps', id: 's1', patch: { name: 'By B' } });
    expect(() => a.session.undo()).toThrow(/someone else has changed/);
    expect(readProjectFile(first.path).state.tables.steps.s1?.name).toBe('By B');
    expect(a.session.snapshot().canUndo).toBe(false);
  });

  it('a tab that has not asked anything for a long time is closed, and the file with it', () => {
    const w = host();
    const opened = created(w, 'Forgotten');
    w.session(opened.session).lastSeenAt = Date.now() - 60 * 60_000;
    expect(w.closeIdle(15 * 60_000)).toBe(1);
    expect(() => w.session(opened.session)).toThrow(/No open project/);
    expect(() => host('another').open(opened.path)).not.toThrow();
  });
});

describe('one writer per file across processes', () => {
  it('a second host is refused with who has it and since when, and may open it read-only', () => {
    const opened = created(host('Lanewise (browser)'), 'Held');
    const second = host('Lanewise');
    const err = refusal(ProjectFileError, () => second.open(opened.path));
    expect(err.code).toBe('locked');
    expect(err.message).toMatch(/is open in Lanewise \(browser\) since \d\d:\d\d — close it there, or open it read-only/);
    const reader = second.open(opened.path, { readOnly: true });
    expect(reader.readOnly).toBe('requested');
    expect(Object.keys(reader.state.tables.steps)).toEqual(['s1', 's2']);
  });

  it('the command line cannot import into a file the app holds; reading it keeps working', () => {
    const opened = created(host(), 'App has it');
    expect(refusal(ProjectFileError, () => ProjectSession.open(opened.path)).code).toBe('locked');
    expect(Object.keys(readProjectFile(opened.path).state.tables.steps)).toHaveLength(2);
  });

  it('a lock left by a process killed with SIGKILL does not block: the next writer takes it over', async () => {
    const path = join(home, 'crashed.lanewise');
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'test/fixtures/command-writer.ts'), path], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('error', reject);
    });
    expect(refusal(ProjectFileError, () => ProjectSession.open(path)).code).toBe('locked');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    const session = ProjectSession.open(path);
    session.execute({ type: 'add', table: 'departments', row: { id: 'after-crash', name: 'Taken over' } });
    session.close();
    expect(readProjectFile(path).state.tables.departments['after-crash']?.name).toBe('Taken over');
  });
});

describe('another program writes to the open file', () => {
  it('the next edit reloads first and is computed on what the file holds: nothing is lost', () => {
    const w = host();
    const opened = created(w, 'Scripted');
    const tab = new Tab(w, opened);
    // A script adds cells to s2 and renames s1 behind the app's back.
    const script = new Database(opened.path);
    script.exec("INSERT INTO raci (step_id, party_id, letters) VALUES ('s2', 'd2', 'A'); UPDATE steps SET name = 'Renamed by script' WHERE id = 's1'");
    script.close();
    // Deleting s2 must cascade over the cell the script added (no foreign-key failure).
    tab.run({ type: 'delete', table: 'steps', id: 's2' });
    tab.run({ type: 'update', table: 'departments', id: 'd1', patch: { name: 'Sales & Service' } });
    const onDisk = readProjectFile(opened.path).state;
    expect(onDisk.tables.steps.s1?.name).toBe('Renamed by script');
    expect(onDisk.tables.steps.s2).toBeUndefined();
    expect(onDisk.raci.s2).toBeUndefined();
    expect(onDisk.tables.departments.d1?.name).toBe('Sales & Service');
    expect(tab.state).toEqual(onDisk);
    expect(w.session(opened.session).document.reloads).toBe(1);
  });

  it('a tab that only follows sees the script’s change on its next look', () => {
    const w = host();
    const opened = created(w, 'Followed');
    const tab = new Tab(w, opened);
    const script = new Database(opened.path);
    script.exec("UPDATE steps SET name = 'Seen' WHERE id = 's1'");
    script.close();
    const change = tab.session.changes();
    expect(change.reload).toBe(true);
    tab.apply(change);
    expect(tab.state.tables.steps.s1?.name).toBe('Seen');
  });

  it('an add whose id another program took meanwhile is refused, not written over theirs', () => {
    const w = host();
    const opened = created(w, 'Ids');
    const script = new Database(opened.path);
    script.exec("INSERT INTO departments (id, name, color, sort_order) VALUES ('d9', 'Theirs', '#000000', 9)");
    script.close();
    expect(() => w.session(opened.session).execute({ type: 'add', table: 'departments', row: { id: 'd9', name: 'Mine' } })).toThrow(/already exists/);
    expect(readProjectFile(opened.path).state.tables.departments.d9?.name).toBe('Theirs');
  });
});
