import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/raci/finding';
import { acceptFinding } from '../../shared/raci/resolution';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { DecisionDialog } from './DecisionDialog';
import { asLanguage, messageDetail, ruleTitle } from './finding-text';

/** Keeps a finding as a deliberate exception, logged with who decided and why. */
export function AcceptDialog({ finding, onClose }: { finding: Finding; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const execute = useProjectStore((s) => s.execute);
  return (
    <DecisionDialog
      title={t('findings.dialog.acceptTitle')}
      subject={`${ruleTitle(finding, language)} — ${messageDetail(finding, language)}`}
      submitLabel={t('findings.dialog.applyAccept')}
      onCancel={onClose}
      onSubmit={({ decidedBy, reason }) => {
        onClose();
        void execute(acceptFinding(finding, { decisionId: newId('dec_'), decidedBy, reason, decidedAt: new Date().toISOString() }));
      }}
    >
      <p className="hint">{t('findings.dialog.acceptIntro')}</p>
    </DecisionDialog>
  );
}
