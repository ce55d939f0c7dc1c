import type { Language, StepKind } from '../model/entities';
import { policyLabels } from '../policy/policy-labels';
import type { AddressingChange } from '../versions/addressed-problems';
import type { MetricKey, StepField } from '../versions/version-compare';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'relabelled' | 'moved';
export type ChangeSubject = 'step' | 'flow' | 'lane' | 'raci';

/** The fixed texts of the metrics and comparison parts of the exports, in one language. */
export interface MeasurementLabels {
  readonly appendixTitle: string;
  readonly metricsHeading: (process: string) => string;
  readonly comparisonHeading: (process: string, from: string, to: string) => string;
  readonly metricsCaption: (process: string) => string;
  readonly departmentsCaption: (process: string) => string;
  readonly partiesCaption: (process: string) => string;
  readonly deltasCaption: (process: string) => string;
  readonly changesCaption: (process: string) => string;
  readonly metricsSheet: string;
  readonly comparisonSheet: string;
  readonly process: string;
  readonly figure: string;
  readonly value: string;
  readonly delta: string;
  readonly summary: Readonly<Record<'steps' | 'handoffs' | 'approvals' | 'decisions' | 'criticalPath' | 'effort' | 'noDuration', string>>;
  readonly metricNames: Readonly<Record<MetricKey, string>>;
  readonly kinds: Readonly<Record<StepKind, string>>;
  readonly hours: (n: string) => string;
  readonly days: (n: string) => string;
  readonly path: (hours: string, days: string, steps: string) => string;
  readonly noPath: string;
  readonly none: string;
  readonly list: (items: readonly string[]) => string;
  readonly department: string;
  readonly steps: string;
  readonly responsible: string;
  readonly accountable: string;
  readonly handoffsIn: string;
  readonly handoffsOut: string;
  readonly party: string;
  readonly responsibleShare: string;
  readonly accountableShare: string;
  readonly change: string;
  readonly subject: string;
  readonly code: string;
  readonly name: string;
  readonly detail: string;
  readonly changes: Readonly<Record<ChangeKind, string>>;
  readonly subjects: Readonly<Record<ChangeSubject, string>>;
  readonly fields: Readonly<Record<StepField, string>>;
  readonly flowLabel: string;
  readonly noDurationValue: string;
  readonly emptyCell: string;
  readonly lanePlace: (n: number) => string;
  readonly noChanges: string;
  /** The problems of the register a comparison's to-be version addresses. */
  readonly addressedCaption: (process: string) => string;
  readonly problem: string;
  readonly addressedBy: string;
  readonly note: string;
  readonly addressingStep: Readonly<Record<AddressingChange, (step: string) => string>>;
  readonly ruling: (decision: string) => string;
  readonly workingVersion: string;
  readonly arrow: string;
  /** Between a field and its values, and between the fields of one change. */
  readonly colon: string;
  readonly semicolon: string;
  /** The overlaid diagram of a comparison. */
  readonly diff: { readonly title: (from: string, to: string) => string; readonly legend: string; readonly added: string; readonly removed: string; readonly changed: string; readonly same: string };
}

const zhPolicy = policyLabels('zh-CN');
const enPolicy = policyLabels('en');

const zh: MeasurementLabels = {
  appendixTitle: '附录  流程度量与优化前后对比',
  metricsHeading: (p) => `流程度量：${p}`,
  comparisonHeading: (p, from, to) => `优化前后对比：${p}（${from} → ${to}）`,
  metricsCaption: (p) => `${p}的流程度量`,
  departmentsCaption: (p) => `${p}各部门的节点、职责与交接`,
  partiesCaption: (p) => `${p}各角色的执行与负责分布`,
  deltasCaption: (p) => `${p}优化前后的指标变化`,
  changesCaption: (p) => `${p}优化前后的流程变化`,
  metricsSheet: '流程度量',
  comparisonSheet: '版本对比',
  process: '流程',
  figure: '指标',
  value: '数值',
  delta: '变化',
  summary: { steps: '节点数', handoffs: '跨部门交接', approvals: '审批点', decisions: '决策点', criticalPath: '关键路径', effort: '总工时', noDuration: '未填耗时的节点（按 0 计）' },
  metricNames: {
    criticalPathDays: '关键路径（天）',
    criticalPathHours: '关键路径（小时）',
    handoffs: '跨部门交接',
    approvals: '审批点',
    decisions: '决策点',
    steps: '节点数',
    effortHours: '总工时（小时）',
    openRaciErrors: '未解决的 RACI 错误',
  },
  kinds: zhPolicy.kinds,
  hours: zhPolicy.workHours,
  days: zhPolicy.workdays,
  path: (h, d, steps) => `${h}（${d}）：${steps}`,
  noPath: '无（没有从开始节点通往结束节点的路径）',
  none: '无',
  list: (items) => items.join('、'),
  department: '部门',
  steps: '节点',
  responsible: '执行（R）',
  accountable: '负责（A）',
  handoffsIn: '转入交接',
  handoffsOut: '转出交接',
  party: '部门/岗位',
  responsibleShare: 'R 占节点比例',
  accountableShare: 'A 占节点比例',
  change: '变化',
  subject: '对象',
  code: '节点编号',
  name: '名称',
  detail: '说明',
  changes: { added: '新增', removed: '删除', changed: '修改', relabelled: '改标注', moved: '调整顺序' },
  subjects: { step: '节点', flow: '流转', lane: '泳道', raci: 'RACI' },
  fields: { name: '名称', lane: '部门', kind: '类型', duration: '耗时' },
  flowLabel: '标注',
  noDurationValue: '未填',
  emptyCell: '空',
  lanePlace: (n) => `第 ${n} 道`,
  noChanges: '两个版本没有差异。',
  addressedCaption: (p) => `${p}优化后解决的问题`,
  problem: '问题',
  addressedBy: '解决方式',
  note: '备注',
  addressingStep: { added: (s) => `新增步骤 ${s}`, removed: (s) => `删除步骤 ${s}`, changed: (s) => `修改步骤 ${s}`, unchanged: (s) => `步骤 ${s}`, elsewhere: (s) => `步骤 ${s}` },
  ruling: (d) => `RACI 裁定：${d}`,
  workingVersion: '当前版本',
  arrow: ' → ',
  colon: '：',
  semicolon: '；',
  diff: { title: (from, to) => `${from} → ${to}`, legend: '图例', added: '新增', removed: '删除', changed: '修改', same: '未变' },
};

const en: MeasurementLabels = {
  appendixTitle: 'Appendix: Process Metrics and Redesign Comparison',
  metricsHeading: (p) => `Metrics: ${p}`,
  comparisonHeading: (p, from, to) => `Before and after: ${p} (${from} → ${to})`,
  metricsCaption: (p) => `Metrics of ${p}`,
  departmentsCaption: (p) => `Steps, responsibilities and hand-offs per department in ${p}`,
  partiesCaption: (p) => `Responsible and accountable load per party in ${p}`,
  deltasCaption: (p) => `How the figures of ${p} changed`,
  changesCaption: (p) => `What changed in ${p}`,
  metricsSheet: 'Process metrics',
  comparisonSheet: 'Version comparison',
  process: 'Process',
  figure: 'Figure',
  value: 'Value',
  delta: 'Change',
  summary: { steps: 'Steps', handoffs: 'Hand-offs between departments', approvals: 'Approval points', decisions: 'Decision points', criticalPath: 'Critical path', effort: 'Total effort', noDuration: 'Steps without a duration (counted 0)' },
  metricNames: {
    criticalPathDays: 'Critical path (days)',
    criticalPathHours: 'Critical path (hours)',
    handoffs: 'Hand-offs',
    approvals: 'Approval points',
    decisions: 'Decision points',
    steps: 'Steps',
    effortHours: 'Total effort (hours)',
    openRaciErrors: 'Open RACI errors',
  },
  kinds: enPolicy.kinds,
  hours: enPolicy.workHours,
  days: enPolicy.workdays,
  path: (h, d, steps) => `${h} (${d}): ${steps}`,
  noPath: 'none (no path from a start step to an end step)',
  none: 'none',
  list: (items) => items.join(', '),
  department: 'Department',
  steps: 'Steps',
  responsible: 'Responsible (R)',
  accountable: 'Accountable (A)',
  handoffsIn: 'Hand-offs in',
  handoffsOut: 'Hand-offs out',
  party: 'Department / position',
  responsibleShare: 'R share of steps',
  accountableShare: 'A share of steps',
  change: 'Change',
  subject: 'What',
  code: 'Code',
  name: 'Name',
  detail: 'Detail',
  changes: { added: 'added', removed: 'removed', changed: 'changed', relabelled: 'relabelled', moved: 'moved' },
  subjects: { step: 'step', flow: 'flow', lane: 'lane', raci: 'RACI' },
  fields: { name: 'name', lane: 'department', kind: 'type', duration: 'duration' },
  flowLabel: 'label',
  noDurationValue: 'none',
  emptyCell: 'empty',
  lanePlace: (n) => `lane ${n}`,
  noChanges: 'The two versions do not differ.',
  addressedCaption: (p) => `Problems the redesign of ${p} addresses`,
  problem: 'Problem',
  addressedBy: 'Addressed by',
  note: 'Note',
  addressingStep: { added: (s) => `added step ${s}`, removed: (s) => `removed step ${s}`, changed: (s) => `changed step ${s}`, unchanged: (s) => `step ${s}`, elsewhere: (s) => `step ${s}` },
  ruling: (d) => `RACI ruling: ${d}`,
  workingVersion: 'working process',
  arrow: ' → ',
  colon: ': ',
  semicolon: '; ',
  diff: { title: (from, to) => `${from} → ${to}`, legend: 'Legend', added: 'Added', removed: 'Removed', changed: 'Changed', same: 'Unchanged' },
};

export function measurementLabels(language: Language): MeasurementLabels {
  return language === 'zh-CN' ? zh : en;
}
