import type { TFunction } from 'i18next';
import type { Language } from '../../shared/model/entities';
import { RULES } from '../../shared/raci/rule-catalogue';
import type { Finding } from '../../shared/raci/finding';
import { countFindings, SEVERITIES, type Marks, type SeverityCounts } from './finding-summary';

/** "2 errors · 1 warning", accepted ones last; "No open findings" when nothing is open. */
export function countsText(t: TFunction, counts: SeverityCounts): string {
  const parts: string[] = SEVERITIES.filter((s) => counts[s] > 0).map((s) => t(`findings.count.${s}`, { count: counts[s] }));
  if (parts.length === 0) parts.push(t('findings.count.none'));
  if (counts.accepted > 0) parts.push(t('findings.count.accepted', { count: counts.accepted }));
  return parts.join(' · ');
}

export function ruleTitle(finding: Finding, language: Language): string {
  return RULES[finding.ruleId].title[language];
}

/** Spoken label and hover text of a row or column badge. */
export function marksText(t: TFunction, language: Language, marks: Marks, accepted: ReadonlySet<string>): { label: string; detail: string } {
  const counts = countsText(t, countFindings(marks.findings, accepted));
  const titles = [...new Set(marks.findings.filter((f) => !accepted.has(f.key)).map((f) => ruleTitle(f, language)))];
  return {
    label: titles.length ? `${counts}: ${titles.join('; ')}` : counts,
    detail: marks.findings.map((f) => `${accepted.has(f.key) ? '✓ ' : ''}${f.message[language]}`).join('\n'),
  };
}

/** The UI language as a project language (anything not Chinese reads English). */
export function asLanguage(language: string | undefined): Language {
  return language === 'zh-CN' ? 'zh-CN' : 'en';
}

/**
 * The message without the rule title the checker appends to it, for showing under that title:
 * "N02 Review (Marketing, Sales)" rather than the title twice.
 */
export function messageDetail(finding: Finding, language: Language): string {
  const message = finding.message[language];
  const title = ruleTitle(finding, language);
  if (!message.endsWith(title)) return message;
  return message.slice(0, -title.length).replace(/[\s:：]+$/, '') || message;
}
