import type { Language } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import { questionnaire, type QuestionnaireDimension, type QuestionnaireQuestion } from './questionnaire';

/** Answers 1–5 counted: distribution[0] is how many answered 1. */
export type Distribution = [number, number, number, number, number];

export interface ScoreStat {
  /** Answers counted. */
  readonly n: number;
  /** Respondents who gave at least one of them. */
  readonly respondents: number;
  /** Null when nobody answered. */
  readonly mean: number | null;
  readonly distribution: Distribution;
}

/** A group of respondents: a department, or those whose form named none (id null). */
export interface RespondentGroup {
  readonly id: string | null;
  readonly name: string;
  readonly responses: number;
}

export interface QuestionResult {
  readonly item: QuestionnaireQuestion;
  readonly overall: ScoreStat;
  /** By group id ('' for the group without a department). */
  readonly byGroup: ReadonlyMap<string, ScoreStat>;
}

export interface DimensionResult {
  readonly item: QuestionnaireDimension;
  readonly overall: ScoreStat;
  readonly byGroup: ReadonlyMap<string, ScoreStat>;
  readonly questions: readonly QuestionResult[];
}

export interface SurveyResults {
  readonly responses: number;
  /** Departments with responses, in the departments' order, then the group without one. */
  readonly groups: readonly RespondentGroup[];
  readonly dimensions: readonly DimensionResult[];
}

export const groupKey = (id: string | null): string => id ?? '';

class Tally {
  private readonly counts: Distribution = [0, 0, 0, 0, 0];
  private readonly who = new Set<string>();
  add(value: number, responseId: string): void {
    this.counts[value - 1]!++;
    this.who.add(responseId);
  }
  stat(): ScoreStat {
    const n = this.counts.reduce((a, b) => a + b, 0);
    const sum = this.counts.reduce((a, c, i) => a + c * (i + 1), 0);
    return { n, respondents: this.who.size, mean: n > 0 ? sum / n : null, distribution: [...this.counts] };
  }
}

class GroupedTally {
  readonly overall = new Tally();
  private readonly groups = new Map<string, Tally>();
  add(group: string, value: number, responseId: string): void {
    this.overall.add(value, responseId);
    let tally = this.groups.get(group);
    if (!tally) this.groups.set(group, (tally = new Tally()));
    tally.add(value, responseId);
  }
  byGroup(): Map<string, ScoreStat> {
    return new Map([...this.groups].map(([k, t]) => [k, t.stat()]));
  }
}

/** Mean, n and distribution of every question and dimension, overall and per department. */
export function surveyResults(state: Pick<ProjectState, 'tables'>, language: Language, noDepartment = ''): SurveyResults {
  const dims = questionnaire(state, language);
  const questionTallies = new Map<string, GroupedTally>();
  const dimensionTallies = new Map<string, GroupedTally>();
  const dimensionOf = new Map<string, string>();
  for (const d of dims) {
    dimensionTallies.set(d.dimension.id, new GroupedTally());
    for (const q of d.questions) {
      questionTallies.set(q.question.id, new GroupedTally());
      dimensionOf.set(q.question.id, d.dimension.id);
    }
  }
  const responseGroup = new Map<string, string>();
  const groupSizes = new Map<string, number>();
  for (const r of Object.values(state.tables.surveyResponses)) {
    const key = groupKey(r.departmentId);
    responseGroup.set(r.id, key);
    groupSizes.set(key, (groupSizes.get(key) ?? 0) + 1);
  }
  for (const a of Object.values(state.tables.surveyAnswers)) {
    const group = responseGroup.get(a.responseId);
    const q = questionTallies.get(a.questionId);
    if (group === undefined || !q) continue;
    q.add(group, a.value, a.responseId);
    dimensionTallies.get(dimensionOf.get(a.questionId)!)!.add(group, a.value, a.responseId);
  }

  const groups: RespondentGroup[] = sortedByOrder(Object.values(state.tables.departments))
    .filter((d) => groupSizes.has(d.id))
    .map((d) => ({ id: d.id, name: d.name, responses: groupSizes.get(d.id)! }));
  if (groupSizes.has('')) groups.push({ id: null, name: noDepartment, responses: groupSizes.get('')! });

  return {
    responses: responseGroup.size,
    groups,
    dimensions: dims.map((item) => {
      const tally = dimensionTallies.get(item.dimension.id)!;
      return {
        item,
        overall: tally.overall.stat(),
        byGroup: tally.byGroup(),
        questions: item.questions.map((q) => {
          const qt = questionTallies.get(q.question.id)!;
          return { item: q, overall: qt.overall.stat(), byGroup: qt.byGroup() };
        }),
      };
    }),
  };
}

/** A mean as the report and the view print it: two decimals, or "–" without answers. */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : mean.toFixed(2);
}
