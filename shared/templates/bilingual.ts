import type { Language } from '../model/entities';

/** A template text in every interface language; the caller picks one when instantiating. */
export type Bilingual = Readonly<Record<Language, string>>;

export function t(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}

/** Labels of the two ways out of a review or approval. */
export const APPROVED = t('通过', 'Approved');
export const REJECTED = t('驳回', 'Rejected');
