import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RULES } from '../../shared/raci/rule-catalogue';
import { RULE_IDS, type RuleId } from '../../shared/raci/finding';
import { useProjectStore } from '../state/project-store';
import { asLanguage } from './finding-text';

const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

/** Every ruling and accepted exception, newest first. */
export function ResolutionLog() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const headingId = useId();
  const decisions = useProjectStore((s) => s.project?.state.tables.decisions);
  const processes = useProjectStore((s) => s.project?.state.tables.processes);
  const steps = useProjectStore((s) => s.project?.state.tables.steps);
  const sorted = useMemo(() => Object.values(decisions ?? {}).sort((a, b) => b.decidedAt.localeCompare(a.decidedAt)), [decisions]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }), [language]);

  const formatDate = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
  };

  return (
    <section className="panel resolution-log" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('findings.log.title')}</h2>
      <p className="hint">{t('findings.log.intro')}</p>
      {sorted.length === 0 ? (
        <p className="empty">{t('findings.log.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="log-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('findings.log.date')}</th>
                <th scope="col">{t('findings.log.process')}</th>
                <th scope="col">{t('findings.log.step')}</th>
                <th scope="col">{t('findings.log.finding')}</th>
                <th scope="col">{t('findings.log.decision')}</th>
                <th scope="col">{t('findings.log.accountable')}</th>
                <th scope="col">{t('findings.log.decidedBy')}</th>
                <th scope="col">{t('findings.log.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((d) => {
                const step = d.stepId ? steps?.[d.stepId] : undefined;
                return (
                  <tr key={d.id}>
                    <td className="nowrap">
                      <time dateTime={d.decidedAt}>{formatDate(d.decidedAt)}</time>
                    </td>
                    <td>{processes?.[d.processId]?.name ?? ''}</td>
                    <td>{step ? `${step.code} ${step.name}`.trim() : '—'}</td>
                    <td>{isRuleId(d.ruleId) ? RULES[d.ruleId].title[language] : d.ruleId}</td>
                    <td>
                      <span className={`decision-kind kind-${d.kind}`}>{t(`findings.log.${d.kind}`)}</span>
                    </td>
                    <td>{d.accountableName || '—'}</td>
                    <td>{d.decidedBy}</td>
                    <td className="log-reason">{d.reason}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
