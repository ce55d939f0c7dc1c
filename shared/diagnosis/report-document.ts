import type { Language } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import { comparisonBlocks } from '../metrics/policy-appendix';
import type { PolicyBlock, PolicyTable } from '../policy/policy-document-types';
import { addressedProblems } from '../versions/addressed-problems';
import { exportComparisons } from '../versions/process-versions';
import { policyLabels, type PolicyLabels } from '../policy/policy-labels';
import { chartTexts, complaintsChartSvg, historyRatesChartSvg, surveyChartSvg, type ChartTexts } from './charts/diagnosis-charts';
import { diagnosisTerms, type DiagnosisTerms } from './diagnosis-terms';
import { formatRate, processHistories, type ProcessHistory } from './history-figures';
import { problemLinks } from './problem-links';
import { formatNumber, type RankedProblem } from './problem-priority';
import { problemRegister, type RegisterEntry } from './problem-register';
import { questionCount } from './questionnaire';
import { reportedProcesses, researchScope } from './research-scope';
import { reportLabels, type ReportLabels } from './report-labels';
import { formatMean, groupKey, surveyResults, type SurveyResults } from './survey-results';

export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'table'; readonly caption: string; readonly table: PolicyTable }
  /** A process's swimlane diagram, drawn by the exporter like the policy draft's. */
  | { readonly kind: 'diagram'; readonly processId: string; readonly caption: string }
  /** A chart drawn from the model as SVG; the exporter rasterises it. */
  | { readonly kind: 'chart'; readonly svg: string; readonly caption: string };

export interface ReportChapter {
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

/** 《跨部门协作现状调研报告》 in reading order, numbered, in the project's language. */
export interface ReportDocument {
  readonly language: Language;
  readonly title: string;
  readonly organisation: string;
  readonly chapters: readonly ReportChapter[];
}

class Numbers {
  private figures = 0;
  private tables = 0;
  constructor(private readonly labels: PolicyLabels) {}
  figure(text: string): string {
    return this.labels.caption(this.labels.figure(++this.figures), text);
  }
  /** The next table's number, for a sentence that refers to it before its caption. */
  peekTable(): string {
    return this.labels.table(this.tables + 1);
  }
  table(text: string): string {
    return this.labels.caption(this.labels.table(++this.tables), text);
  }
}

interface Context {
  readonly state: ProjectState;
  readonly labels: ReportLabels;
  readonly terms: DiagnosisTerms;
  readonly policy: PolicyLabels;
  readonly numbers: Numbers;
  readonly chartTexts: ChartTexts;
}

function dataTable(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], centred: readonly number[] = [], landscape = false): PolicyTable {
  return { role: 'legend', widths, header: [header.map((text) => ({ text }))], rows, centred, landscape, blank: false };
}

const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });
const paragraphs = (text: string): ReportBlock[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map(paragraph);

function departmentName(state: ProjectState, id: string | null): string {
  return id ? (state.tables.departments[id]?.name ?? '') : '';
}

function scopeChapter(c: Context): ReportChapter {
  const { state, labels, terms, policy } = c;
  const scope = researchScope(state);
  const blocks: ReportBlock[] = [];
  const settings = state.meta.diagnosis;
  if (settings.scopeNote.trim()) blocks.push(...paragraphs(settings.scopeNote));
  else if (scope.processes.length + scope.departments.length > 0) {
    blocks.push(
      paragraph(
        labels.scopeSummary({
          processes: policy.list(scope.processes.map((p) => p.name)),
          processCount: scope.processes.length,
          departments: policy.list(scope.departments.map((d) => d.name)),
          departmentCount: scope.departments.length,
        }),
      ),
    );
  } else blocks.push(paragraph(labels.noScope));

  blocks.push({ kind: 'heading', text: labels.sectionHeading(1, 1, labels.interviewees) });
  const people = sortedByOrder(Object.values(state.tables.interviewees));
  if (people.length === 0) blocks.push(paragraph(labels.noInterviewees));
  else
    blocks.push({
      kind: 'table',
      caption: c.numbers.table(labels.intervieweesCaption),
      table: dataTable(
        [labels.number, labels.name, labels.position, terms.department, labels.plannedDate, terms.status],
        people.map((p, i) => [String(i + 1), p.name, p.position, departmentName(state, p.departmentId), p.plannedDate, terms.intervieweeStatuses[p.status]]),
        [1, 2, 3, 3, 2.4, 1.8],
        [0, 4, 5],
      ),
    });

  blocks.push({ kind: 'heading', text: labels.sectionHeading(1, 2, labels.method) });
  const dims = sortedByOrder(Object.values(state.tables.surveyDimensions));
  const questions = Object.keys(state.tables.surveyQuestions).length;
  const period = settings.periodFrom || settings.periodTo ? labels.period(settings.periodFrom, settings.periodTo) : labels.noPeriod;
  blocks.push(
    paragraph(labels.methodInterviews(people.filter((p) => p.status !== 'cancelled').length, people.filter((p) => p.status === 'done').length, Object.keys(state.tables.interviews).length)),
    paragraph(labels.methodSurvey(policy.list(dims.map((d) => (state.meta.language === 'zh-CN' ? d.nameZh || d.nameEn : d.nameEn || d.nameZh))), questions, Object.keys(state.tables.surveyResponses).length)),
    paragraph(labels.methodHistory(period, new Set(Object.values(state.tables.historyRecords).map((r) => r.processId)).size)),
  );
  return { title: labels.chapters.scope, blocks };
}

function processesChapter(c: Context, problemCounts: ReadonlyMap<string, number>): ReportChapter {
  const { state, labels, terms } = c;
  const processes = reportedProcesses(state);
  const blocks: ReportBlock[] = [];
  if (processes.length === 0) return { title: labels.chapters.processes, blocks: [paragraph(labels.noScope)] };
  blocks.push(paragraph(labels.processListIntro(processes.length, c.numbers.peekTable())));
  const lanes = sortedByOrder(Object.values(state.tables.lanes));
  const stepCounts = new Map<string, number>();
  for (const s of Object.values(state.tables.steps)) stepCounts.set(s.processId, (stepCounts.get(s.processId) ?? 0) + 1);
  blocks.push({
    kind: 'table',
    caption: c.numbers.table(labels.processListCaption),
    table: dataTable(
      [labels.number, terms.process, labels.category, terms.departments, labels.stepCount, labels.problemCount],
      processes.map((p, i) => [
        String(i + 1),
        p.name,
        p.category,
        lanes
          .filter((l) => l.processId === p.id)
          .map((l) => departmentName(state, l.departmentId))
          .filter(Boolean)
          .join(terms.listSeparator),
        String(stepCounts.get(p.id) ?? 0),
        String(problemCounts.get(p.id) ?? 0),
      ]),
      [1, 3.2, 2.2, 4.4, 1.4, 1.4],
      [0, 4, 5],
    ),
  });
  processes.forEach((p, i) => {
    blocks.push({ kind: 'heading', text: labels.sectionHeading(2, i + 1, p.name) });
    if (p.description.trim()) blocks.push(...paragraphs(p.description));
    if ((stepCounts.get(p.id) ?? 0) === 0) blocks.push(paragraph(labels.processWithoutSteps(p.name)));
    else blocks.push({ kind: 'diagram', processId: p.id, caption: c.numbers.figure(labels.diagramCaption(p.name)) });
  });
  return { title: labels.chapters.processes, blocks };
}

function surveyChapter(c: Context, results: SurveyResults): ReportChapter {
  const { labels, terms, policy } = c;
  if (results.responses === 0) return { title: labels.chapters.survey, blocks: [paragraph(labels.noSurvey)] };
  const byDepartment = policy.list(results.groups.map((g) => `${g.name} ${g.responses}`));
  const scored = results.dimensions.filter((d) => d.overall.mean !== null);
  const lowest = scored.reduce<(typeof scored)[number] | null>((low, d) => (low === null || d.overall.mean! < low.overall.mean! ? d : low), null);
  const means = lowest ? labels.dimensionMeans(policy.list(scored.map((d) => `${d.item.name} ${formatMean(d.overall.mean)}`)), lowest.item.name) : '';
  const blocks: ReportBlock[] = [paragraph(labels.surveySummary(results.responses, byDepartment, means).trim())];
  blocks.push({ kind: 'chart', svg: surveyChartSvg(results, c.chartTexts), caption: c.numbers.figure(labels.surveyChartCaption) });

  const groups = [...results.groups.map((g) => ({ key: groupKey(g.id), name: g.name })), { key: null, name: terms.overall }];
  blocks.push({
    kind: 'table',
    caption: c.numbers.table(labels.surveyTableCaption),
    table: dataTable(
      [labels.dimension, ...groups.map((g) => g.name)],
      results.dimensions.map((d) => [
        d.item.name,
        ...groups.map((g) => {
          const stat = g.key === null ? d.overall : d.byGroup.get(g.key);
          return stat ? labels.meanWithN(formatMean(stat.mean), stat.respondents) : terms.missing;
        }),
      ]),
      [3, ...groups.map(() => 2)],
      groups.map((_, i) => i + 1),
      groups.length > 5,
    ),
  });
  blocks.push({
    kind: 'table',
    caption: c.numbers.table(labels.questionTableCaption),
    table: dataTable(
      [labels.code, labels.question, terms.mean, 'n', '1', '2', '3', '4', '5'],
      results.dimensions.flatMap((d) => [
        [String(d.item.number), d.item.name, formatMean(d.overall.mean), String(d.overall.respondents), ...d.overall.distribution.map(String)],
        ...d.questions.map((q) => [q.item.code, q.item.text, formatMean(q.overall.mean), String(q.overall.n), ...q.overall.distribution.map(String)]),
      ]),
      [1, 6, 1.4, 1, 0.8, 0.8, 0.8, 0.8, 0.8],
      [0, 2, 3, 4, 5, 6, 7, 8],
    ),
  });
  return { title: labels.chapters.survey, blocks };
}

function worstBy(histories: readonly ProcessHistory[], rate: (h: ProcessHistory) => number | null): ProcessHistory | null {
  return histories.reduce<ProcessHistory | null>((w, h) => ((rate(h) ?? -1) > (w ? (rate(w) ?? -1) : -1) ? h : w), null);
}

function historyChapter(c: Context, histories: readonly ProcessHistory[]): ReportChapter {
  const { state, labels, terms } = c;
  if (histories.length === 0) return { title: labels.chapters.history, blocks: [paragraph(labels.noHistory)] };
  const settings = state.meta.diagnosis;
  const period = settings.periodFrom || settings.periodTo ? labels.period(settings.periodFrom, settings.periodTo) : labels.noPeriod;
  const delay = worstBy(histories, (h) => h.totals.delayRate);
  const rework = worstBy(histories, (h) => h.totals.reworkRate);
  const blocks: ReportBlock[] = [
    paragraph(
      labels.historySummary(
        period,
        delay && delay.totals.delayRate !== null ? labels.worst(terms.delayRate, delay.process.name, formatRate(delay.totals.delayRate)) : '',
        rework && rework.totals.reworkRate !== null ? labels.worst(terms.reworkRate, rework.process.name, formatRate(rework.totals.reworkRate)) : '',
      ).trim(),
    ),
    { kind: 'chart', svg: historyRatesChartSvg(histories, c.chartTexts), caption: c.numbers.figure(labels.historyRatesCaption) },
    { kind: 'chart', svg: complaintsChartSvg(histories, c.chartTexts), caption: c.numbers.figure(labels.complaintsCaption) },
  ];
  const rows: string[][] = [];
  for (const h of histories) {
    const records = h.records.length > 1 || h.records[0]?.departmentId ? h.records : [];
    rows.push([h.process.name, records.length ? terms.overall : terms.allDepartments, '', String(h.totals.projects), String(h.totals.delayedProjects), formatRate(h.totals.delayRate), String(h.totals.complaints), String(h.totals.reworks), formatRate(h.totals.reworkRate)]);
    for (const r of records) {
      const rate = (n: number) => formatRate(r.projects > 0 ? n / r.projects : null);
      rows.push(['', r.departmentId ? departmentName(state, r.departmentId) : terms.allDepartments, labels.period(r.periodFrom, r.periodTo), String(r.projects), String(r.delayedProjects), rate(r.delayedProjects), String(r.complaints), String(r.reworks), rate(r.reworks)]);
    }
  }
  blocks.push({
    kind: 'table',
    caption: c.numbers.table(labels.historyTableCaption),
    table: dataTable(
      [terms.process, terms.department, labels.periodColumn, terms.projects, terms.delayedProjects, terms.delayRate, terms.complaints, terms.reworks, terms.reworkRate],
      rows,
      [3, 2.2, 3, 1.3, 1.5, 1.5, 1.5, 1.3, 1.5],
      [3, 4, 5, 6, 7, 8],
      true,
    ),
  });
  return { title: labels.chapters.history, blocks };
}

function problemsChapter(c: Context, register: readonly RegisterEntry[]): ReportChapter {
  const { labels, terms } = c;
  if (register.length === 0) return { title: labels.chapters.problems, blocks: [paragraph(terms.noProblems)] };
  const blocks: ReportBlock[] = [paragraph(labels.problemsIntro(register.length))];
  register.forEach((entry, i) => {
    const { problem } = entry;
    blocks.push({ kind: 'heading', text: labels.sectionHeading(5, i + 1, problem.title) });
    if (problem.description.trim()) blocks.push(...paragraphs(problem.description));
    const line = (label: string, text: string) => (text.trim() ? [paragraph(labels.problemLine(label, text))] : []);
    blocks.push(
      ...line(terms.source, terms.sources[problem.source]),
      ...line(terms.processes, entry.processes.join(terms.listSeparator)),
      ...line(terms.steps, entry.steps.join(terms.listSeparator)),
      ...line(terms.departments, entry.departments.join(terms.listSeparator)),
      ...line(terms.evidence, problem.evidence),
      ...line(terms.measure, problem.measure),
      ...line(terms.addressedBy, entry.addressedBy.join(terms.listSeparator)),
    );
  });
  return { title: labels.chapters.problems, blocks };
}

function rankingChapter(c: Context, ranked: readonly RankedProblem[]): ReportChapter {
  const { state, labels, terms } = c;
  const blocks: ReportBlock[] = [paragraph(labels.rankingIntro(terms.rule(state.meta.diagnosis)))];
  if (ranked.length === 0) return { title: labels.chapters.ranking, blocks: [...blocks, paragraph(terms.noProblems)] };
  blocks.push({
    kind: 'table',
    caption: c.numbers.table(labels.rankingCaption),
    table: dataTable(
      [terms.rank, terms.problem, terms.impact, terms.urgency, terms.score, terms.priority, terms.status, terms.measure],
      ranked.map((r) => [String(r.rank), r.problem.title, String(r.problem.impact), String(r.problem.urgency), formatNumber(r.score), terms.bands[r.band], terms.statuses[r.problem.status], r.problem.measure]),
      [1, 5, 1.3, 1.6, 1.4, 1.3, 2, 3.4],
      [0, 2, 3, 4, 5],
      true,
    ),
  });
  return { title: labels.chapters.ranking, blocks };
}

function recommendationsChapter(c: Context, ranked: readonly RankedProblem[]): ReportChapter {
  const { state, labels } = c;
  const own = state.meta.diagnosis.recommendations;
  if (own.trim()) return { title: labels.chapters.recommendations, blocks: paragraphs(own) };
  const firsts = ranked.filter((r) => r.band === 'high' && r.problem.status === 'open').map((r) => r.problem.title);
  return { title: labels.chapters.recommendations, blocks: [paragraph(firsts.length ? labels.defaultRecommendations(firsts) : labels.noRecommendations)] };
}

/** A block of the policy appendix's comparison section as the report prints it: its sections and captions numbered. */
function reportBlock(c: Context, chapter: number, b: PolicyBlock, nextSection: () => number): ReportBlock {
  switch (b.kind) {
    case 'heading':
      return { kind: 'heading', text: c.labels.sectionHeading(chapter, nextSection(), b.text) };
    case 'table':
      return { kind: 'table', caption: c.numbers.table(b.caption), table: b.table };
    case 'diagram':
      return { kind: 'diagram', processId: b.processId, caption: c.numbers.figure(b.caption) };
    case 'article':
      return paragraph([b.label, b.text, ...b.items].filter(Boolean).join(' '));
    case 'paragraph':
      return paragraph(b.text);
  }
}

/** The redesign measured: per process with a saved version, the same comparison the policy draft's appendix gives. */
function comparisonChapter(c: Context, chapter: number): ReportChapter | null {
  const { state } = c;
  const comparisons = exportComparisons(state);
  const blocks: ReportBlock[] = [];
  let section = 0;
  for (const p of sortedByOrder(Object.values(state.tables.processes))) {
    for (const cmp of comparisons.get(p.id) ?? []) {
      for (const b of comparisonBlocks(cmp, p.name, state.meta.language, addressedProblems(state, p.id, cmp))) blocks.push(reportBlock(c, chapter, b, () => ++section));
    }
  }
  return blocks.length > 0 ? { title: c.labels.chapters.comparison, blocks } : null;
}

/** The whole status report from the model; pictures are left to the exporter. */
export function buildStatusReport(state: ProjectState): ReportDocument {
  const language = state.meta.language;
  const labels = reportLabels(language);
  const terms = diagnosisTerms(language);
  const policy = policyLabels(language);
  const c: Context = { state, labels, terms, policy, numbers: new Numbers(policy), chartTexts: chartTexts(terms) };
  const register = problemRegister(state);
  const links = problemLinks(state);
  const problemCounts = new Map<string, number>();
  for (const l of links.values()) {
    const processes = new Set([...l.processIds, ...l.stepIds.map((s) => state.tables.steps[s]?.processId ?? '')]);
    for (const p of processes) if (p) problemCounts.set(p, (problemCounts.get(p) ?? 0) + 1);
  }
  // Built in reading order: tables and figures are numbered as each chapter is made.
  const chapters = [
    scopeChapter(c),
    processesChapter(c, problemCounts),
    surveyChapter(c, surveyResults(state, language, terms.noDepartment)),
    historyChapter(c, processHistories(state)),
    problemsChapter(c, register),
    rankingChapter(c, register),
  ];
  const comparison = comparisonChapter(c, chapters.length + 1);
  if (comparison) chapters.push(comparison);
  chapters.push(recommendationsChapter(c, register));
  return {
    language,
    title: labels.title,
    organisation: state.meta.organisation,
    chapters,
  };
}
