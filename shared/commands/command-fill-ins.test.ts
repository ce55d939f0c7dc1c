import { describe, expect, it } from 'vitest';
import type { CommandInput } from './command-schema';
import { emptyProject, type ProjectState } from '../model/project-state';
import { run } from '../metrics/metrics-test-project';

/** One process with two lanes and a step; built inside each test. */
function project(): ProjectState {
  return run(
    emptyProject({ name: 'Demo', language: 'en', organisation: '' }),
    { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
    { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } },
    { type: 'add', table: 'processes', row: { id: 'p', name: 'Budget' } },
    { type: 'add', table: 'lanes', row: { id: 'p1', processId: 'p', departmentId: 'd1' } },
    { type: 'add', table: 'lanes', row: { id: 'p2', processId: 'p', departmentId: 'd2' } },
    { type: 'add', table: 'steps', row: { id: 's1', processId: 'p', laneId: 'p1', name: 'Draft' } },
  );
}

const problem = (row: Record<string, unknown>): CommandInput =>
  ({ type: 'add', table: 'problems', row: { id: 'pb', title: 'Budgets come late', ...row } }) as CommandInput;

describe('what an add fills in for events, notes and problems, and how a move orders rows', () => {
  it('a start or end event gets no R of its lane unless the project checks events', () => {
    const events: CommandInput[] = [
      { type: 'add', table: 'steps', row: { id: 'go', processId: 'p', laneId: 'p1', kind: 'start' } },
      { type: 'add', table: 'steps', row: { id: 'stop', processId: 'p', laneId: 'p2', kind: 'end' } },
    ];
    const unchecked = run(project(), ...events);
    expect([unchecked.raci.go, unchecked.raci.stop]).toEqual([undefined, undefined]);
    const checked = run(project(), { type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 3, overloadShare: 0.5, seedResponsible: true, eventsNeedRaci: true } } }, ...events);
    expect([checked.raci.go, checked.raci.stop]).toEqual([{ d1: 'R' }, { d2: 'R' }]);
  });

  it("a client's note about a step keeps the step label it came with, even none", () => {
    const state = run(project(), {
      type: 'add',
      table: 'reviewNotes',
      row: { id: 'n', processId: 'p', stepId: 's1', source: 'comment', text: 'Who signs this?', importedAt: '2026-12-01' },
    } as CommandInput);
    expect(state.tables.reviewNotes.n).toMatchObject({ stepId: 's1', stepLabel: '' });
  });

  it('a problem keeps the step that addressed it after the step is deleted, also when it is edited later', () => {
    const addressed = run(project(), problem({ addressedByStepId: 's1' }));
    expect(addressed.tables.problems.pb).toMatchObject({ addressedStepRef: 's1', addressedStepLabel: 'N01 Draft' });
    const edited = run(addressed, { type: 'delete', table: 'steps', id: 's1' }, { type: 'update', table: 'problems', id: 'pb', patch: { title: 'Budgets come a week late' } });
    expect(edited.tables.problems.pb).toMatchObject({ title: 'Budgets come a week late', addressedByStepId: null, addressedStepRef: 's1', addressedStepLabel: 'N01 Draft' });
  });

  it('a problem added with the step reference it kept (a step since deleted) keeps it', () => {
    const state = run(project(), problem({ addressedByStepId: null, addressedStepRef: 'old', addressedStepLabel: 'N07 Approve' }));
    expect(state.tables.problems.pb).toMatchObject({ addressedByStepId: null, addressedStepRef: 'old', addressedStepLabel: 'N07 Approve' });
  });

  it('a problem addressed by a step without a name names it by its code alone', () => {
    const state = run(project(), { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'p2' } }, problem({ addressedByStepId: 's2' }));
    expect(state.tables.problems.pb!.addressedStepLabel).toBe('N02');
  });

  it('a move places the row among the others in their order, not the order they were added in', () => {
    const state = run(
      project(),
      { type: 'add', table: 'departments', row: { id: 'd3', name: 'Legal' } },
      { type: 'move', table: 'departments', id: 'd3', toIndex: 0 },
      { type: 'move', table: 'departments', id: 'd1', toIndex: 2 },
    );
    const order = (s: ProjectState) => Object.values(s.tables.departments).sort((a, b) => a.order - b.order).map((d) => `${d.id}:${d.order}`);
    expect(order(state)).toEqual(['d3:0', 'd2:1', 'd1:2']);
    expect(order(run(state, { type: 'move', table: 'departments', id: 'd2', toIndex: 0 }))).toEqual(['d2:0', 'd3:1', 'd1:2']);
  });
});
