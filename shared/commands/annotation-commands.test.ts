import { describe, expect, it } from 'vitest';
import { CommandError } from './command-error';
import { execute } from './execute';
import { applyOps } from './ops';
import { emptyProject, type ProjectState } from '../model/project-state';

function project(): ProjectState {
  return execute(emptyProject({ name: 'N', language: 'en', organisation: '' }), {
    type: 'batch',
    commands: [
      { type: 'add', table: 'processes', row: { id: 'p1', name: 'Order' } },
      { type: 'add', table: 'processes', row: { id: 'p2', name: 'Returns' } },
    ],
  }).state;
}

describe('notes on a process', () => {
  it('are added with a default size, moved, resized, edited and deleted, each undone exactly', () => {
    let state = project();
    const steps = [
      { type: 'add', table: 'annotations', row: { id: 'n1', processId: 'p1', x: 40, y: 20, text: 'Ask legal' } },
      { type: 'update', table: 'annotations', id: 'n1', patch: { x: 300, y: 120 } },
      { type: 'update', table: 'annotations', id: 'n1', patch: { width: 320, height: 140 } },
      { type: 'update', table: 'annotations', id: 'n1', patch: { text: 'Ask legal\nby Friday' } },
      { type: 'delete', table: 'annotations', id: 'n1' },
    ] as const;
    const seen: ProjectState[] = [state];
    for (const command of steps) {
      const done = execute(state, command);
      expect(applyOps(done.state, done.inverse).state).toEqual(state);
      state = done.state;
      seen.push(state);
    }
    expect(seen[1]!.tables.annotations.n1).toEqual({ id: 'n1', processId: 'p1', x: 40, y: 20, width: 200, height: 80, text: 'Ask legal' });
    expect(seen[4]!.tables.annotations.n1).toEqual({ id: 'n1', processId: 'p1', x: 300, y: 120, width: 320, height: 140, text: 'Ask legal\nby Friday' });
    expect(state.tables.annotations).toEqual({});
  });

  it('go with their process, and come back with it on undo', () => {
    const state = execute(project(), { type: 'add', table: 'annotations', row: { id: 'n1', processId: 'p1', x: 0, y: 0 } }).state;
    const done = execute(state, { type: 'delete', table: 'processes', id: 'p1' });
    expect(done.state.tables.annotations).toEqual({});
    expect(applyOps(done.state, done.inverse).state).toEqual(state);
  });

  it('refuse a missing process, an absurd size or text that is too long, and never change process', () => {
    const state = execute(project(), { type: 'add', table: 'annotations', row: { id: 'n1', processId: 'p1', x: 0, y: 0 } }).state;
    const refused = (command: Parameters<typeof execute>[1]) => expect(() => execute(state, command)).toThrow(CommandError);
    refused({ type: 'add', table: 'annotations', row: { id: 'n2', processId: 'nope', x: 0, y: 0 } });
    refused({ type: 'update', table: 'annotations', id: 'n1', patch: { width: 1e9 } });
    refused({ type: 'update', table: 'annotations', id: 'n1', patch: { x: Number.POSITIVE_INFINITY } });
    refused({ type: 'update', table: 'annotations', id: 'n1', patch: { text: 'x'.repeat(5000) } });
    // The process is fixed: a patch naming it leaves the note where it is.
    expect(execute(state, { type: 'update', table: 'annotations', id: 'n1', patch: { processId: 'p2' } } as never).state.tables.annotations.n1?.processId).toBe('p1');
  });
});
