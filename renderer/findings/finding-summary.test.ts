import { describe, expect, it } from 'vitest';
import { checkProject } from '../../shared/raci/raci-checker';
import { gridTestProject } from '../raci-grid/grid-test-project';
import { countFindings, gridMarks } from './finding-summary';

function findings() {
  const state = gridTestProject([
    // o1: two A (error); o2: R only (no A, error); o3: fine but C and I in one cell (info); o4: only the R seeded for its lane (no A, error).
    { type: 'setRaci', stepId: 'o1', partyId: 'sales', letters: 'RA' },
    { type: 'setRaci', stepId: 'o1', partyId: 'fin', letters: 'A' },
    { type: 'setRaci', stepId: 'o2', partyId: 'sales', letters: 'R' },
    { type: 'setRaci', stepId: 'o3', partyId: 'sales', letters: 'RA' },
    { type: 'setRaci', stepId: 'o3', partyId: 'mgr', letters: 'CI' },
  ]);
  return checkProject(state);
}

describe('countFindings', () => {
  it('counts open findings by severity and accepted ones apart', () => {
    const all = findings();
    const multiple = all.find((f) => f.ruleId === 'raci.multiple-accountable')!;
    const open = countFindings(all, new Set());
    const withAccepted = countFindings(all, new Set([multiple.key]));
    expect(withAccepted.error).toBe(open.error - 1);
    expect(withAccepted.accepted).toBe(1);
    expect(open.info).toBe(1);
  });
});

describe('gridMarks', () => {
  it('marks rows with their worst open severity and the cells of competing A as conflicts', () => {
    const marks = gridMarks(findings(), new Set(), 'order');
    expect(marks.steps.get('o1')?.worst).toBe('error');
    expect(marks.steps.get('o3')?.worst).toBe('info');
    expect([...(marks.conflicts.get('o1') ?? [])].sort()).toEqual(['fin', 'sales']);
    // Manager holds only C and I in this process: an idle party, marked on its column.
    expect(marks.parties.get('mgr')?.findings.map((f) => f.ruleId)).toEqual(['raci.idle-party']);
  });

  it('shows an accepted finding as accepted: no severity, no conflict', () => {
    const all = findings();
    const multiple = all.find((f) => f.ruleId === 'raci.multiple-accountable')!;
    const marks = gridMarks(all, new Set([multiple.key]), 'order');
    expect(marks.conflicts.has('o1')).toBe(false);
    expect(marks.steps.get('o1')).toMatchObject({ worst: null, open: 0, accepted: 1 });
  });

  it('keeps to the shown process', () => {
    expect(gridMarks(findings(), new Set(), 'empty').steps.size).toBe(0);
  });
});
