import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/commands/command-schema';
import type { Finding } from '../../shared/raci/finding';
import { acceptFinding } from '../../shared/raci/resolution';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { DecisionDialog } from './DecisionDialog';
import { asLanguage, messageDetail, ruleTitle } from './finding-text';

/**
 * Keeps findings as deliberate exceptions, logged with who decided and why: one finding, or every
 * open finding of a group at once with one reason (one undo step).
 */
export function AcceptDialog({ findings, onClose }: { findings: readonly Finding[]; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const execute = useProjectStore((s) => s.execute);
  const first = findings[0];
  if (!first) return null;
  const subject = findings.length === 1 ? `${ruleTitle(first, language)} — ${messageDetail(first, language)}` : t('findings.dialog.acceptMany', { count: findings.length, rule: ruleTitle(first, language) });
  return (
    <DecisionDialog
      title={t('findings.dialog.acceptTitle')}
      subject={subject}
      submitLabel={findings.length === 1 ? t('findings.dialog.applyAccept') : t('findings.dialog.applyAcceptMany', { count: findings.length })}
      onCancel={onClose}
      onSubmit={({ decidedBy, reason }) => {
        onClose();
        const decidedAt = new Date().toISOString();
        const commands = findings.map((f) => acceptFinding(f, { decisionId: newId('dec_'), decidedBy, reason, decidedAt }));
        const command: CommandInput = commands.length === 1 ? commands[0]! : { type: 'batch', label: 'decision', commands };
        void execute(command);
      }}
    >
      <p className="hint">{t('findings.dialog.acceptIntro')}</p>
    </DecisionDialog>
  );
}
