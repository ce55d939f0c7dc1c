import { describe, expect, it } from 'vitest';
import type { CommandInput } from './command-schema';
import { summarise } from './edit-summary';

const addStep = (id: string): CommandInput => ({ type: 'add', table: 'steps', row: { id, processId: 'p', laneId: 'l' } });

describe('summarise', () => {
  it('names a labelled batch by its verb and counts the steps it touches', () => {
    const paste: CommandInput = { type: 'batch', label: 'paste', commands: [addStep('a'), addStep('b'), { type: 'add', table: 'flows', row: { id: 'f', processId: 'p', fromStepId: 'a', toStepId: 'b' } }] };
    expect(summarise(paste)).toEqual({ verb: 'paste', count: 2 });
  });

  it('names a single edit after what it changes', () => {
    expect(summarise({ type: 'update', table: 'steps', id: 's', patch: { x: 1, y: 2, laneId: 'l2' } })).toEqual({ verb: 'moveSteps', count: 1 });
    expect(summarise({ type: 'update', table: 'steps', id: 's', patch: { name: 'Check' } })).toEqual({ verb: 'renameStep', count: 1 });
    expect(summarise({ type: 'update', table: 'steps', id: 's', patch: { width: 200, height: 96 } })).toEqual({ verb: 'resizeStep', count: 1 });
    expect(summarise({ type: 'update', table: 'flows', id: 'f', patch: { bends: [] } })).toEqual({ verb: 'reshapeFlow', count: 1 });
    expect(summarise({ type: 'setRaci', stepId: 's', partyId: 'd', letters: 'R' })).toEqual({ verb: 'raci', count: 1 });
  });

  it('counts moved steps, a phase grown to hold them being part of the move', () => {
    const move: CommandInput = {
      type: 'batch',
      commands: [
        { type: 'update', table: 'phases', id: 'ph', patch: { size: 640 } },
        { type: 'update', table: 'steps', id: 'a', patch: { x: 1 } },
        { type: 'update', table: 'steps', id: 'b', patch: { x: 2 } },
      ],
    };
    expect(summarise(move)).toEqual({ verb: 'moveSteps', count: 2 });
  });

  it('falls back to "edit" for a mixed batch with a label it does not know', () => {
    expect(summarise({ type: 'batch', label: 'Something', commands: [addStep('a'), { type: 'setRaci', stepId: 'a', partyId: 'd', letters: 'A' }] }).verb).toBe('edit');
  });

  it('names every other kind of single edit after the rows it changes', () => {
    const cases: Array<[CommandInput, string]> = [
      [{ type: 'setMeta', patch: { name: 'Budget' } }, 'settings'],
      [{ type: 'delete', table: 'departments', id: 'd' }, 'delete'],
      [{ type: 'move', table: 'lanes', id: 'l', toIndex: 0 }, 'lane'],
      [{ type: 'move', table: 'departments', id: 'd', toIndex: 1 }, 'department'],
      [{ type: 'move', table: 'surveyDimensions', id: 'q', toIndex: 0 }, 'edit'],
      [{ type: 'add', table: 'flows', row: { id: 'f', processId: 'p', fromStepId: 'a', toStepId: 'b' } }, 'addFlow'],
      [{ type: 'add', table: 'positions', row: { id: 'm', departmentId: 'd', name: 'Manager' } }, 'position'],
      [{ type: 'add', table: 'processes', row: { id: 'p', name: 'Sell' } }, 'process'],
      [{ type: 'add', table: 'policySections', row: { id: 'ps', chapter: 'general', title: 'Scope', body: '' } }, 'policy'],
      [{ type: 'add', table: 'surveyDimensions', row: { id: 'q', nameEn: 'Speed' } }, 'edit'],
      [{ type: 'update', table: 'flows', id: 'f', patch: { label: 'yes' } }, 'editFlow'],
      [{ type: 'update', table: 'flows', id: 'f', patch: { bends: [], label: 'yes' } }, 'editFlow'],
      [{ type: 'update', table: 'decisions', id: 'x', patch: { reason: 'agreed' } }, 'decision'],
      [{ type: 'update', table: 'surveyDimensions', id: 'q', patch: { nameEn: 'Cost' } }, 'edit'],
      [{ type: 'update', table: 'steps', id: 's', patch: { color: '#ff0000' } }, 'recolourStep'],
      [{ type: 'update', table: 'steps', id: 's', patch: { x: 1, width: 200 } }, 'resizeStep'],
      [{ type: 'update', table: 'steps', id: 's', patch: { laneId: 'l2', width: 200 } }, 'editStep'],
      [{ type: 'update', table: 'steps', id: 's', patch: { name: 'Check', notes: 'twice' } }, 'editStep'],
      [{ type: 'update', table: 'steps', id: 's', patch: { color: '#ff0000', name: 'Check' } }, 'editStep'],
      [{ type: 'update', table: 'steps', id: 's', patch: { laneId: 'l2' } }, 'moveSteps'],
      [{ type: 'update', table: 'steps', id: 's', patch: { width: 200 } }, 'resizeStep'],
      [addStep('a'), 'addStep'],
    ];
    for (const [command, verb] of cases) expect([command, summarise(command).verb]).toEqual([command, verb]);
  });

  it('counts the steps an edit touches once each, or else every command', () => {
    const deleteTwo: CommandInput = {
      type: 'batch',
      commands: [
        { type: 'delete', table: 'steps', id: 'a' },
        { type: 'delete', table: 'flows', id: 'f' },
        { type: 'delete', table: 'steps', id: 'b' },
      ],
    };
    expect(summarise(deleteTwo)).toEqual({ verb: 'delete', count: 2 });
    const sameStep: CommandInput = { type: 'batch', commands: [{ type: 'update', table: 'steps', id: 'a', patch: { name: 'One' } }, { type: 'update', table: 'steps', id: 'a', patch: { name: 'Two' } }] };
    expect(summarise(sameStep)).toEqual({ verb: 'renameStep', count: 1 });
    const cells: CommandInput = {
      type: 'batch',
      label: 'Something',
      commands: ['d1', 'd2', 'd3'].map((partyId) => ({ type: 'setRaci', stepId: 's', partyId, letters: 'C' }) as CommandInput),
    };
    expect(summarise(cells)).toEqual({ verb: 'raci', count: 3 });
    const withDepartment: CommandInput = { type: 'batch', commands: [{ type: 'add', table: 'departments', row: { id: 'd', name: 'Sales' } }, { type: 'update', table: 'steps', id: 'a', patch: { name: 'One' } }] };
    expect(summarise(withDepartment)).toEqual({ verb: 'edit', count: 1 });
  });

  it('a phase edited on its own is a phase edit; beside another kind of edit it is part of that edit', () => {
    expect(summarise({ type: 'update', table: 'phases', id: 'ph', patch: { size: 640 } })).toEqual({ verb: 'phase', count: 1 });
    const grown: CommandInput = {
      type: 'batch',
      commands: [
        { type: 'update', table: 'phases', id: 'ph', patch: { size: 640 } },
        { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'p', departmentId: 'd' } },
      ],
    };
    expect(summarise(grown)).toEqual({ verb: 'lane', count: 2 });
  });
});
