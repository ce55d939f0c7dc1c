import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Granularity } from './grid-layout';

/** Departments or positions as the columns: a two-option segmented control. */
export function GranularitySwitch({ value, onChange }: { value: Granularity; onChange(value: Granularity): void }) {
  const { t } = useTranslation();
  const name = useId();
  const options: { value: Granularity; label: string }[] = [
    { value: 'departments', label: t('raci.byDepartment') },
    { value: 'positions', label: t('raci.byPosition') },
  ];
  return (
    <div className="segmented" role="radiogroup" aria-label={t('raci.granularity')}>
      {options.map((o) => (
        <label key={o.value} className={value === o.value ? 'is-checked' : undefined}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}
