import type { DiagnosisTerms } from '../diagnosis-terms';
import type { ProcessHistory } from '../history-figures';
import type { SurveyResults } from '../survey-results';
import { barChartSvg, type ChartSeries } from './bar-chart-svg';

/** Fills that stay apart in colour and in grey on paper (dark, mid, light alternate). */
export const CHART_PALETTE = ['#1f4e79', '#ed7d31', '#a5a5a5', '#375623', '#ffc000', '#7030a0', '#5b9bd5', '#843c0c'] as const;

const series = (names: readonly string[]): ChartSeries[] => names.map((name, i) => ({ name, colour: CHART_PALETTE[i % CHART_PALETTE.length]! }));

export interface ChartTexts {
  readonly overall: string;
  readonly meanAxis: string;
  readonly rateAxis: string;
  readonly countAxis: string;
  readonly delayRate: string;
  readonly reworkRate: string;
  readonly complaints: string;
  readonly missing: string;
}

/** The chart texts in the language of `terms`. */
export function chartTexts(terms: DiagnosisTerms): ChartTexts {
  return {
    overall: terms.overall,
    meanAxis: `${terms.mean} (1–5)`,
    rateAxis: `${terms.delayRate} / ${terms.reworkRate}`,
    countAxis: terms.complaints,
    delayRate: terms.delayRate,
    reworkRate: terms.reworkRate,
    complaints: terms.complaints,
    missing: terms.missing,
  };
}

/** Mean score of each dimension, per department and overall: a row per group, a bar per dimension. */
export function surveyChartSvg(results: SurveyResults, texts: ChartTexts): string {
  const groups = [...results.groups.map((g) => ({ key: g.id ?? '', name: g.name })), { key: null, name: texts.overall }];
  return barChartSvg({
    categories: groups.map((g) => g.name),
    series: series(results.dimensions.map((d) => d.item.name)),
    values: groups.map((g) => results.dimensions.map((d) => (g.key === null ? d.overall.mean : (d.byGroup.get(g.key)?.mean ?? null)))),
    max: 5,
    ticks: [0, 1, 2, 3, 4, 5],
    format: (v) => v.toFixed(2),
    tickFormat: String,
    missing: texts.missing,
    axisLabel: texts.meanAxis,
  });
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= value) return m * step;
  return 10 * step;
}

const ticksTo = (max: number, count: number) => Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

/** Delay rate and rework rate of each process with data. */
export function historyRatesChartSvg(histories: readonly ProcessHistory[], texts: ChartTexts): string {
  const highest = Math.max(0, ...histories.flatMap((h) => [h.totals.delayRate ?? 0, h.totals.reworkRate ?? 0]));
  const max = Math.max(0.1, niceMax(highest));
  return barChartSvg({
    categories: histories.map((h) => h.process.name),
    series: series([texts.delayRate, texts.reworkRate]),
    values: histories.map((h) => [h.totals.delayRate, h.totals.reworkRate]),
    max,
    ticks: ticksTo(max, 5),
    format: (v) => `${Math.round(v * 1000) / 10}%`,
    missing: texts.missing,
    axisLabel: texts.rateAxis,
  });
}

/** Collaboration complaints of each process with data. */
export function complaintsChartSvg(histories: readonly ProcessHistory[], texts: ChartTexts): string {
  const max = niceMax(Math.max(1, ...histories.map((h) => h.totals.complaints)));
  return barChartSvg({
    categories: histories.map((h) => h.process.name),
    series: series([texts.complaints]),
    values: histories.map((h) => [h.totals.complaints]),
    max,
    ticks: ticksTo(max, max >= 5 ? 5 : max),
    format: (v) => String(Math.round(v * 10) / 10),
    missing: texts.missing,
    axisLabel: texts.countAxis,
  });
}
