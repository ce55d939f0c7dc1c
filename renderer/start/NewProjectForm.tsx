import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/model/entities';
import type { TemplateId } from '../../shared/templates/template-catalogue';
import { languageFromLocale } from '../i18n/language';
import { useProjectStore } from '../state/project-store';
import { showFirstProcess } from '../project/show-first-process';
import { StartFromChoice } from './StartFromChoice';

export function NewProjectForm() {
  const { t, i18n } = useTranslation();
  const create = useProjectStore((s) => s.create);
  const busy = useProjectStore((s) => s.busy);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [templateId, setTemplateId] = useState<TemplateId | null>(null);
  // Follows the interface language until the user picks one.
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const language = chosenLanguage ?? languageFromLocale(i18n.language);
  const id = useId();

  function submit(e: FormEvent<HTMLFormElement>): void {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    void create({ name: trimmed, language, organisation: organisation.trim(), ...(templateId ? { templateId } : {}) }).then((created) => {
      if (created) showFirstProcess();
    });
  }

  return (
    <form className="card new-project" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`}>{t('start.newProject')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('start.projectName')}</label>
        <input id={`${id}-name`} value={name} required maxLength={200} autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('start.projectLanguage')}</label>
        <select
          id={`${id}-language`}
          value={language}
          aria-describedby={`${id}-language-hint`}
          onChange={(e) => setChosenLanguage(languageFromLocale(e.target.value))}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-language-hint`}>
          {t('start.projectLanguageHint')}
        </p>
      </div>
      <div className="field">
        <div className="field-label">
          <label htmlFor={`${id}-organisation`}>{t('start.organisation')}</label>
          <span className="optional">{t('start.optional')}</span>
        </div>
        <input id={`${id}-organisation`} value={organisation} maxLength={200} autoComplete="organization" onChange={(e) => setOrganisation(e.target.value)} />
      </div>
      <StartFromChoice value={templateId} onChange={setTemplateId} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('start.creating') : t('start.create')}
      </button>
    </form>
  );
}
