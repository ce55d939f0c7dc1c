import type { Finding, Severity } from '../../shared/raci/finding';

export interface FindingBadge {
  count: number;
  worst: Severity;
  bySeverity: Record<Severity, number>;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Findings per step: count, worst severity and how many of each. */
export function findingBadges(findings: readonly Finding[]): Map<string, FindingBadge> {
  const badges = new Map<string, FindingBadge>();
  for (const f of findings) {
    if (!f.stepId) continue;
    let badge = badges.get(f.stepId);
    if (!badge) {
      badge = { count: 0, worst: f.severity, bySeverity: { error: 0, warning: 0, info: 0 } };
      badges.set(f.stepId, badge);
    }
    badge.count += 1;
    badge.bySeverity[f.severity] += 1;
    if (RANK[f.severity] > RANK[badge.worst]) badge.worst = f.severity;
  }
  return badges;
}

let cachedFor: readonly Finding[] | null = null;
let cached = new Map<string, FindingBadge>();

/** The badges of the store's findings, computed once per findings list however many nodes ask. */
export function badgesOf(findings: readonly Finding[]): Map<string, FindingBadge> {
  if (findings !== cachedFor) {
    cached = findingBadges(findings);
    cachedFor = findings;
  }
  return cached;
}
