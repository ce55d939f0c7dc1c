import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/raci/finding';
import { resolveAccountable } from '../../shared/raci/resolution';
import { displayLetters, gridColumns } from '../raci-grid/grid-layout';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { DecisionDialog } from './DecisionDialog';
import { asLanguage, messageDetail, ruleTitle } from './finding-text';

/**
 * The leader's ruling on a step with several or no Accountable: pick the one party, say who decided and why.
 * Applied as one undoable change that also writes the resolution log.
 */
export function ResolveDialog({ finding, onClose }: { finding: Finding; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const execute = useProjectStore((s) => s.execute);
  const state = useProjectStore((s) => s.project?.state);
  const radioName = useId();
  const cells = (finding.stepId && state?.raci[finding.stepId]) || {};
  const parties = useMemo(() => (state ? gridColumns(state, 'positions').columns : []), [state]);
  const onStep = parties.filter((p) => cells[p.partyId]);
  const [showAll, setShowAll] = useState(onStep.length === 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const listed = showAll ? parties : onStep;

  return (
    <DecisionDialog
      title={t('findings.dialog.resolveTitle')}
      subject={`${ruleTitle(finding, language)} — ${messageDetail(finding, language)}`}
      submitLabel={t('findings.dialog.applyResolve')}
      validate={() => (chosen && parties.some((p) => p.partyId === chosen) ? null : t('findings.dialog.chooseParty'))}
      onCancel={onClose}
      onSubmit={({ decidedBy, reason }) => {
        const current = useProjectStore.getState().project?.state;
        if (!current || !chosen) return;
        const command = resolveAccountable(current, finding, chosen, { decisionId: newId('dec_'), decidedBy, reason, decidedAt: new Date().toISOString() });
        onClose();
        void execute(command);
      }}
    >
      <fieldset className="party-choice">
        <legend>{t('findings.dialog.accountable')}</legend>
        {!showAll && <p className="hint">{t('findings.dialog.stepParties')}</p>}
        {listed.length === 0 ? (
          <p className="empty">{t('findings.dialog.noParties')}</p>
        ) : (
          <div className="party-options">
            {listed.map((p) => (
              <label key={p.partyId} className="party-option">
                <input type="radio" name={radioName} value={p.partyId} checked={chosen === p.partyId} onChange={() => setChosen(p.partyId)} />
                <span className="party-option-name">{p.name}</span>
                {cells[p.partyId] && <span className="party-option-letters">{displayLetters(cells[p.partyId]!)}</span>}
              </label>
            ))}
          </div>
        )}
        {onStep.length > 0 && (
          <label className="checkbox-field">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
            {t('findings.dialog.allParties')}
          </label>
        )}
      </fieldset>
    </DecisionDialog>
  );
}
