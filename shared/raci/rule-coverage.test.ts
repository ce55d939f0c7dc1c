import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import { emptyProject, type ProjectState } from '../model/project-state';
import type { RuleId, Severity } from './finding';
import { checkProject } from './raci-checker';
import { RULES } from './rule-catalogue';

/** The product's rules and how much each matters, as the method and the brief state them. */
const SEVERITIES: Record<RuleId, Severity> = {
  'raci.unassigned': 'error',
  'raci.no-accountable': 'error',
  'raci.multiple-accountable': 'error',
  'raci.no-responsible': 'error',
  'raci.lane-mismatch': 'warning',
  'raci.too-many-consulted': 'warning',
  'raci.too-many-informed': 'warning',
  'raci.redundant-ci': 'info',
  'raci.idle-party': 'warning',
  'raci.overload': 'warning',
  'step.no-duration': 'warning',
};

/** A process whose steps break every rule once: s1 … s9 each break one row rule; the columns break the rest. */
function everyRuleBroken(): ProjectState {
  const parties = ['sales', 'mkt', 'legal', 'pr', 'it', 'hr'];
  const commands: CommandInput[] = [
    { type: 'setMeta', patch: { raciSettings: { maxConsulted: 3, maxInformed: 3, overloadShare: 0.5, seedResponsible: false } } },
    ...parties.map((id) => ({ type: 'add', table: 'departments', row: { id, name: id } }) as CommandInput),
    { type: 'add', table: 'processes', row: { id: 'p', name: 'Event' } },
    { type: 'add', table: 'lanes', row: { id: 'ls', processId: 'p', departmentId: 'sales' } },
    { type: 'add', table: 'lanes', row: { id: 'lh', processId: 'p', departmentId: 'hr' } },
  ];
  const rows: Array<Record<string, string>> = [
    {}, // unassigned
    { sales: 'R' }, // no A
    { sales: 'RA', mkt: 'A' }, // two A
    { sales: 'A' }, // no R
    { mkt: 'RA' }, // the Sales lane holds neither R nor A
    { sales: 'RA', mkt: 'C', legal: 'C', pr: 'C', it: 'C' }, // four C
    { sales: 'RA', mkt: 'I', legal: 'I', pr: 'I', it: 'I' }, // four I
    { sales: 'RA', mkt: 'CI' }, // C and I in one cell
    { sales: 'RA' },
  ];
  rows.forEach((row, i) => {
    const id = `s${i + 1}`;
    // s9 alone has no duration; hr has a lane but no R or A anywhere; sales is A on most steps.
    commands.push({ type: 'add', table: 'steps', row: { id, processId: 'p', laneId: 'ls', name: `Step ${i + 1}`, durationValue: i === 8 ? null : 1, durationUnit: 'days' } });
    for (const [partyId, letters] of Object.entries(row)) commands.push({ type: 'setRaci', stepId: id, partyId, letters });
  });
  return execute(emptyProject({ name: 'Rules', language: 'zh-CN', organisation: '' }), { type: 'batch', commands }).state;
}

describe('the rule catalogue', () => {
  // Checked inside each test, so a mutation run counts the rules' code as reached by these tests.
  const findings = () => checkProject(everyRuleBroken());

  it('the fixture breaks every rule of the catalogue', () => {
    expect([...new Set(findings().map((f) => f.ruleId))].sort()).toEqual(Object.keys(SEVERITIES).sort());
    expect(Object.keys(RULES).sort()).toEqual(Object.keys(SEVERITIES).sort());
  });

  it('each rule has the severity the method gives it: a step without exactly one A is an error', () => {
    for (const f of findings()) expect(f.severity, f.ruleId).toBe(SEVERITIES[f.ruleId]);
    for (const [id, text] of Object.entries(RULES)) expect(text.severity, id).toBe(SEVERITIES[id as RuleId]);
  });

  it('every finding of every rule has a message and a fix in both languages, and they differ by language', () => {
    for (const f of findings()) {
      expect(f.message['zh-CN'].length, f.ruleId).toBeGreaterThan(3);
      expect(f.message.en.length, f.ruleId).toBeGreaterThan(3);
      expect(f.message['zh-CN'], f.ruleId).toMatch(/[\u4e00-\u9fff]/);
      expect(f.fix['zh-CN'], f.ruleId).not.toEqual(f.fix.en);
    }
  });
});
