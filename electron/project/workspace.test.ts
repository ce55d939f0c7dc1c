import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../test/support/refusal';
import { ProjectLibrary } from './project-library';
import { UnknownSessionError, Workspace } from './workspace';

let home: string;
let workspaces: Workspace[];
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'lanewise-workspace-'));
  workspaces = [];
});
afterEach(() => {
  for (const w of workspaces) w.closeAll();
  rmSync(home, { recursive: true, force: true });
});

function host(app?: string): Workspace {
  const w = new Workspace(new ProjectLibrary(home), app ? { app } : {});
  workspaces.push(w);
  return w;
}

const addSales = { type: 'add', table: 'departments', row: { id: 'sales', name: 'Sales' } } as const;

describe('the projects one host has open', () => {
  it('a new project is a file in the folder named after it, remembered on the start screen', () => {
    const w = host();
    const opened = w.create('Budget 2027', 'en', 'ACME');
    expect(opened.path).toBe(join(home, 'Budget 2027.lanewise'));
    expect(opened.state.meta).toMatchObject({ name: 'Budget 2027', language: 'en', organisation: 'ACME' });
    expect(opened.canUndo).toBe(false);
    expect(w.recent.list(w.library).map((p) => p.path)).toEqual([join(home, 'Budget 2027.lanewise')]);
  });

  it('a new project from a template holds the template, with nothing to undo', () => {
    const opened = host().create('Launch', 'en', '', 'product-launch');
    expect(Object.keys(opened.state.tables.processes)).toHaveLength(1);
    expect(Object.keys(opened.state.tables.steps).length).toBeGreaterThan(3);
    expect(opened.canUndo).toBe(false);
  });

  it('sessions on one file, however its path is written, share it: each sees the other\u2019s edit', () => {
    const w = host();
    const first = w.create('Shared', 'en', '');
    symlinkSync(home, join(home, '..', `${home.split('/').at(-1)}-link`));
    const viaLink = join(home, '..', `${home.split('/').at(-1)}-link`, 'Shared.lanewise');
    try {
      const second = w.open(viaLink);
      expect(w.sessionCount).toBe(2);
      expect(w.sessionsOn(first.path).map((s) => s.id).sort()).toEqual([first.session, second.session].sort());
      w.session(first.session).execute(addSales);
      expect(w.session(second.session).changes().ops).toEqual([{ t: 'put', table: 'departments', row: expect.objectContaining({ id: 'sales', name: 'Sales' }) }]);
    } finally {
      rmSync(join(home, '..', `${home.split('/').at(-1)}-link`));
    }
  });

  it('the file stays open until its last session closes; then another host may write it', () => {
    const w = host('Lanewise (browser)');
    const first = w.create('Held', 'en', '');
    const second = w.open(first.path);
    w.close(first.session);
    expect(() => w.session(first.session)).toThrow(UnknownSessionError);
    w.session(second.session).execute(addSales);
    expect(() => host('Lanewise').open(first.path)).toThrow(/open in Lanewise \(browser\)/);
    w.close(second.session);
    expect(w.sessionCount).toBe(0);
    expect(host('Lanewise').open(first.path).state.tables.departments.sales?.name).toBe('Sales');
    w.close('no-such-session');
  });

  it('a session asked for read-only says so, whether or not another session writes the file', () => {
    const w = host();
    const writer = w.create('Read', 'en', '');
    w.close(writer.session);
    expect(w.open(writer.path, { readOnly: true }).readOnly).toBe('requested');
    expect(w.open(writer.path).readOnly).toBe('requested');
  });

  it('a session it does not hold is named in the error, cut to 40 characters', () => {
    const err = refusal(UnknownSessionError, () => host().session('x'.repeat(100)));
    expect(err.message).toBe(`No open project for session ${'x'.repeat(40)}`);
    expect(host().find('x')).toBeUndefined();
  });

  it('closes only the sessions idle for longer than given', () => {
    const w = host();
    const idle = w.create('Idle', 'en', '');
    const busy = w.create('Busy', 'en', '');
    const now = Date.now();
    w.session(idle.session).lastSeenAt = now - 20 * 60_000;
    w.session(busy.session).lastSeenAt = now - 15 * 60_000;
    expect(w.closeIdle(15 * 60_000, now)).toBe(1);
    expect(w.find(idle.session)).toBeUndefined();
    expect(w.find(busy.session)).toBeDefined();
  });

  it('after Save As, the session carries on in the copy and a new session on the copy shares it', async () => {
    const w = host();
    const opened = w.create('Original', 'en', '');
    const target = join(home, 'Copy.lanewise');
    const saved = await w.saveAs(opened.session, target);
    expect(saved.path).toBe(target);
    expect(w.sessionsOn(target).map((s) => s.id)).toEqual([opened.session]);
    const again = w.open(target);
    w.session(opened.session).execute(addSales);
    expect(w.session(again.session).changes().ops).toHaveLength(1);
    expect(w.recent.list(w.library)[0]?.path).toBe(target);
  });

  it('a start-screen list that cannot be written does not stop a project from opening', () => {
    const w = host();
    mkdirSync(join(home, 'recent.json'));
    expect(w.create('Opens anyway', 'en', '').path).toBe(join(home, 'Opens anyway.lanewise'));
  });
});

describe('which sessions and files a host holds', () => {
  it('the sessions on one file are those on it, not on another', () => {
    const w = host();
    const a = w.create('Alpha', 'en', '');
    const b = w.create('Beta', 'en', '');
    const again = w.open(a.path);
    expect(w.sessionsOn(a.path).map((s) => s.id).sort()).toEqual([a.session, again.session].sort());
    expect(w.sessionsOn(b.path).map((s) => s.id)).toEqual([b.session]);
  });

  it('a file deleted while open still has its sessions; a path that never was has none', () => {
    const w = host();
    const a = w.create('Alpha', 'en', '');
    w.create('Beta', 'en', '');
    rmSync(a.path);
    expect(w.sessionsOn(a.path).map((s) => s.id)).toEqual([a.session]);
    expect(w.sessionsOn(join(home, 'Never.lanewise'))).toEqual([]);
  });

  it('a host not given its name is named Lanewise to the second writer', () => {
    const held = host().create('Held', 'en', '');
    expect(() => host('Lanewise (browser)').open(held.path)).toThrow(/ is open in Lanewise since /);
  });

  it('closing one of two projects keeps the other shared: a new session on it joins the open file', () => {
    const w = host();
    const a = w.create('Alpha', 'en', '');
    const b = w.create('Beta', 'en', '');
    w.close(b.session);
    const again = w.open(a.path);
    expect(w.sessionsOn(a.path)).toHaveLength(2);
    w.session(a.session).execute(addSales);
    expect(w.session(again.session).changes().ops).toHaveLength(1);
  });

  it('after Save As, the original path opens the original file, not the copy', async () => {
    const w = host();
    const opened = w.create('Original', 'en', '');
    await w.saveAs(opened.session, join(home, 'Copy.lanewise'));
    w.session(opened.session).execute(addSales);
    const original = w.open(opened.path);
    expect(original.path).toBe(opened.path);
    expect(original.state.tables.departments.sales).toBeUndefined();
    expect(w.sessionsOn(opened.path).map((s) => s.id)).toEqual([original.session]);
  });

  it('closing all closes every session and every file', () => {
    const w = host('Lanewise (browser)');
    const a = w.create('Alpha', 'en', '');
    const b = w.create('Beta', 'en', '');
    w.closeAll();
    expect(w.sessionCount).toBe(0);
    expect(w.find(a.session)).toBeUndefined();
    expect(host('Lanewise').open(a.path).readOnly).toBeNull();
    expect(host('Lanewise').open(b.path).readOnly).toBeNull();
  });
});
