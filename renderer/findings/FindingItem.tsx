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
  onShowInMatrix(finding: Finding): void;
  onShowOnDiagram(finding: Finding): void;
  onResolve(finding: Finding): void;
  onAccept(finding: Finding): void;
}

/** One finding as a compact row under its rule's heading: which step and parties, its status, and what can be done. */
export const FindingItem = memo(function FindingItem({ finding, acceptance, onShowInMatrix, onShowOnDiagram, onResolve, onAccept }: FindingItemProps) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const status = acceptance ? 'accepted' : 'open';
  const detail = messageDetail(finding, language);
  return (
    <li className={`finding finding-${finding.severity} is-${status}`}>
      <SeverityIcon severity={finding.severity} />
      <span className="visually-hidden">{t(`findings.severity.${finding.severity}`)}: {ruleTitle(finding, language)}:</span>
      <span className="finding-message">{detail}</span>
      <span className={`finding-status status-${status}`}>{t(`findings.status.${status}`)}</span>
      {acceptance && <span className="finding-accepted">{t('findings.acceptedBy', { who: acceptance.decidedBy, reason: acceptance.reason })}</span>}
      <span className="finding-actions" role="group" aria-label={t('findings.actionsFor', { finding: detail })}>
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
      </span>
    </li>
  );
});
