import type { Language, StepKind } from '../../shared/model/entities';
import type { RaciLetter } from '../../shared/model/raci-letters';
import type { ExportDecisionKind, ExportFindingStatus, ExportSeverity } from './excel-export-types';

export interface LegendEntry {
  readonly role: string;
  readonly translation: string;
  readonly meaning: string;
}

export interface LegendNote {
  readonly text: string;
  /** The note explains the red flag of the one-A check, so the legend shows that colour beside it. */
  readonly flag?: boolean;
}

/** Every text the workbook shows, in one language: exports follow the project's language. */
export interface ExcelLabels {
  readonly keyNodesSheet: string;
  readonly findingsSheet: string;
  readonly decisionsSheet: string;
  readonly legendSheet: string;
  readonly raciTitle: string;
  readonly version: string;
  readonly date: string;
  readonly organisation: string;
  readonly code: string;
  readonly name: string;
  readonly departmentItself: string;
  /** Header of the column where a client writes remarks on a step. */
  readonly remarks: string;
  readonly process: string;
  readonly kind: string;
  readonly input: string;
  readonly output: string;
  readonly owner: string;
  readonly duration: string;
  readonly kinds: Readonly<Record<StepKind, string>>;
  readonly hours: (n: string) => string;
  readonly days: (n: string) => string;
  readonly severity: string;
  readonly rule: string;
  readonly parties: string;
  readonly listSeparator: string;
  readonly message: string;
  readonly status: string;
  readonly severities: Readonly<Record<ExportSeverity, string>>;
  readonly statuses: Readonly<Record<ExportFindingStatus, string>>;
  readonly noFindings: string;
  readonly decidedAt: string;
  readonly outcome: string;
  readonly accountable: string;
  readonly decidedBy: string;
  readonly reason: string;
  readonly outcomes: Readonly<Record<ExportDecisionKind, string>>;
  readonly noDecisions: string;
  readonly letter: string;
  readonly role: string;
  readonly translation: string;
  readonly meaning: string;
  readonly legend: Readonly<Record<RaciLetter, LegendEntry>>;
  readonly notesTitle: string;
  readonly notes: readonly LegendNote[];
  readonly validationTitle: string;
  readonly validationPrompt: string;
  readonly validationError: string;
  readonly importLabel: string;
}

const zh: ExcelLabels = {
  keyNodesSheet: '关键节点说明表',
  findingsSheet: '检查结果',
  decisionsSheet: '决议记录',
  legendSheet: '图例与填写说明',
  raciTitle: 'RACI 责任矩阵',
  version: '版本',
  date: '日期',
  organisation: '单位',
  code: '节点编号',
  name: '节点名称',
  departmentItself: '(部门)',
  remarks: '意见',
  process: '流程',
  kind: '节点类型',
  input: '输入',
  output: '输出',
  owner: '责任岗位',
  duration: '耗时',
  kinds: { start: '开始', end: '结束', task: '任务', decision: '决策点', approval: '审批点', delivery: '交付点' },
  hours: (n) => `${n} 小时`,
  days: (n) => `${n} 天`,
  severity: '严重程度',
  rule: '规则',
  parties: '相关方',
  listSeparator: '、',
  message: '问题说明',
  status: '处理状态',
  severities: { error: '错误', warning: '警告', info: '提示' },
  statuses: { open: '待处理', resolved: '已决议', accepted: '已接受例外' },
  noFindings: '未发现问题。',
  decidedAt: '决议日期',
  outcome: '结论',
  accountable: '确定的 A（负责人）',
  decidedBy: '决策人',
  reason: '理由',
  outcomes: { resolved: '已明确负责人', accepted: '接受例外' },
  noDecisions: '暂无决议记录。',
  letter: '字母',
  role: '角色',
  translation: '英文',
  meaning: '含义',
  legend: {
    R: { role: '执行者', translation: 'Responsible', meaning: '具体执行该节点的工作。' },
    A: { role: '负责人', translation: 'Accountable', meaning: '对该节点的结果负最终责任；每个节点有且只有一个 A。' },
    C: { role: '咨询者', translation: 'Consulted', meaning: '在执行前或执行中提供专业意见，双向沟通。' },
    I: { role: '知会者', translation: 'Informed', meaning: '及时获知进展和结果，单向通知。' },
  },
  notesTitle: '填写说明',
  notes: [
    { text: '每个单元格可填一个或多个字母，多个字母用“/”分隔，例如 R/A。' },
    { text: '节点编号和名称标红，表示该行没有 A 或有多个 A，需要分管副总指定唯一负责人。', flag: true },
    { text: '可以修改单元格、对节点行排序、插入空行；请勿删除隐藏的首列（A 列）和第 3 行，修改后的文件可导回 Lanewise。' },
    { text: '对某个节点的意见请写在“意见”列，或在单元格上插入批注；导回 Lanewise 后会成为该节点的评审意见。' },
  ],
  validationTitle: 'RACI',
  validationPrompt: 'R 执行者，A 负责人，C 咨询者，I 知会者；多个字母用“/”分隔。',
  validationError: '请填写 R、A、C、I 或其组合（如 R/A）。',
  importLabel: '从 Excel 导入 RACI',
};

const en: ExcelLabels = {
  keyNodesSheet: 'Key nodes',
  findingsSheet: 'Findings',
  decisionsSheet: 'Resolution log',
  legendSheet: 'Legend',
  raciTitle: 'RACI matrix',
  version: 'Version',
  date: 'Date',
  organisation: 'Organisation',
  code: 'Code',
  name: 'Step',
  departmentItself: '(dept)',
  remarks: 'Remarks',
  process: 'Process',
  kind: 'Kind',
  input: 'Input',
  output: 'Output',
  owner: 'Owner position',
  duration: 'Duration',
  kinds: { start: 'Start', end: 'End', task: 'Task', decision: 'Decision point', approval: 'Approval point', delivery: 'Delivery point' },
  hours: (n) => `${n} ${n === '1' ? 'hour' : 'hours'}`,
  days: (n) => `${n} ${n === '1' ? 'day' : 'days'}`,
  severity: 'Severity',
  rule: 'Rule',
  parties: 'Parties',
  listSeparator: ', ',
  message: 'Finding',
  status: 'Status',
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  statuses: { open: 'Open', resolved: 'Resolved', accepted: 'Accepted exception' },
  noFindings: 'No findings.',
  decidedAt: 'Decided on',
  outcome: 'Outcome',
  accountable: 'Accountable (A)',
  decidedBy: 'Decided by',
  reason: 'Reason',
  outcomes: { resolved: 'Accountable named', accepted: 'Exception accepted' },
  noDecisions: 'No decisions recorded.',
  letter: 'Letter',
  role: 'Role',
  translation: 'Chinese',
  meaning: 'Meaning',
  legend: {
    R: { role: 'Responsible', translation: '执行者', meaning: 'Does the work of the step.' },
    A: { role: 'Accountable', translation: '负责人', meaning: 'Owns the result of the step; exactly one A per step.' },
    C: { role: 'Consulted', translation: '咨询者', meaning: 'Gives expert input before or during the work (two-way).' },
    I: { role: 'Informed', translation: '知会者', meaning: 'Is kept up to date on progress and results (one-way).' },
  },
  notesTitle: 'How to fill in',
  notes: [
    { text: 'A cell holds one or more letters; separate several with "/", e.g. R/A.' },
    { text: 'A red step code and name means the row has no A or more than one A; a senior leader names the one accountable party.', flag: true },
    { text: 'You may edit cells, sort the step rows and insert blank rows; do not delete the hidden column A or row 3, so the file can be imported back into Lanewise.' },
    { text: 'Write remarks on a step in the Remarks column, or add a note to a cell; imported back into Lanewise, they become review notes on that step.' },
  ],
  validationTitle: 'RACI',
  validationPrompt: 'R Responsible, A Accountable, C Consulted, I Informed; separate several letters with "/".',
  validationError: 'Enter R, A, C, I or a combination such as R/A.',
  importLabel: 'Import RACI from Excel',
};

export function excelLabels(language: Language): ExcelLabels {
  return language === 'zh-CN' ? zh : en;
}

/** Header texts of both languages, so a workbook still imports after the project's language changed. */
export const CODE_HEADERS: readonly string[] = [zh.code, en.code];
export const NAME_HEADERS: readonly string[] = [zh.name, en.name];
export const DEPARTMENT_ITSELF: readonly string[] = [zh.departmentItself, en.departmentItself];
export const REMARKS_HEADERS: readonly string[] = [zh.remarks, en.remarks];
