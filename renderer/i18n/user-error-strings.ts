import { USER_ERRORS } from '../../shared/errors/user-errors';
import type { Language } from '../../shared/model/entities';

type Nested = { [key: string]: string | Nested };

/** The shared catalogue of user errors as i18n resources: "file.not-found" → { file: { 'not-found': … } }. */
export function userErrorStrings(language: Language): Nested {
  const out: Nested = {};
  for (const [key, texts] of Object.entries(USER_ERRORS)) {
    const [group, name] = key.includes('.') ? (key.split('.', 2) as [string, string]) : [key, ''];
    if (!name) out[group] = texts[language];
    else ((out[group] ??= {}) as Nested)[name] = texts[language];
  }
  return out;
}
