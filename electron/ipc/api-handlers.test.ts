import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenProject } from '../../shared/ipc/contract';
import { ProjectLibrary } from '../project/project-library';
import { Workspace } from '../project/workspace';
import { createDispatch } from './api-handlers';

function setup() {
  const home = mkdtempSync(join(tmpdir(), 'lanewise-api-'));
  const workspace = new Workspace(new ProjectLibrary(home));
  return { home, workspace, dispatch: createDispatch(workspace, { host: 'web', version: 'test', restrictToLibrary: true }) };
}

describe('dispatch', () => {
  it('refuses unknown channels and malformed requests with a clear error', async () => {
    const { dispatch } = setup();
    expect(await dispatch('fs.readFile', {})).toEqual({ ok: false, error: { code: 'invalid-request', message: 'Unknown channel fs.readFile' } });
    const bad = await dispatch('project.create', { name: '', language: 'fr' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid-request');
    const extra = await dispatch('project.current', { sneaky: true });
    expect(extra.ok).toBe(false);
  });

  it('refuses commands when no project is open', async () => {
    const { dispatch } = setup();
    const r = await dispatch('project.execute', { command: { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'no-project' } });
  });

  it('a refused command changes neither the state nor the file', async () => {
    const { dispatch, workspace } = setup();
    const created = await dispatch('project.create', { name: 'Demo', language: 'en' });
    expect(created.ok).toBe(true);
    const path = (created as { ok: true; value: OpenProject }).value.path;
    await dispatch('project.execute', { command: { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } } });
    const before = structuredClone(workspace.current!.state);
    const bytes = readFileSync(path);
    const r = await dispatch('project.execute', { command: { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'nope', departmentId: 'd1' } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'command' } });
    expect(workspace.current!.state).toEqual(before);
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
    const { dispatch, workspace } = setup();
    const created = await dispatch('project.create', { name: '上线', language: 'zh-CN', templateId: 'product-launch' });
    expect(created).toMatchObject({ ok: true, value: { canUndo: false } });
    const names = () => Object.values(workspace.current!.state.tables.steps).map((s) => s.name);
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
