import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { applyOps } from '../../shared/commands/ops';
import { layoutProcess, MIN_LENGTH, NODE_SIZE } from '../../shared/diagram/geometry';
import { danglingReferences } from '../../shared/model/integrity';
import { emptyProject, rowsOf, type ProjectState } from '../../shared/model/project-state';
import { planDelete } from './delete-department';
import { planMerge } from './merge-departments';

/** Two processes: p1 has lanes Sales, Finance, Legal; p2 has only Sales. */
function project(): ProjectState {
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'sales', name: 'Sales' } },
    { type: 'add', table: 'departments', row: { id: 'finance', name: 'Finance' } },
    { type: 'add', table: 'departments', row: { id: 'legal', name: 'Legal' } },
    { type: 'add', table: 'positions', row: { id: 'rep', departmentId: 'sales', name: 'Sales rep' } },
    { type: 'add', table: 'positions', row: { id: 'counsel', departmentId: 'legal', name: 'Counsel' } },
    { type: 'add', table: 'processes', row: { id: 'p1', name: 'Contract' } },
    { type: 'add', table: 'processes', row: { id: 'p2', name: 'Quote' } },
    { type: 'add', table: 'lanes', row: { id: 'l-sales', processId: 'p1', departmentId: 'sales', size: 160 } },
    { type: 'add', table: 'lanes', row: { id: 'l-finance', processId: 'p1', departmentId: 'finance', size: 160 } },
    { type: 'add', table: 'lanes', row: { id: 'l-legal', processId: 'p1', departmentId: 'legal', size: 200 } },
    { type: 'add', table: 'lanes', row: { id: 'l2-sales', processId: 'p2', departmentId: 'sales' } },
    // Tops of the lane bands: sales 32, finance 192, legal 352.
    { type: 'add', table: 'steps', row: { id: 's1', processId: 'p1', laneId: 'l-sales', name: 'Draft', x: 200, y: 80 } },
    { type: 'add', table: 'steps', row: { id: 's2', processId: 'p1', laneId: 'l-finance', name: 'Price', x: 400, y: 240 } },
    { type: 'add', table: 'steps', row: { id: 's3', processId: 'p1', laneId: 'l-legal', name: 'Review', x: 600, y: 400 } },
    { type: 'add', table: 'steps', row: { id: 's4', processId: 'p2', laneId: 'l2-sales', name: 'Quote', x: 200, y: 80 } },
    { type: 'setRaci', stepId: 's1', partyId: 'legal', letters: 'C' },
    { type: 'setRaci', stepId: 's1', partyId: 'rep', letters: 'A' },
    { type: 'setRaci', stepId: 's3', partyId: 'sales', letters: 'I' },
  ];
  return execute(emptyProject({ name: 'M', language: 'en', organisation: '' }), { type: 'batch', commands }).state;
}

function laneBand(state: ProjectState, laneId: string) {
  const lanes = rowsOf(state, 'lanes').filter((l) => l.processId === state.tables.lanes[laneId]!.processId);
  return layoutProcess('horizontal', lanes, [], MIN_LENGTH).lanes.find((b) => b.lane.id === laneId)!.rect;
}

describe('merging departments', () => {
  it('previews what moves and does it in one batch', () => {
    const state = project();
    const plan = planMerge(state, 'sales', 'legal');
    expect(plan).toMatchObject({ lanesMoved: 1, lanesJoined: 1, stepsMoved: 1, positionsMoved: 1, raciCells: 3 });
    const done = execute(state, plan.command);
    const after = done.state;

    expect(after.tables.departments.sales).toBeUndefined();
    expect(after.tables.lanes['l-sales']).toBeUndefined();
    expect(after.tables.lanes['l2-sales']?.departmentId).toBe('legal');
    expect(after.tables.positions.rep).toMatchObject({ departmentId: 'legal', order: 1 });
    // Letters on the same step combine; nothing is left on the merged department.
    expect(after.raci.s1).toEqual({ legal: 'RC', rep: 'A' });
    expect(after.raci.s3).toEqual({ legal: 'RI' });
    expect(after.raci.s4).toEqual({ legal: 'R' });
    expect(danglingReferences(after)).toEqual([]);
    // Undo gives back exactly what was there.
    expect(applyOps(after, done.inverse).state).toEqual(state);
  });

  it('moves the joined steps into the kept lane and the steps below up with their lanes', () => {
    const state = project();
    const after = execute(state, planMerge(state, 'sales', 'legal').command).state;
    const legal = laneBand(after, 'l-legal');
    const finance = laneBand(after, 'l-finance');
    const inside = (id: string, band: { y: number; height: number }) => {
      const step = after.tables.steps[id]!;
      return step.y >= band.y && step.y + NODE_SIZE[step.kind].height <= band.y + band.height;
    };
    expect(after.tables.steps.s1).toMatchObject({ laneId: 'l-legal', x: 200 });
    expect(inside('s1', legal)).toBe(true);
    expect(inside('s2', finance)).toBe(true);
    expect(inside('s3', legal)).toBe(true);
    expect(after.tables.steps.s2!.y).toBe(240 - 160);
  });
});

describe('deleting a department', () => {
  it('counts exactly what goes and keeps the steps below in their lanes', () => {
    const state = project();
    const plan = planDelete(state, 'sales');
    // s1's row (legal C, rep A, sales R), s4's R, s3's I for sales; the rep position goes with it.
    expect(plan).toMatchObject({ lanes: 2, steps: 2, positions: 1, raciCells: 5 });
    const after = execute(state, plan.command).state;
    expect(after.tables.steps.s2!.y).toBe(240 - 160);
    expect(after.tables.steps.s3!.y).toBe(400 - 160);
    expect(danglingReferences(after)).toEqual([]);
  });

  it('a department nothing uses deletes alone', () => {
    const state = execute(project(), { type: 'add', table: 'departments', row: { id: 'hr', name: 'HR' } }).state;
    expect(planDelete(state, 'hr')).toMatchObject({ lanes: 0, steps: 0, positions: 0, raciCells: 0 });
  });
});
