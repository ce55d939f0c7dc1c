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
});
