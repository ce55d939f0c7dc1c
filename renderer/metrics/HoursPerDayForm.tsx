import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { policyParamsSchema } from '../../shared/policy/policy-params';
import { useProjectStore } from '../state/project-store';

/** The working day of the policy, which turns durations in days into hours. Keyed on the value, so undo shows the restored one. */
export function HoursPerDayForm() {
  const hours = useProjectStore((s) => s.project?.state.meta.policy.hoursPerDay);
  const [saved, setSaved] = useState(false);
  if (hours === undefined) return null;
  return <HoursField key={hours} hours={hours} saved={saved} onSaved={setSaved} />;
}

function HoursField({ hours, saved, onSaved }: { hours: number; saved: boolean; onSaved(saved: boolean): void }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const id = useId();
  const [value, setValue] = useState(String(hours));
  const [invalid, setInvalid] = useState(false);

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    const parsed = policyParamsSchema.shape.hoursPerDay.safeParse(Number(value));
    if (value.trim() === '' || !parsed.success) {
      setInvalid(true);
      onSaved(false);
      return;
    }
    setInvalid(false);
    onSaved(parsed.data === hours || (await execute({ type: 'setMeta', patch: { policy: { ...useProjectStore.getState().project!.state.meta.policy, hoursPerDay: parsed.data } } })));
  }

  return (
    <form className="hours-per-day" onSubmit={(e) => void save(e)} noValidate>
      <label htmlFor={id}>{t('metrics.hoursPerDay.label')}</label>
      <input id={id} type="number" min={1} max={24} step={0.5} value={value} aria-describedby={`${id}-hint`} aria-invalid={invalid || undefined} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" onClick={() => onSaved(false)}>
        {t('metrics.hoursPerDay.save')}
      </button>
      <span id={`${id}-hint`} className="hint">
        {t('metrics.hoursPerDay.hint')}
      </span>
      <span className="hint" aria-live="polite">
        {saved && !invalid ? t('metrics.hoursPerDay.saved') : ''}
      </span>
      {invalid && (
        <p className="form-error" role="alert">
          {t('metrics.hoursPerDay.invalid')}
        </p>
      )}
    </form>
  );
}
