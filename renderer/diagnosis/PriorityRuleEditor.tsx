import { useTranslation } from 'react-i18next';
import type { DiagnosisSettings } from '../../shared/model/diagnosis-entities';
import { CommitField } from '../canvas/CommitField';
import { useDiagnosisSettings, useTerms } from './use-diagnosis';

type RuleField = 'impactWeight' | 'urgencyWeight' | 'highFrom' | 'mediumFrom';
const BOUNDS: Record<RuleField, { min: number; max: number }> = { impactWeight: { min: 0, max: 10 }, urgencyWeight: { min: 0, max: 10 }, highFrom: { min: 1, max: 5 }, mediumFrom: { min: 1, max: 5 } };

/** The priority rule in words, and its weights and bands to adjust; stored in the project. */
export function PriorityRuleEditor() {
  const { t } = useTranslation();
  const terms = useTerms();
  const [settings, save] = useDiagnosisSettings();
  if (!settings) return null;
  const field = (name: RuleField) => (
    <label className="field" key={name}>
      <span className="field-label">{t(`diagnosis.problems.rule.${name}`)}</span>
      <CommitField
        type="number"
        min={BOUNDS[name].min}
        step={0.1}
        value={String(settings[name])}
        onCommit={(text) => {
          const n = Number(text);
          if (text.trim() !== '' && n >= BOUNDS[name].min && n <= BOUNDS[name].max) save({ [name]: n } as Partial<DiagnosisSettings>);
        }}
      />
    </label>
  );
  return (
    <section className="panel priority-rule" aria-labelledby="rule-heading">
      <h3 id="rule-heading">{t('diagnosis.problems.rule.title')}</h3>
      <p className="rule-text">{terms.rule(settings)}</p>
      <div className="field-row">{(['impactWeight', 'urgencyWeight', 'highFrom', 'mediumFrom'] as const).map(field)}</div>
    </section>
  );
}
