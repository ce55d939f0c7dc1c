import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenProject, RecentProject, UserTemplateInfo } from '../../shared/ipc/contract';
import { ProjectSession } from '../project/project-session';
import { ProjectLibrary } from '../project/project-library';
import { Workspace } from '../project/workspace';
import { createDispatch } from './api-handlers';
import { sessionDispatch } from './session-dispatch';

function setup() {
  const home = mkdtempSync(join(tmpdir(), 'lanewise-api-'));
  const workspace = new Workspace(new ProjectLibrary(home));
  const dispatch = sessionDispatch(createDispatch(workspace, { host: 'web', version: 'test', restrictToLibrary: true }));
  return { home, workspace, dispatch, current: () => workspace.session(dispatch.session) };
}

describe('dispatch', () => {
  it('refuses unknown channels and malformed requests with a clear error', async () => {
    const { dispatch } = setup();
    expect(await dispatch('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'invalid-request', key: 'request.invalid', params: { detail: 'Unknown channel fs.readFile' } } });
    const bad = await dispatch('project.create', { name: '', language: 'fr' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid-request');
    const extra = await dispatch('project.current', { sneaky: true });
    expect(extra.ok).toBe(false);
  });

  it('refuses commands for a session it does not hold', async () => {
    const { dispatch } = setup();
    const r = await dispatch('project.execute', { session: 'not-a-session', command: { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'no-project', key: 'session.unknown' } });
    const none = await dispatch('project.execute', { command: { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } } });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('a refused command changes neither the state nor the file', async () => {
    const { dispatch, current } = setup();
    const created = await dispatch('project.create', { name: 'Demo', language: 'en' });
    expect(created.ok).toBe(true);
    const path = (created as { ok: true; value: OpenProject }).value.path;
    await dispatch('project.execute', { command: { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } } });
    const before = structuredClone(current().state);
    const bytes = readFileSync(path);
    const r = await dispatch('project.execute', { command: { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'nope', departmentId: 'd1' } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'command' } });
    expect(current().state).toEqual(before);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('the browser host opens only files inside its project folder', async () => {
    const { dispatch } = setup();
    const r = await dispatch('project.open', { path: '/etc/passwd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'file' } });
  });

  it('undo and redo go through the same path and report what is possible', async () => {
    const { dispatch } = setup();
    await dispatch('project.create', { name: 'Demo', language: 'zh-CN' });
    const done = await dispatch('project.execute', { command: { type: 'add', table: 'processes', row: { id: 'p1', name: '新产品上线' } } });
    expect(done).toMatchObject({ ok: true, value: { canUndo: true, canRedo: false } });
    expect(await dispatch('project.undo', {})).toMatchObject({ ok: true, value: { canUndo: false, canRedo: true, ops: [{ t: 'del', table: 'processes', id: 'p1' }] } });
    expect(await dispatch('project.redo', {})).toMatchObject({ ok: true, value: { canUndo: true, canRedo: false } });
    expect(await dispatch('project.redo', {})).toEqual({ ok: true, value: null });
  });
});

describe('templates', () => {
  it('creates a project from a template with nothing to undo, and adds another template as one undo step', async () => {
    const { dispatch, current } = setup();
    const created = await dispatch('project.create', { name: '上线', language: 'zh-CN', templateId: 'product-launch' });
    expect(created).toMatchObject({ ok: true, value: { canUndo: false } });
    const names = () => Object.values(current().state.tables.steps).map((s) => s.name);
    expect(names()).toEqual(expect.arrayContaining(['需求提出', '需求评审', '研发立项', '研发执行', '测试验收', '市场推广', '项目复盘']));
    const steps = names().length;
    expect(await dispatch('project.addTemplate', { templateId: 'marketing-event' })).toMatchObject({ ok: true, value: { canUndo: true } });
    expect(names()).toContain('物料准备');
    await dispatch('project.undo', {});
    expect(names()).toHaveLength(steps);
  });

  it('refuses an unknown template id', async () => {
    const { dispatch } = setup();
    expect(await dispatch('project.create', { name: 'X', language: 'en', templateId: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('recent projects', () => {
  it('remembers created and opened projects, shows a missing one as missing and forgets it on request', async () => {
    const { dispatch, home } = setup();
    const outside = mkdtempSync(join(tmpdir(), 'lanewise-outside-'));
    const desktop = createDispatch(new Workspace(new ProjectLibrary(home)), { host: 'electron', version: 'test', restrictToLibrary: false });
    await dispatch('project.create', { name: 'In library', language: 'en' });
    const elsewhere = join(outside, 'Client.lanewise');
    ProjectSession.create(elsewhere, { name: 'Client', language: 'en', organisation: '' }).close();
    expect(await desktop('project.open', { path: elsewhere })).toMatchObject({ ok: true });

    const listed = async () => ((await dispatch('projects.recent', {})) as { ok: true; value: RecentProject[] }).value;
    expect((await listed()).map((p) => [p.fileName, p.missing])).toEqual([
      ['Client.lanewise', false],
      ['In library.lanewise', false],
    ]);
    rmSync(elsewhere);
    expect((await listed())[0]).toMatchObject({ fileName: 'Client.lanewise', missing: true, modifiedAt: null });
    expect(await dispatch('projects.forget', { path: elsewhere })).toMatchObject({ ok: true, value: [{ fileName: 'In library.lanewise' }] });
  });
});

describe('file dialogs', () => {
  function desktopSetup(answer: string | null) {
    const home = mkdtempSync(join(tmpdir(), 'lanewise-api-'));
    const workspace = new Workspace(new ProjectLibrary(home));
    const asked: string[] = [];
    const dispatch = createDispatch(workspace, {
      host: 'electron',
      version: 'test',
      restrictToLibrary: false,
      dialogs: {
        chooseProjectToOpen: async () => answer,
        chooseSaveAsPath: async (current, name) => {
          asked.push(`${current}|${name}`);
          return answer;
        },
      },
    });
    const inSession = sessionDispatch(dispatch);
    return { home, workspace, dispatch: inSession, asked };
  }

  it('the browser host has no file dialogs', async () => {
    const { dispatch } = setup();
    expect(await dispatch('project.openDialog', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('save as copies the project to the chosen file and carries on there', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'lanewise-copy-')), 'Copy.lanewise');
    const { dispatch, workspace, asked } = desktopSetup(target);
    const created = (await dispatch('project.create', { name: 'Original', language: 'en' })) as { ok: true; value: OpenProject };
    await dispatch('project.execute', { command: { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } } });
    expect(await dispatch('project.saveAsDialog', {})).toMatchObject({ ok: true, value: { path: target, canUndo: true } });
    expect(asked).toEqual([`${created.value.path}|Original`]);
    await dispatch('project.execute', { command: { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } } });
    workspace.closeAll();
    const reopened = ProjectSession.open(target);
    expect(Object.keys(reopened.state.tables.departments).sort()).toEqual(['d1', 'd2']);
    reopened.close();
    expect(await dispatch('projects.recent', {})).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ path: target })]) });
  });

  it('a cancelled dialog changes nothing', async () => {
    const { dispatch } = desktopSetup(null);
    expect(await dispatch('project.openDialog', {})).toEqual({ ok: true, value: null });
    await dispatch('project.create', { name: 'Original', language: 'en' });
    expect(await dispatch('project.saveAsDialog', {})).toEqual({ ok: true, value: null });
  });

  it('opens the file the user picked', async () => {
    const picked = join(mkdtempSync(join(tmpdir(), 'lanewise-pick-')), 'Picked.lanewise');
    ProjectSession.create(picked, { name: 'Picked', language: 'zh-CN', organisation: '' }).close();
    const { dispatch } = desktopSetup(picked);
    expect(await dispatch('project.openDialog', {})).toMatchObject({ ok: true, value: { path: picked, state: { meta: { name: 'Picked' } } } });
  });
});

describe('user templates', () => {
  it('saves a process as a template and adds it to another project as one undo step, with its departments', async () => {
    const { dispatch, current } = setup();
    await dispatch('project.create', { name: 'Source', language: 'en', templateId: 'annual-budget' });
    const [process] = Object.values(current().state.tables.processes);
    const saved = await dispatch('templates.saveProcess', { processId: process!.id, name: 'Our budget round' });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Our budget round' } });
    const info = (saved as { ok: true; value: UserTemplateInfo }).value;
    expect(info.steps).toBe(Object.keys(current().state.tables.steps).length);

    await dispatch('project.create', { name: 'Target', language: 'en' });
    expect(await dispatch('templates.list', {})).toMatchObject({ ok: true, value: [{ id: info.id, name: 'Our budget round' }] });
    expect(await dispatch('templates.add', { id: info.id })).toMatchObject({ ok: true, value: { canUndo: true } });
    const state = current().state;
    expect(Object.values(state.tables.processes).map((p) => p.name)).toEqual(['Our budget round']);
    expect(Object.keys(state.tables.steps)).toHaveLength(info.steps);
    expect(Object.keys(state.tables.departments).length).toBeGreaterThan(1);
    await dispatch('project.undo', {});
    expect(current().state.tables.departments).toEqual({});

    expect(await dispatch('templates.delete', { id: info.id })).toEqual({ ok: true, value: [] });
  });

  it('refuses template ids that are not its own', async () => {
    const { dispatch } = setup();
    await dispatch('project.create', { name: 'Target', language: 'en' });
    expect(await dispatch('templates.add', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'file' } });
    expect(await dispatch('templates.saveProcess', { processId: 'nope', name: 'X' })).toMatchObject({ ok: false, error: { code: 'command' } });
  });
});
