import type { Finding } from '../../shared/raci/finding';

/** Findings of one rule in one process: the list shows them under one heading, with one "accept all". */
export interface FindingGroup {
  key: string;
  ruleId: Finding['ruleId'];
  processId: string;
  findings: Finding[];
}

/** Consecutive-or-not findings of the same rule and process gathered, groups in the order their first finding comes. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.ruleId}|${f.processId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, ruleId: f.ruleId, processId: f.processId, findings: [] }));
    group.findings.push(f);
  }
  return [...groups.values()];
}
