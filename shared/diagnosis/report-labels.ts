import type { Language } from '../model/entities';
import { chineseNumeral } from '../policy/article-numbering';

/** The texts of 《跨部门协作现状调研报告》 that are not the consultant's own, in one language. */
export interface ReportLabels {
  readonly title: string;
  readonly chapterHeading: (n: number, title: string) => string;
  readonly sectionHeading: (chapter: number, n: number, title: string) => string;
  readonly chapters: {
    readonly scope: string;
    readonly processes: string;
    readonly survey: string;
    readonly history: string;
    readonly problems: string;
    readonly ranking: string;
    readonly recommendations: string;
    /** Only when a process has a saved version to compare with. */
    readonly comparison: string;
  };
  readonly scopeSummary: (p: { processes: string; processCount: number; departments: string; departmentCount: number }) => string;
  readonly noScope: string;
  readonly interviewees: string;
  readonly intervieweesCaption: string;
  readonly noInterviewees: string;
  readonly method: string;
  readonly methodInterviews: (planned: number, done: number, notes: number) => string;
  readonly methodSurvey: (dimensions: string, questions: number, responses: number) => string;
  readonly methodHistory: (period: string, processes: number) => string;
  readonly period: (from: string, to: string) => string;
  readonly noPeriod: string;
  readonly number: string;
  readonly name: string;
  readonly position: string;
  readonly plannedDate: string;
  readonly processListIntro: (count: number, table: string) => string;
  readonly processListCaption: string;
  readonly category: string;
  readonly stepCount: string;
  readonly problemCount: string;
  readonly diagramCaption: (name: string) => string;
  readonly processWithoutSteps: (name: string) => string;
  readonly noSurvey: string;
  readonly surveySummary: (responses: number, byDepartment: string, means: string) => string;
  readonly dimensionMeans: (means: string, lowest: string) => string;
  readonly surveyChartCaption: string;
  readonly surveyTableCaption: string;
  readonly questionTableCaption: string;
  readonly dimension: string;
  readonly question: string;
  readonly code: string;
  readonly respondents: string;
  readonly meanWithN: (mean: string, n: number) => string;
  readonly noHistory: string;
  readonly historySummary: (period: string, worstDelay: string, worstRework: string) => string;
  readonly worst: (metric: string, name: string, rate: string) => string;
  readonly historyRatesCaption: string;
  readonly complaintsCaption: string;
  readonly historyTableCaption: string;
  readonly periodColumn: string;
  readonly problemsIntro: (count: number) => string;
  readonly problemLine: (label: string, text: string) => string;
  readonly rankingIntro: (rule: string) => string;
  readonly rankingCaption: string;
  readonly defaultRecommendations: (firsts: readonly string[]) => string;
  readonly noRecommendations: string;
  readonly headerLine: string;
}

const zh: ReportLabels = {
  title: '跨部门协作现状调研报告',
  chapterHeading: (n, title) => `${chineseNumeral(n)}、${title}`,
  sectionHeading: (_c, n, title) => `（${chineseNumeral(n)}）${title}`,
  chapters: {
    scope: '调研范围与方法',
    processes: '现有流程清单',
    survey: '问卷调查结果',
    history: '历史数据分析',
    problems: '核心问题清单',
    ranking: '改进优先级排序',
    recommendations: '改进建议',
    comparison: '优化前后对比',
  },
  scopeSummary: (p) => `本次调研覆盖 ${p.processCount} 个协作场景（${p.processes}），涉及 ${p.departmentCount} 个部门（${p.departments}）。`,
  noScope: '调研范围尚未确定。',
  interviewees: '访谈对象',
  intervieweesCaption: '访谈对象名单',
  noInterviewees: '尚未安排访谈对象。',
  method: '调研方法',
  methodInterviews: (planned, done, notes) => `深度访谈：与各部门负责人及核心员工一对一交流，计划访谈 ${planned} 人，已完成 ${done} 人，形成访谈记录 ${notes} 份。`,
  methodSurvey: (dimensions, questions, responses) =>
    `问卷调查：结构化问卷含${dimensions}等维度共 ${questions} 道题，采用 1–5 分量表（1 = 非常不同意，5 = 非常同意），回收有效问卷 ${responses} 份。`,
  methodHistory: (period, processes) => `历史数据分析：调取${period}跨部门项目数据（项目延期率、协作投诉次数、返工率），覆盖 ${processes} 个流程。`,
  period: (from, to) => `${from || '…'} 至 ${to || '…'}`,
  noPeriod: '近 1 年',
  number: '序号',
  name: '姓名',
  position: '岗位',
  plannedDate: '计划日期',
  processListIntro: (count, table) => `现有跨部门协作流程共 ${count} 个，清单见${table}，各流程泳道图如下。`,
  processListCaption: '现有流程清单',
  category: '类别',
  stepCount: '节点数',
  problemCount: '问题数',
  diagramCaption: (name) => `${name}泳道图（现状）`,
  processWithoutSteps: (name) => `${name}的节点尚未梳理。`,
  noSurvey: '尚未回收问卷。',
  surveySummary: (responses, byDepartment, means) => `共回收有效问卷 ${responses} 份（${byDepartment}）。${means}`,
  dimensionMeans: (means, lowest) => `各维度平均分：${means}；得分最低的维度为${lowest}。`,
  surveyChartCaption: '各部门各维度平均分',
  surveyTableCaption: '各维度平均分（按部门）',
  questionTableCaption: '各题得分与分布',
  dimension: '维度',
  question: '题目',
  code: '编号',
  respondents: '人数',
  meanWithN: (mean, n) => `${mean}（n=${n}）`,
  noHistory: '尚未录入历史数据。',
  historySummary: (period, worstDelay, worstRework) => `统计期间：${period}。${worstDelay}${worstRework}`,
  worst: (metric, name, rate) => `${metric}以${name}最高（${rate}）。`,
  historyRatesCaption: '各流程项目延期率与返工率',
  complaintsCaption: '各流程协作投诉次数',
  historyTableCaption: '历史项目数据',
  periodColumn: '统计期间',
  problemsIntro: (count) => `调研共识别核心问题 ${count} 项，按优先级排列如下。`,
  problemLine: (label, text) => `${label}：${text}`,
  rankingIntro: (rule) => `改进优先级按以下规则计算：${rule}`,
  rankingCaption: '改进优先级排序',
  defaultRecommendations: (firsts) => `建议优先解决以下问题：${firsts.join('；')}。`,
  noRecommendations: '改进建议待补充。',
  headerLine: '跨部门协作现状调研报告',
};

const en: ReportLabels = {
  title: 'Cross-Department Collaboration: Status Report',
  chapterHeading: (n, title) => `${n} ${title}`,
  sectionHeading: (c, n, title) => `${c}.${n} ${title}`,
  chapters: {
    scope: 'Scope and method',
    processes: 'Current processes',
    survey: 'Questionnaire results',
    history: 'History data',
    problems: 'Core problems',
    ranking: 'Priority ranking',
    recommendations: 'Recommendations',
    comparison: 'Before and after the redesign',
  },
  scopeSummary: (p) =>
    `The research covers ${p.processCount} collaboration ${p.processCount === 1 ? 'scenario' : 'scenarios'} (${p.processes}) and ${p.departmentCount} ${p.departmentCount === 1 ? 'department' : 'departments'} (${p.departments}).`,
  noScope: 'The research scope is yet to be set.',
  interviewees: 'Interviewees',
  intervieweesCaption: 'Interviewees',
  noInterviewees: 'No interviews are planned yet.',
  method: 'Method',
  methodInterviews: (planned, done, notes) =>
    `In-depth interviews: one-to-one with department heads and core staff; ${planned} planned, ${done} done, ${notes} interview ${notes === 1 ? 'note' : 'notes'} written.`,
  methodSurvey: (dimensions, questions, responses) =>
    `Questionnaire: ${questions} statements in the dimensions ${dimensions}, rated 1 (strongly disagree) to 5 (strongly agree); ${responses} valid ${responses === 1 ? 'response' : 'responses'}.`,
  methodHistory: (period, processes) => `History data: cross-department project data of ${period} (delay rate, collaboration complaints, rework rate) for ${processes} ${processes === 1 ? 'process' : 'processes'}.`,
  period: (from, to) => `${from || '…'} to ${to || '…'}`,
  noPeriod: 'the past year',
  number: 'No.',
  name: 'Name',
  position: 'Position',
  plannedDate: 'Planned date',
  processListIntro: (count, table) => `There are ${count} cross-department ${count === 1 ? 'process' : 'processes'}, listed in ${table}; their swimlane diagrams follow.`,
  processListCaption: 'Current processes',
  category: 'Category',
  stepCount: 'Steps',
  problemCount: 'Problems',
  diagramCaption: (name) => `Swimlane diagram of ${name} (as is)`,
  processWithoutSteps: (name) => `The steps of ${name} are yet to be mapped.`,
  noSurvey: 'No questionnaire responses yet.',
  surveySummary: (responses, byDepartment, means) => `${responses} valid ${responses === 1 ? 'response' : 'responses'} (${byDepartment}). ${means}`,
  dimensionMeans: (means, lowest) => `Mean per dimension: ${means}; the lowest is ${lowest}.`,
  surveyChartCaption: 'Mean score per dimension and department',
  surveyTableCaption: 'Mean score per dimension, by department',
  questionTableCaption: 'Scores and distribution per question',
  dimension: 'Dimension',
  question: 'Statement',
  code: 'No.',
  respondents: 'Respondents',
  meanWithN: (mean, n) => `${mean} (n=${n})`,
  noHistory: 'No history data entered yet.',
  historySummary: (period, worstDelay, worstRework) => `Period: ${period}. ${worstDelay}${worstRework}`,
  worst: (metric, name, rate) => `${metric} is highest in ${name} (${rate}). `,
  historyRatesCaption: 'Delay rate and rework rate per process',
  complaintsCaption: 'Collaboration complaints per process',
  historyTableCaption: 'History project data',
  periodColumn: 'Period',
  problemsIntro: (count) => `The research found ${count} core ${count === 1 ? 'problem' : 'problems'}, listed by priority.`,
  problemLine: (label, text) => `${label}: ${text}`,
  rankingIntro: (rule) => `Priorities follow this rule: ${rule}`,
  rankingCaption: 'Priority ranking',
  defaultRecommendations: (firsts) => `We recommend addressing these problems first: ${firsts.join('; ')}.`,
  noRecommendations: 'Recommendations are yet to be written.',
  headerLine: 'Cross-Department Collaboration: Status Report',
};

export function reportLabels(language: Language): ReportLabels {
  return language === 'zh-CN' ? zh : en;
}
