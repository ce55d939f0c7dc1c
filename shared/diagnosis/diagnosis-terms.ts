import type { Language } from '../model/entities';
import type { IntervieweeStatus, ProblemSource, ProblemStatus } from '../model/diagnosis-entities';
import type { PriorityBand } from './problem-priority';
import { effectiveWeights, formatNumber, type PriorityRule } from './problem-priority';

/** The words of the diagnosis every export uses (report, workbook sheets, forms), in one language. */
export interface DiagnosisTerms {
  readonly sources: Readonly<Record<ProblemSource, string>>;
  readonly statuses: Readonly<Record<ProblemStatus, string>>;
  readonly bands: Readonly<Record<PriorityBand, string>>;
  readonly intervieweeStatuses: Readonly<Record<IntervieweeStatus, string>>;
  readonly problemRegister: string;
  readonly rank: string;
  readonly problem: string;
  readonly description: string;
  readonly source: string;
  readonly processes: string;
  readonly steps: string;
  readonly departments: string;
  readonly evidence: string;
  readonly impact: string;
  readonly urgency: string;
  readonly score: string;
  readonly priority: string;
  readonly status: string;
  readonly measure: string;
  readonly addressedBy: string;
  readonly noProblems: string;
  readonly process: string;
  readonly department: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly projects: string;
  readonly delayedProjects: string;
  readonly delayRate: string;
  readonly complaints: string;
  readonly reworks: string;
  readonly reworkRate: string;
  readonly note: string;
  readonly allDepartments: string;
  readonly noDepartment: string;
  readonly overall: string;
  readonly mean: string;
  readonly missing: string;
  readonly listSeparator: string;
  /** The priority rule in words, with the project's weights and bands. */
  readonly rule: (rule: PriorityRule) => string;
}

const zh: DiagnosisTerms = {
  sources: { interview: '深度访谈', questionnaire: '问卷调查', data: '历史数据', workshop: '研讨会' },
  statuses: { open: '待解决', addressed: '已由新流程解决', accepted: '接受现状' },
  bands: { high: '高', medium: '中', low: '低' },
  intervieweeStatuses: { planned: '计划中', done: '已完成', cancelled: '已取消' },
  problemRegister: '问题清单',
  rank: '排名',
  problem: '问题',
  description: '问题描述',
  source: '来源',
  processes: '涉及流程',
  steps: '涉及节点',
  departments: '涉及部门',
  evidence: '证据',
  impact: '影响程度',
  urgency: '频率/紧迫性',
  score: '优先级得分',
  priority: '优先级',
  status: '状态',
  measure: '改进衡量指标',
  addressedBy: '解决方式',
  noProblems: '尚未记录问题。',
  process: '流程',
  department: '部门',
  periodFrom: '统计期间起',
  periodTo: '统计期间止',
  projects: '项目数',
  delayedProjects: '延期项目数',
  delayRate: '项目延期率',
  complaints: '协作投诉次数',
  reworks: '返工次数',
  reworkRate: '返工率',
  note: '备注',
  allDepartments: '（全流程）',
  noDepartment: '未填部门',
  overall: '总体',
  mean: '平均分',
  missing: '–',
  listSeparator: '、',
  rule: (r) => {
    const w = effectiveWeights(r);
    return `优先级得分 =（${formatNumber(w.impact)} × 影响程度 + ${formatNumber(w.urgency)} × 频率/紧迫性）÷ ${formatNumber(w.impact + w.urgency)}；得分 ≥ ${formatNumber(r.highFrom)} 为高优先级，≥ ${formatNumber(Math.min(r.mediumFrom, r.highFrom))} 为中优先级，其余为低优先级。`;
  },
};

const en: DiagnosisTerms = {
  sources: { interview: 'Interview', questionnaire: 'Questionnaire', data: 'History data', workshop: 'Workshop' },
  statuses: { open: 'Open', addressed: 'Addressed by the redesign', accepted: 'Accepted' },
  bands: { high: 'High', medium: 'Medium', low: 'Low' },
  intervieweeStatuses: { planned: 'Planned', done: 'Done', cancelled: 'Cancelled' },
  problemRegister: 'Problem register',
  rank: 'Rank',
  problem: 'Problem',
  description: 'Description',
  source: 'Source',
  processes: 'Processes',
  steps: 'Steps',
  departments: 'Departments',
  evidence: 'Evidence',
  impact: 'Impact',
  urgency: 'Frequency / urgency',
  score: 'Priority score',
  priority: 'Priority',
  status: 'Status',
  measure: 'Measure of improvement',
  addressedBy: 'Addressed by',
  noProblems: 'No problems recorded yet.',
  process: 'Process',
  department: 'Department',
  periodFrom: 'Period from',
  periodTo: 'Period to',
  projects: 'Projects',
  delayedProjects: 'Delayed projects',
  delayRate: 'Delay rate',
  complaints: 'Collaboration complaints',
  reworks: 'Rework count',
  reworkRate: 'Rework rate',
  note: 'Note',
  allDepartments: '(whole process)',
  noDepartment: 'No department given',
  overall: 'Overall',
  mean: 'Mean',
  missing: 'n/a',
  listSeparator: ', ',
  rule: (r) => {
    const w = effectiveWeights(r);
    return `Priority score = (${formatNumber(w.impact)} × impact + ${formatNumber(w.urgency)} × frequency/urgency) ÷ ${formatNumber(w.impact + w.urgency)}; a score of ${formatNumber(r.highFrom)} or more is high priority, ${formatNumber(Math.min(r.mediumFrom, r.highFrom))} or more medium, anything lower low.`;
  },
};

export function diagnosisTerms(language: Language): DiagnosisTerms {
  return language === 'zh-CN' ? zh : en;
}
