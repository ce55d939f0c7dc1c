import type { Language } from '../model/entities';
import type { SurveyDimension, SurveyQuestion } from '../model/diagnosis-entities';
import { sortedByOrder, type Tables } from '../model/project-state';

export interface QuestionnaireQuestion {
  readonly question: SurveyQuestion;
  /** "2.3": dimension number and place in it, as the form and the report print it. */
  readonly code: string;
  readonly text: string;
}

export interface QuestionnaireDimension {
  readonly dimension: SurveyDimension;
  readonly number: number;
  readonly name: string;
  readonly questions: readonly QuestionnaireQuestion[];
}

/** A text of the questionnaire in `language`, the other language's when it has none. */
export function inLanguage(language: Language, zh: string, en: string): string {
  return (language === 'zh-CN' ? zh || en : en || zh).trim();
}

export function dimensionName(dimension: SurveyDimension, language: Language): string {
  return inLanguage(language, dimension.nameZh, dimension.nameEn);
}

export function questionText(question: SurveyQuestion, language: Language): string {
  return inLanguage(language, question.textZh, question.textEn);
}

/** What the questionnaire is made of: a project state, or just its two tables. */
export interface QuestionnaireSource {
  readonly tables: Pick<Tables, 'surveyDimensions' | 'surveyQuestions'>;
}

/** The questionnaire as the form shows it: dimensions and their questions in order, numbered. */
export function questionnaire(state: QuestionnaireSource, language: Language): QuestionnaireDimension[] {
  const byDimension = new Map<string, SurveyQuestion[]>();
  for (const q of Object.values(state.tables.surveyQuestions)) {
    const list = byDimension.get(q.dimensionId) ?? [];
    list.push(q);
    byDimension.set(q.dimensionId, list);
  }
  return sortedByOrder(Object.values(state.tables.surveyDimensions)).map((dimension, d) => ({
    dimension,
    number: d + 1,
    name: dimensionName(dimension, language),
    questions: sortedByOrder(byDimension.get(dimension.id) ?? []).map((question, q) => ({ question, code: `${d + 1}.${q + 1}`, text: questionText(question, language) })),
  }));
}

export function questionCount(dimensions: readonly QuestionnaireDimension[]): number {
  return dimensions.reduce((n, d) => n + d.questions.length, 0);
}
