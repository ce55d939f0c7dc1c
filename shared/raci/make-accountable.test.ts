import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { emptyProject } from '../model/project-state';
import { accountableOf, makeAccountableCommand } from './make-accountable';

function project() {
  return execute(emptyProject({ name: 'P', language: 'en', organisation: '' }), {
    type: 'batch',
    commands: [
      { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
      { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } },
      { type: 'add', table: 'positions', row: { id: 'p1', departmentId: 'd1', name: 'Sales manager' } },
      { type: 'add', table: 'processes', row: { id: 'pr', name: 'Sell' } },
      { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'pr', departmentId: 'd1' } },
      { type: 'add', table: 'steps', row: { id: 's', processId: 'pr', laneId: 'l1', ownerPositionId: 'p1' } },
      { type: 'setRaci', stepId: 's', partyId: 'd2', letters: 'A' },
      { type: 'setRaci', stepId: 's', partyId: 'p1', letters: 'C' },
    ],
  }).state;
}

describe('making the owner position the A', () => {
  it('gives it the A, keeps its other letters and withdraws every other A', () => {
    const state = project();
    const after = execute(state, makeAccountableCommand(state, 's', 'p1')!).state;
    expect(accountableOf(after, 's')).toEqual(['p1']);
    expect(after.raci.s).toMatchObject({ p1: 'AC', d1: 'R' });
    expect(after.raci.s?.d2).toBeUndefined();
  });

  it('gives a party with no cell on the step just the A', () => {
    const state = execute(project(), { type: 'add', table: 'departments', row: { id: 'd3', name: 'Legal' } }).state;
    const after = execute(state, makeAccountableCommand(state, 's', 'd3')!).state;
    expect(after.raci.s).toEqual({ d1: 'R', p1: 'C', d3: 'A' });
  });

  it('has nothing to do when the party already is the only A', () => {
    const state = project();
    const after = execute(state, makeAccountableCommand(state, 's', 'p1')!).state;
    expect(makeAccountableCommand(after, 's', 'p1')).toBeNull();
  });
});
