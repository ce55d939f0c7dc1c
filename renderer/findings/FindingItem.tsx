import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../shared/model/entities';
import type { Finding } from '../../shared/raci/finding';
import { SeverityIcon } from './SeverityIcon';
import { asLanguage, messageDetail, ruleTitle } from './finding-text';

/** Rulings the resolution dialog can make: naming the one Accountable of a step. */
export const RESOLVABLE = new Set<Finding['ruleId']>(['raci.multiple-accountable', 'raci.no-accountable']);

interface FindingItemProps {
  finding: Finding;
  /** The log entry that accepted it, if any. */
  acceptance: Decision | undefined;
  processName: string | undefined;
  onShowInMatrix(finding: Finding): void;
  onShowOnDiagram(finding: Finding): void;
  onResolve(finding: Finding): void;
  onAccept(finding: Finding): void;
}

/** One finding: severity, rule, message and fix in the UI language, status, and what can be done about it. */
export const FindingItem = memo(function FindingItem({ finding, acceptance, processName, onShowInMatrix, onShowOnDiagram, onResolve, onAccept }: FindingItemProps) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const status = acceptance ? 'accepted' : 'open';
  const title = ruleTitle(finding, language);
  return (
    <li className={`finding finding-${finding.severity} is-${status}`}>
      <div className="finding-head">
        <SeverityIcon severity={finding.severity} />
        <span className="finding-severity">{t(`findings.severity.${finding.severity}`)}</span>
        <h3 className="finding-title">{title}</h3>
        <span className={`finding-status status-${status}`}>{t(`findings.status.${status}`)}</span>
      </div>
      <p className="finding-message">
        {processName && <span className="finding-process">{processName}</span>}
        {messageDetail(finding, language)}
      </p>
      <p className="finding-fix">
        <span className="finding-fix-label">{t('findings.fix')}</span> {finding.fix[language]}
      </p>
      {acceptance && <p className="finding-accepted">{t('findings.acceptedBy', { who: acceptance.decidedBy, reason: acceptance.reason })}</p>}
      <div className="finding-actions" role="group" aria-label={t('findings.actionsFor', { finding: title })}>
        <button type="button" onClick={() => onShowInMatrix(finding)}>
          {t('findings.showInMatrix')}
        </button>
        {finding.stepId && (
          <button type="button" onClick={() => onShowOnDiagram(finding)}>
            {t('findings.showOnDiagram')}
          </button>
        )}
        {finding.stepId && RESOLVABLE.has(finding.ruleId) && (
          <button type="button" className="primary" onClick={() => onResolve(finding)}>
            {t('findings.resolve')}
          </button>
        )}
        {!acceptance && (
          <button type="button" onClick={() => onAccept(finding)}>
            {t('findings.accept')}
          </button>
        )}
      </div>
    </li>
  );
});
