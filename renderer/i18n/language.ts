import type { Language } from '../../shared/model/entities';

/** Any Chinese locale gets Simplified Chinese; everything else gets English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
