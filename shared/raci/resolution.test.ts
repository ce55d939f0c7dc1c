import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import { emptyProject, type ProjectState } from '../model/project-state';
import { checkProject } from './raci-checker';
import { acceptedKeys, acceptFinding, findingStatus, resolveAccountable } from './resolution';

function project(row: Record<string, string>): ProjectState {
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'sales', name: 'Sales' } },
    { type: 'add', table: 'departments', row: { id: 'fin', name: 'Finance' } },
    { type: 'add', table: 'departments', row: { id: 'legal', name: 'Legal' } },
    { type: 'add', table: 'processes', row: { id: 'p', name: 'Budget' } },
    { type: 'add', table: 'lanes', row: { id: 'l', processId: 'p', departmentId: 'sales' } },
    { type: 'add', table: 'steps', row: { id: 's1', processId: 'p', laneId: 'l', code: 'B01', name: 'Draft', durationValue: 1, durationUnit: 'days' } },
    ...Object.entries(row).map(([partyId, letters]): CommandInput => ({ type: 'setRaci', stepId: 's1', partyId, letters })),
  ];
  return execute(emptyProject({ name: 'Budget', language: 'en', organisation: '' }), { type: 'batch', commands }).state;
}

const input = { decisionId: 'dec1', decidedBy: 'Ms Wang', reason: 'The CFO signs budgets', decidedAt: '2026-11-30T10:00:00.000Z' };
const finding = (state: ProjectState, ruleId: string) => checkProject(state).find((f) => f.ruleId === ruleId)!;

describe('settling a finding', () => {
  it('naming the Accountable party leaves it the only A, keeps every other letter, and logs the ruling — one undo step', () => {
    const state = project({ sales: 'RA', fin: 'AC', legal: 'I' });
    const command = resolveAccountable(state, finding(state, 'raci.multiple-accountable'), 'fin', input);
    expect(command).toMatchObject({ type: 'batch', label: 'resolve' });
    const after = execute(state, command).state;
    expect(after.raci.s1).toEqual({ sales: 'R', fin: 'AC', legal: 'I' });
    expect(Object.values(after.tables.decisions)).toEqual([
      expect.objectContaining({
        id: 'dec1',
        processId: 'p',
        stepId: 's1',
        findingKey: 'raci.multiple-accountable|s1',
        ruleId: 'raci.multiple-accountable',
        kind: 'resolved',
        accountableName: 'Finance',
        decidedBy: 'Ms Wang',
        decidedAt: '2026-11-30T10:00:00.000Z',
        reason: 'The CFO signs budgets',
      }),
    ]);
    expect(checkProject(after).map((f) => f.ruleId)).not.toContain('raci.multiple-accountable');
  });

  it('a party with no A (or no cell) gets one added to what it holds', () => {
    const state = project({ sales: 'R' });
    const after = execute(state, resolveAccountable(state, finding(state, 'raci.no-accountable'), 'fin', input)).state;
    expect(after.raci.s1).toEqual({ sales: 'R', fin: 'A' });
    const withC = project({ sales: 'R', legal: 'C' });
    expect(execute(withC, resolveAccountable(withC, finding(withC, 'raci.no-accountable'), 'legal', input)).state.raci.s1).toEqual({ sales: 'R', legal: 'AC' });
  });

  it('a finding about a whole process cannot be settled by naming an Accountable party', () => {
    const state = project({ sales: 'RA', legal: 'C' });
    const idle = finding(state, 'raci.idle-party');
    expect(idle.stepId).toBeNull();
    expect(() => resolveAccountable(state, idle, 'legal', input)).toThrow(/Only a finding about a step/);
  });

  it('an accepted finding stays listed, marked accepted with its reason; others stay open', () => {
    const state = project({ sales: 'RA', legal: 'CI' });
    const redundant = finding(state, 'raci.redundant-ci');
    const idle = finding(state, 'raci.idle-party');
    expect(findingStatus(redundant, acceptedKeys(state))).toBe('open');
    const command = acceptFinding(redundant, input);
    expect(command).toMatchObject({ type: 'batch', label: 'accept' });
    const after = execute(state, command).state;
    expect(Object.values(after.tables.decisions)).toEqual([
      expect.objectContaining({ findingKey: 'raci.redundant-ci|s1/legal', ruleId: 'raci.redundant-ci', kind: 'accepted', accountableName: '', reason: 'The CFO signs budgets' }),
    ]);
    expect(checkProject(after).map((f) => f.key)).toContain('raci.redundant-ci|s1/legal');
    expect([...acceptedKeys(after)]).toEqual(['raci.redundant-ci|s1/legal']);
    expect(findingStatus(redundant, acceptedKeys(after))).toBe('accepted');
    expect(findingStatus(idle, acceptedKeys(after))).toBe('open');
  });

  it('a resolved ruling is not an accepted exception', () => {
    const state = project({ sales: 'RA', fin: 'A' });
    const after = execute(state, resolveAccountable(state, finding(state, 'raci.multiple-accountable'), 'sales', input)).state;
    expect(acceptedKeys(after).size).toBe(0);
  });
});
