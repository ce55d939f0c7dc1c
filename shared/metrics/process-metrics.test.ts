import { describe, expect, it } from 'vitest';
import { snapshotProcess } from '../process/process-snapshot';
import { snapshotMetricsInput } from './metrics-input';
import { orderToCash } from './metrics-test-project';
import { measureProcess } from './metrics-tracker';
import { processMetrics } from './process-metrics';

describe('process metrics', () => {
  it('counts steps by kind, hand-offs, approvals and decisions', () => {
    const m = measureProcess(orderToCash(), 'pr')!;
    expect(m.steps).toBe(6);
    expect(m.byKind).toEqual({ start: 1, end: 1, task: 2, decision: 1, approval: 1, delivery: 0 });
    // N02→N03 and N05→N04 go from Sales to Finance, N04→N05 back: three hand-offs.
    expect(m.handoffs).toBe(3);
    expect(m.approvals).toBe(1);
    expect(m.decisions).toBe(1);
  });

  it('measures the critical path in hours and working days; the reminder loop counts once', () => {
    // N01 → N02 (2 h) → N03 (0.5 d = 4 h) → N04 (none) → N05 (1 h) → N06: 7 h, 7/8 d.
    const m = measureProcess(orderToCash(), 'pr')!;
    expect(m.criticalPath).toEqual({ stepIds: ['s1', 's2', 's3', 's4', 's5', 's6'], flowIds: ['f1', 'f2', 'f3', 'f4', 'f5'], hours: 7, days: 0.875 });
    expect(m.effortHours).toBe(7);
    // Six-hour days: the approval takes 3 h, the path 6 h, one day.
    const short = measureProcess(orderToCash(6), 'pr')!;
    expect(short.criticalPath).toMatchObject({ hours: 6, days: 1 });
  });

  it('lists the work steps without a duration, not the start and end events', () => {
    expect(measureProcess(orderToCash(), 'pr')!.noDuration).toEqual(['s4']);
  });

  it('counts per department its steps, the steps it (or a position of it) is R or A for, and hand-offs in and out', () => {
    const m = measureProcess(orderToCash(), 'pr')!;
    expect(m.departments).toEqual([
      // Sales: N01, N02, N05, N06; R on N02 (twice, counted once) and N05; A on N02, N03 (its manager) and N05.
      { departmentId: 'd1', steps: 4, responsible: 2, accountable: 3, handoffsIn: 1, handoffsOut: 2 },
      { departmentId: 'd2', steps: 2, responsible: 2, accountable: 2, handoffsIn: 2, handoffsOut: 1 },
    ]);
  });

  it('gives every party holding R or A its load and share of the steps', () => {
    const m = measureProcess(orderToCash(), 'pr')!;
    expect(m.parties).toEqual([
      { partyId: 'd1', responsible: 2, accountable: 1, responsibleShare: 2 / 6, accountableShare: 1 / 6 },
      { partyId: 'd2', responsible: 2, accountable: 1, responsibleShare: 2 / 6, accountableShare: 1 / 6 },
      { partyId: 'p1', responsible: 1, accountable: 2, responsibleShare: 1 / 6, accountableShare: 2 / 6 },
      { partyId: 'p2', responsible: 1, accountable: 1, responsibleShare: 1 / 6, accountableShare: 1 / 6 },
    ]);
  });

  it('measures a snapshot of a process the same as the process', () => {
    const state = orderToCash();
    const fromSnapshot = processMetrics(snapshotMetricsInput(snapshotProcess(state, 'pr'), 8));
    const direct = measureProcess(state, 'pr')!;
    // Snapshots keep no flow ids; everything else is the same.
    expect({ ...fromSnapshot, criticalPath: { ...fromSnapshot.criticalPath, flowIds: [] } }).toEqual({ ...direct, criticalPath: { ...direct.criticalPath, flowIds: [] } });
    expect(fromSnapshot.criticalPath.flowIds).toHaveLength(5);
  });

  it('measures an empty process as zeros', () => {
    const state = orderToCash();
    const m = measureProcess({ ...state, tables: { ...state.tables, steps: {}, flows: {} }, raci: {} }, 'pr')!;
    expect(m).toMatchObject({ steps: 0, handoffs: 0, effortHours: 0, criticalPath: { stepIds: [], hours: 0, days: 0 }, noDuration: [], parties: [] });
    expect(measureProcess(state, 'nope')).toBeUndefined();
  });
});
