import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { raciSettingsSchema, type RaciSettings } from '../../shared/model/entities';
import { useProjectStore } from '../state/project-store';

/** The project's RACI thresholds. Undo brings the form back to the restored values (it is keyed on them). */
export function RaciSettingsForm() {
  const settings = useProjectStore((s) => s.project?.state.meta.raciSettings);
  const [saved, setSaved] = useState(false);
  if (!settings) return null;
  return <SettingsFields key={JSON.stringify(settings)} settings={settings} saved={saved} onSaved={setSaved} />;
}

function SettingsFields({ settings, saved, onSaved }: { settings: RaciSettings; saved: boolean; onSaved(saved: boolean): void }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const headingId = useId();
  const [maxConsulted, setMaxConsulted] = useState(String(settings.maxConsulted));
  const [maxInformed, setMaxInformed] = useState(String(settings.maxInformed));
  const [overload, setOverload] = useState(String(Math.round(settings.overloadShare * 100)));
  const [seed, setSeed] = useState(settings.seedResponsible);
  const [events, setEvents] = useState(settings.eventsNeedRaci);
  const [error, setError] = useState(false);

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    const parsed = raciSettingsSchema.safeParse({ maxConsulted: Number(maxConsulted), maxInformed: Number(maxInformed), overloadShare: Number(overload) / 100, seedResponsible: seed, eventsNeedRaci: events });
    if (!parsed.success || [maxConsulted, maxInformed, overload].some((v) => v.trim() === '')) {
      setError(true);
      onSaved(false);
      return;
    }
    setError(false);
    // The parent keeps "saved": this form remounts with the new values.
    onSaved(await execute({ type: 'setMeta', patch: { raciSettings: parsed.data } }));
  }

  const id = (name: string) => `${headingId}-${name}`;
  return (
    <section className="panel raci-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('findings.settings.title')}</h2>
      <p className="hint">{t('findings.settings.intro')}</p>
      <form className="settings-form" aria-labelledby={headingId} onSubmit={(e) => void save(e)} noValidate>
        <label className="setting" htmlFor={id('c')}>
          <span>{t('findings.settings.maxConsulted')}</span>
          <input id={id('c')} type="number" min={1} max={100} step={1} value={maxConsulted} onChange={(e) => setMaxConsulted(e.target.value)} />
        </label>
        <label className="setting" htmlFor={id('i')}>
          <span>{t('findings.settings.maxInformed')}</span>
          <input id={id('i')} type="number" min={1} max={100} step={1} value={maxInformed} onChange={(e) => setMaxInformed(e.target.value)} />
        </label>
        <label className="setting" htmlFor={id('o')}>
          <span>{t('findings.settings.overloadShare')}</span>
          <input id={id('o')} type="number" min={5} max={100} step={5} value={overload} onChange={(e) => setOverload(e.target.value)} />
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={seed} onChange={(e) => setSeed(e.target.checked)} />
          {t('findings.settings.seedResponsible')}
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={events} onChange={(e) => setEvents(e.target.checked)} />
          {t('findings.settings.eventsNeedRaci')}
        </label>
        {error && (
          <p className="form-error" role="alert">
            {t('findings.settings.invalid')}
          </p>
        )}
        <div className="settings-actions">
          <button type="submit" className="primary" onClick={() => onSaved(false)}>
            {t('findings.settings.save')}
          </button>
          <span className="hint" aria-live="polite">
            {saved && !error ? t('findings.settings.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
