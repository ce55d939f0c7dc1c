import { describe, expect, it } from 'vitest';
import { emptyProject } from '../model/project-state';
import { execute } from './execute';

/**
 * The ops of a delete are what the file stores: each row it removes once, deepest first, and an
 * update only for the rows that stay.
 */
function project() {
  return execute(emptyProject({ name: 'P', language: 'en', organisation: '' }), {
    type: 'batch',
    commands: [
      { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
      { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } },
      { type: 'add', table: 'positions', row: { id: 'm1', departmentId: 'd1', name: 'Sales manager' } },
      { type: 'add', table: 'processes', row: { id: 'p', name: 'Sell' } },
      { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p', departmentId: 'd1' } },
      { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'p', departmentId: 'd2' } },
      // s1 goes with its lane; s2 stays and only loses its owner.
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'p', laneId: 'l1', name: 'Offer', ownerPositionId: 'm1' } },
      { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'l2', name: 'Invoice', ownerPositionId: 'm1' } },
      { type: 'add', table: 'flows', row: { id: 'f', processId: 'p', fromStepId: 's1', toStepId: 's2' } },
    ],
  }).state;
}

describe('the ops of a delete', () => {
  it('remove each row once, from the deepest to the row deleted, and update only the rows that stay', () => {
    const { ops } = execute(project(), { type: 'delete', table: 'departments', id: 'd1' });
    const rows = ops.flatMap((op) => (op.t === 'put' ? [`put ${op.table} ${op.row.id}`] : op.t === 'del' ? [`del ${op.table} ${op.id}`] : []));
    expect(rows).toEqual(['put steps s2', 'del flows f', 'del steps s1', 'del positions m1', 'del lanes l1', 'del departments d1']);
    const kept = ops.find((op) => op.t === 'put');
    expect(kept).toMatchObject({ row: { id: 's2', name: 'Invoice', laneId: 'l2', ownerPositionId: null } });
  });
});
