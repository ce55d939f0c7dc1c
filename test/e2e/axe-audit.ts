import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 level AA, as axe-core tags it (each level's rules are tagged by the version that added them). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Violation {
  /** Which screen or dialog was being checked, e.g. "en · RACI matrix". */
  where: string;
  rule: string;
  impact: string;
  /** One CSS path per failing element, with axe's reason for the first. */
  targets: string[];
  summary: string;
}

/** Collects axe-core's WCAG 2.2 AA violations screen by screen, so one run shows every failing rule. */
export class AxeAudit {
  readonly violations: Violation[] = [];
  readonly checked: string[] = [];

  constructor(private readonly page: Page) {}

  async check(where: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_22_AA).analyze();
    this.checked.push(where);
    for (const v of results.violations) {
      this.violations.push({
        where,
        rule: v.id,
        impact: v.impact ?? 'unknown',
        targets: v.nodes.map((n) => n.target.join(' ')),
        summary: v.nodes[0]?.failureSummary ?? v.help,
      });
    }
  }

  /** Failing elements per rule, e.g. { 'color-contrast': 55 }. */
  nodesByRule(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const v of this.violations) counts[v.rule] = (counts[v.rule] ?? 0) + v.targets.length;
    return counts;
  }

  report(): string {
    return this.violations.map((v) => `${v.where} · ${v.rule} (${v.impact}) × ${v.targets.length}: ${v.targets.slice(0, 4).join(' | ')}\n    ${v.summary.replace(/\n/g, ' ')}`).join('\n');
  }
}
