import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES } from '../../shared/model/entities';
import { en } from './en';
import { languageFromLocale } from './language';
import { userErrorStrings } from './user-error-strings';
import { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
}

export function initI18n(): typeof i18next {
  i18next.on('languageChanged', reflectLanguage);
  void i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: zhCN, userErrors: userErrorStrings('zh-CN') },
      en: { translation: en, userErrors: userErrorStrings('en') },
    },
    lng: languageFromLocale(navigator.language),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // React escapes interpolated values itself.
    interpolation: { escapeValue: false },
    // Resources are bundled, so init can finish before the first render.
    initAsync: false,
  });
  return i18next;
}
