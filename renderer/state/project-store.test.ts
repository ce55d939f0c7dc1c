import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../testing/memory-api';
import { createProjectStore } from './project-store';

async function storeWithProject() {
  const backend = createMemoryApi();
  const store = createProjectStore(backend, { followEveryMs: 0 });
  await store.getState().load();
  await store.getState().create({ name: 'Demo', language: 'en' });
  return { store, backend };
}

describe('project store', () => {
  it('starts without a project and lists recent files', async () => {
    const store = createProjectStore(createMemoryApi(), { followEveryMs: 0 });
    expect(store.getState().phase).toBe('loading');
    await store.getState().load();
    expect(store.getState()).toMatchObject({ phase: 'ready', project: null, recent: [] });
  });

  it('applies the ops of each change to its copy of the state', async () => {
    const { store } = await storeWithProject();
    await store.getState().execute({ type: 'add', table: 'departments', row: { id: 'd1', name: 'Finance' } });
    const project = store.getState().project;
    expect(project?.state.tables.departments.d1).toMatchObject({ name: 'Finance', order: 0 });
    expect(project).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('undoes and redoes', async () => {
    const { store } = await storeWithProject();
    await store.getState().execute({ type: 'add', table: 'processes', row: { id: 'p1', name: 'Purchasing' } });
    await store.getState().undo();
    expect(store.getState().project?.state.tables.processes.p1).toBeUndefined();
    expect(store.getState().project).toMatchObject({ canUndo: false, canRedo: true });
    await store.getState().redo();
    expect(store.getState().project?.state.tables.processes.p1?.name).toBe('Purchasing');
  });

  it('keeps changes in order when they are fired without waiting', async () => {
    const { store } = await storeWithProject();
    const { execute } = store.getState();
    await Promise.all([
      execute({ type: 'add', table: 'departments', row: { id: 'd1', name: 'A' } }),
      execute({ type: 'add', table: 'positions', row: { id: 'pos1', departmentId: 'd1', name: 'Clerk' } }),
      execute({ type: 'delete', table: 'departments', id: 'd1' }),
    ]);
    const { state } = store.getState().project ?? {};
    expect(state?.tables.departments).toEqual({});
    expect(state?.tables.positions).toEqual({});
    expect(store.getState().error).toBeNull();
  });

  it('shows a failed command as an error and leaves the state alone', async () => {
    const { store } = await storeWithProject();
    const before = store.getState().project?.state;
    const ok = await store.getState().execute({ type: 'delete', table: 'departments', id: 'missing' });
    expect(ok).toBe(false);
    expect(store.getState().error?.code).toBe('command');
    expect(store.getState().project?.state).toBe(before);
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('closes the project and refreshes the recent list', async () => {
    const { store } = await storeWithProject();
    await store.getState().close();
    expect(store.getState().project).toBeNull();
    expect(store.getState().recent.map((r) => r.fileName)).toEqual(['Demo.lanewise']);
  });

  it('does not call main for undo when there is nothing to undo', async () => {
    const { store, backend } = await storeWithProject();
    const before = backend.calls.length;
    await store.getState().undo();
    expect(backend.calls.length).toBe(before);
  });

  it('goes back to the start screen when main has no project open any more', async () => {
    const { store, backend } = await storeWithProject();
    await backend.invoke('project.close', { session: store.getState().project!.session });
    await store.getState().execute({ type: 'add', table: 'processes', row: { id: 'p1', name: 'Late' } });
    expect(store.getState().error?.code).toBe('no-project');
    expect(store.getState().project).toBeNull();
    expect(store.getState().recent).toHaveLength(1);
  });
});

describe('project store: templates, saving and the recent list', () => {
  it('adds a template as one undoable change and counts the write as saving until it is done', async () => {
    const { store } = await storeWithProject();
    const pending = store.getState().addTemplate('annual-budget');
    expect(store.getState().saving).toBe(1);
    expect(await pending).toBe(true);
    expect(store.getState().saving).toBe(0);
    expect(Object.keys(store.getState().project?.state.tables.steps ?? {}).length).toBeGreaterThan(5);
    await store.getState().undo();
    expect(store.getState().project?.state.tables.steps).toEqual({});
  });

  it('stops counting a failed change as saving', async () => {
    const { store } = await storeWithProject();
    expect(await store.getState().execute({ type: 'delete', table: 'processes', id: 'missing' })).toBe(false);
    expect(store.getState().saving).toBe(0);
  });

  it('loads the app info and forgets a recent project on request', async () => {
    const { store } = await storeWithProject();
    expect(store.getState().appInfo).toMatchObject({ host: 'web' });
    await store.getState().close();
    expect(store.getState().recent.map((r) => r.fileName)).toEqual(['Demo.lanewise']);
    await store.getState().forget('/Demo.lanewise');
    expect(store.getState().recent).toEqual([]);
  });

  it('a cancelled file dialog leaves everything as it was', async () => {
    const store = createProjectStore(createMemoryApi(), { followEveryMs: 0 });
    await store.getState().load();
    expect(await store.getState().openWithDialog()).toBe(false);
    expect(store.getState()).toMatchObject({ project: null, error: null });
  });

  it('while the page is going, a change is sent at once, not after a request still waiting for its answer', async () => {
    const backend = createMemoryApi();
    let leaving = false;
    let answerPoll!: () => void;
    const held: typeof backend = {
      calls: backend.calls,
      invoke: (channel, request) =>
        channel === 'project.changes' ? new Promise((resolve) => (answerPoll = () => void backend.invoke(channel, request).then(resolve))) : backend.invoke(channel, request),
    };
    const store = createProjectStore(held, { followEveryMs: 0, sendNow: () => leaving });
    await store.getState().load();
    await store.getState().create({ name: 'Demo', language: 'en' });
    const polling = store.getState().follow();
    leaving = true;
    await store.getState().execute({ type: 'add', table: 'departments', row: { id: 'd1', name: 'Finance' } });
    expect(backend.calls.at(-1)).toBe('project.execute');
    expect(store.getState().saving).toBe(0);
    answerPoll();
    await polling;
    expect(store.getState().project?.state.tables.departments.d1?.name).toBe('Finance');
  });
});
