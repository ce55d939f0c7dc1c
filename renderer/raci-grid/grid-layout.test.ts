import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { displayLetters, gridLayout, stepLabel, type GridLayout } from './grid-layout';
import { gridTestProject } from './grid-test-project';

const rowNames = (layout: GridLayout) =>
  layout.rows.map((r) => (r.kind === 'step' ? r.step.code : r.kind === 'process' ? `# ${r.process.name}` : `## ${r.phase?.name ?? '(none)'}`));

describe('gridLayout', () => {
  it('lists a process’s steps in flow order under its phases, steps without a phase last', () => {
    const layout = gridLayout(gridTestProject(), 'order', 'departments');
    expect(rowNames(layout)).toEqual(['## Intake', 'O1', 'O2', '## Fulfil', 'O3', '## (none)', 'O4']);
    expect(layout.stepRows).toEqual([1, 2, 4, 6]);
    expect(layout.rows.filter((r) => r.kind === 'step').map((r) => r.kind === 'step' && r.stepIndex)).toEqual([0, 1, 2, 3]);
  });

  it('without phases has no phase headings', () => {
    const state = gridTestProject([
      { type: 'delete', table: 'phases', id: 'intake' },
      { type: 'delete', table: 'phases', id: 'fulfil' },
    ]);
    expect(rowNames(gridLayout(state, 'order', 'departments'))).toEqual(['O1', 'O2', 'O3', 'O4']);
  });

  it('across all processes puts each process under its heading and leaves out processes without steps', () => {
    const layout = gridLayout(gridTestProject(), null, 'departments');
    expect(rowNames(layout)).toEqual(['# Order', '## Intake', 'O1', 'O2', '## Fulfil', 'O3', '## (none)', 'O4']);
  });

  it('has department columns, or each department followed by its positions under a spanning group', () => {
    const state = gridTestProject();
    const departments = gridLayout(state, 'order', 'departments', true);
    expect(departments.columns.map((c) => c.name)).toEqual(['Sales', 'Finance']);
    expect(departments.groups).toBeNull();

    const positions = gridLayout(state, 'order', 'positions', true);
    expect(positions.columns.map((c) => `${c.kind}:${c.name}`)).toEqual(['department:Sales', 'position:Manager', 'position:Rep', 'department:Finance']);
    expect(positions.groups?.map((g) => [g.department.name, g.first, g.span])).toEqual([
      ['Sales', 0, 3],
      ['Finance', 3, 1],
    ]);
  });
});

describe('columns of one process', () => {
  const laneFirst: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'legal', name: 'Legal', order: 2 } },
    { type: 'add', table: 'departments', row: { id: 'it', name: 'IT', order: 3 } },
    // Finance's lane comes before Sales's although Finance comes after Sales in the organisation.
    { type: 'add', table: 'lanes', row: { id: 'l0', processId: 'order', departmentId: 'fin', order: 0 } },
    { type: 'move', table: 'lanes', id: 'l0', toIndex: 0 },
    // Legal has no lane but is consulted on a step; IT has neither.
    { type: 'setRaci', stepId: 'o2', partyId: 'legal', letters: 'C' },
  ];

  it('are by default its lanes’ departments in lane order, then the others it gives letters to', () => {
    const state = gridTestProject(laneFirst);
    expect(gridLayout(state, 'order', 'departments').columns.map((c) => c.name)).toEqual(['Finance', 'Sales', 'Legal']);
    expect(gridLayout(state, 'order', 'positions').columns.map((c) => c.name)).toEqual(['Finance', 'Sales', 'Manager', 'Rep', 'Legal']);
  });

  it('show every party of the project, in its order, when asked', () => {
    const state = gridTestProject(laneFirst);
    expect(gridLayout(state, 'order', 'departments', true).columns.map((c) => c.name)).toEqual(['Sales', 'Finance', 'Legal', 'IT']);
  });

  it('across all processes are every party', () => {
    expect(gridLayout(gridTestProject(laneFirst), null, 'departments').columns.map((c) => c.name)).toEqual(['Sales', 'Finance', 'Legal', 'IT']);
  });
});

describe('labels', () => {
  it('shows a step as code and name, and letters joined by slashes', () => {
    const state = gridTestProject();
    expect(stepLabel(state.tables.steps.o1!, '?')).toBe('O1 Receive');
    expect(stepLabel({ ...state.tables.steps.o1!, code: '', name: '' }, '(unnamed)')).toBe('(unnamed)');
    expect(displayLetters('RAC')).toBe('R/A/C');
    expect(displayLetters('')).toBe('');
  });
});
