import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATES, type TemplateId } from '../../shared/templates/template-catalogue';
import { languageFromLocale } from '../i18n/language';

interface StartFromChoiceProps {
  /** null: a blank project. */
  value: TemplateId | null;
  onChange: (value: TemplateId | null) => void;
}

interface Option {
  id: TemplateId | null;
  name: string;
  description: string;
}

/** Blank or one of the scenario templates, as radio cards; names and descriptions follow the interface language. */
export function StartFromChoice({ value, onChange }: StartFromChoiceProps) {
  const { t, i18n } = useTranslation();
  const ui = languageFromLocale(i18n.language);
  const group = useId();
  const options: Option[] = [
    { id: null, name: t('start.blank'), description: t('start.blankDescription') },
    ...TEMPLATES.map((x) => ({ id: x.id, name: x.name[ui], description: x.description[ui] })),
  ];

  return (
    <fieldset className="start-from">
      <legend>{t('start.startFrom')}</legend>
      <div className="choice-cards">
        {options.map((option) => {
          const key = option.id ?? 'blank';
          const checked = option.id === value;
          return (
            <label key={key} className={checked ? 'choice-card checked' : 'choice-card'}>
              <input type="radio" name={group} checked={checked} aria-labelledby={`${group}-${key}-name`} aria-describedby={`${group}-${key}`} onChange={() => onChange(option.id)} />
              <span className="choice-text">
                <span className="choice-name" id={`${group}-${key}-name`}>
                  {option.name}
                </span>
                <span className="choice-description" id={`${group}-${key}`}>
                  {option.description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
