import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/model/entities';

/** Switches the interface language only; the project's own language is unchanged. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="language-switch"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(e) => void i18n.changeLanguage(e.target.value)}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language}>
          {t(`language.${language}`)}
        </option>
      ))}
    </select>
  );
}
