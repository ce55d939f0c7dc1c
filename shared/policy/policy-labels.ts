import type { Language, StepKind } from '../model/entities';
import type { RaciLetter } from '../model/raci-letters';
import { chineseNumeral } from './article-numbering';

/** Every text of the policy document that is not the user's own, in one language. */
export interface PolicyLabels {
  readonly title: string;
  readonly draft: string;
  readonly final: string;
  readonly version: string;
  readonly date: string;
  readonly organisation: string;
  readonly contents: string;
  readonly approvalTitle: string;
  readonly approvalRole: string;
  readonly approvalName: string;
  readonly approvalDate: string;
  readonly drafted: string;
  readonly reviewed: string;
  readonly approved: string;
  /** Around the page number in the footer. */
  readonly page: { readonly before: string; readonly after: string };
  readonly formatDate: (d: Date) => string;
  readonly figure: (n: number) => string;
  readonly table: (n: number) => string;
  readonly part: (i: number, of: number) => string;
  readonly caption: (numbered: string, text: string) => string;
  readonly field: (name: string, value: string) => string;
  /** The status as the cover shows it, under the title. */
  readonly statusLine: (status: string) => string;
  /** The running header: title and status. */
  readonly headerLine: (title: string, status: string) => string;
  readonly list: (names: readonly string[]) => string;
  readonly sentenceEnd: string;
  readonly processHeading: (n: number, name: string) => string;
  readonly scopeArticle: string;
  readonly processSummary: (p: { name: string; departments: string; steps: number; keyNodes: number; figure: string; table: string }) => string;
  readonly processWithoutSteps: (name: string) => string;
  readonly diagramCaption: (name: string) => string;
  readonly keyNodesCaption: (name: string) => string;
  readonly raciArticle: (legend: string, first: string, last: string) => string;
  readonly legendCaption: string;
  readonly raciCaption: (name: string) => string;
  readonly decisionsArticle: (table: string) => string;
  readonly decisionsCaption: string;
  readonly code: string;
  readonly name: string;
  readonly input: string;
  readonly output: string;
  readonly owner: string;
  readonly duration: string;
  readonly hours: (n: string) => string;
  readonly days: (n: string) => string;
  readonly kinds: Readonly<Record<StepKind, string>>;
  readonly kindNote: (kind: string) => string;
  readonly departmentItself: string;
  readonly letter: string;
  readonly role: string;
  readonly meaning: string;
  readonly legend: Readonly<Record<RaciLetter, { role: string; meaning: string }>>;
  readonly step: string;
  readonly matter: string;
  readonly accountable: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly reason: string;
  readonly outcomes: Readonly<Record<'resolved' | 'accepted', string>>;
  readonly ruling: (rule: string, outcome: string) => string;
  readonly formField: string;
  readonly formContent: string;
}

const zh: PolicyLabels = {
  title: '跨部门协作管理办法',
  draft: '征求意见稿',
  final: '正式稿',
  version: '版本',
  date: '日期',
  organisation: '编制单位',
  contents: '目  录',
  approvalTitle: '文件审批',
  approvalRole: '环节',
  approvalName: '姓名',
  approvalDate: '日期',
  drafted: '拟制',
  reviewed: '审核',
  approved: '批准',
  page: { before: '第 ', after: ' 页' },
  formatDate: (d) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`,
  figure: (n) => `图${n}`,
  table: (n) => `表${n}`,
  part: (i, of) => `（${i}/${of}）`,
  caption: (numbered, text) => `${numbered} ${text}`,
  field: (name, value) => `${name}：${value}`,
  statusLine: (status) => `（${status}）`,
  headerLine: (title, status) => `${title}（${status}）`,
  list: (names) => names.join('、'),
  sentenceEnd: '。',
  processHeading: (n, name) => `${chineseNumeral(n)}、${name}`,
  scopeArticle: '本办法覆盖的跨部门协作流程如下：',
  processSummary: (p) => `${p.name}流程涉及${p.departments}，共 ${p.steps} 个节点，其中关键节点 ${p.keyNodes} 个。泳道图见${p.figure}，关键节点说明见${p.table}。`,
  processWithoutSteps: (name) => `${name}流程的节点尚未确定。`,
  diagramCaption: (name) => `${name}泳道图`,
  keyNodesCaption: (name) => `${name}关键节点说明表`,
  raciArticle: (legend, first, last) => `RACI 角色说明见${legend}，各流程节点的职责分配见${first === last ? first : `${first}至${last}`}。`,
  legendCaption: 'RACI 角色说明',
  raciCaption: (name) => `${name} RACI 责任矩阵`,
  decisionsArticle: (table) => `经分管副总协调裁定的权责事项见${table}，各部门按裁定结果执行。`,
  decisionsCaption: '权责裁定记录',
  code: '节点编号',
  name: '节点名称',
  input: '输入',
  output: '输出',
  owner: '负责人',
  duration: '耗时',
  hours: (n) => `${n} 小时`,
  days: (n) => `${n} 天`,
  kinds: { start: '开始', end: '结束', task: '任务', decision: '决策点', approval: '审批点', delivery: '交付点' },
  kindNote: (kind) => `（${kind}）`,
  departmentItself: '（部门）',
  letter: '代码',
  role: '角色',
  meaning: '职责说明',
  legend: {
    R: { role: '执行者（Responsible）', meaning: '负责具体任务落地，完成节点工作。' },
    A: { role: '负责人（Accountable）', meaning: '对节点结果负最终责任；每个节点有且只有一个负责人。' },
    C: { role: '咨询者（Consulted）', meaning: '提供专业意见或资源支持，双向沟通。' },
    I: { role: '知会者（Informed）', meaning: '及时获知进展和结果，单向通知。' },
  },
  step: '流程节点',
  matter: '裁定事项',
  accountable: '负责人（A）',
  decidedBy: '裁定人',
  decidedAt: '日期',
  reason: '理由',
  outcomes: { resolved: '明确唯一负责人', accepted: '作为例外保留' },
  ruling: (rule, outcome) => `${rule}：${outcome}`,
  formField: '项目',
  formContent: '内容',
};

const en: PolicyLabels = {
  title: 'Cross-Department Collaboration Policy',
  draft: 'Draft for comment',
  final: 'Final',
  version: 'Version',
  date: 'Date',
  organisation: 'Organisation',
  contents: 'Contents',
  approvalTitle: 'Approval',
  approvalRole: 'Step',
  approvalName: 'Name',
  approvalDate: 'Date',
  drafted: 'Drafted',
  reviewed: 'Reviewed',
  approved: 'Approved',
  page: { before: 'Page ', after: '' },
  formatDate: (d) => `${d.getDate()} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getMonth()]} ${d.getFullYear()}`,
  figure: (n) => `Figure ${n}`,
  table: (n) => `Table ${n}`,
  part: (i, of) => ` (${i}/${of})`,
  caption: (numbered, text) => `${numbered}. ${text}`,
  field: (name, value) => `${name}: ${value}`,
  statusLine: (status) => status,
  headerLine: (title, status) => `${title} — ${status}`,
  list: (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`),
  sentenceEnd: '.',
  processHeading: (n, name) => `${n}. ${name}`,
  scopeArticle: 'This policy covers the following collaboration processes:',
  processSummary: (p) =>
    `The ${p.name} process involves ${p.departments} and has ${p.steps} ${p.steps === 1 ? 'step' : 'steps'}, ${p.keyNodes} of them key nodes. ${p.figure} shows its swimlane diagram and ${p.table} describes its steps.`,
  processWithoutSteps: (name) => `The steps of the ${name} process are yet to be defined.`,
  diagramCaption: (name) => `Swimlane diagram of ${name}`,
  keyNodesCaption: (name) => `Key nodes of ${name}`,
  raciArticle: (legend, first, last) => `${legend} explains the RACI roles; ${first === last ? first : `${first} to ${last}`} assign them to the steps of each process.`,
  legendCaption: 'RACI roles',
  raciCaption: (name) => `RACI matrix of ${name}`,
  decisionsArticle: (table) => `${table} lists the rulings of the responsible Vice President on responsibilities; departments act on them.`,
  decisionsCaption: 'Rulings on responsibilities',
  code: 'No.',
  name: 'Step',
  input: 'Input',
  output: 'Output',
  owner: 'Owner',
  duration: 'Duration',
  hours: (n) => `${n} h`,
  days: (n) => `${n} ${n === '1' ? 'day' : 'days'}`,
  kinds: { start: 'start', end: 'end', task: 'task', decision: 'decision point', approval: 'approval point', delivery: 'delivery point' },
  kindNote: (kind) => ` (${kind})`,
  departmentItself: '(dept.)',
  letter: 'Code',
  role: 'Role',
  meaning: 'Duties',
  legend: {
    R: { role: 'Responsible', meaning: 'Does the work of the step.' },
    A: { role: 'Accountable', meaning: 'Owns the result of the step; every step has exactly one.' },
    C: { role: 'Consulted', meaning: 'Gives expert input or resources; two-way communication.' },
    I: { role: 'Informed', meaning: 'Is kept up to date on progress and results; one-way communication.' },
  },
  step: 'Step',
  matter: 'Ruling on',
  accountable: 'Accountable (A)',
  decidedBy: 'Decided by',
  decidedAt: 'Date',
  reason: 'Reason',
  outcomes: { resolved: 'one accountable party named', accepted: 'kept as an exception' },
  ruling: (rule, outcome) => `${rule}: ${outcome}`,
  formField: 'Item',
  formContent: 'Entry',
};

export function policyLabels(language: Language): PolicyLabels {
  return language === 'zh-CN' ? zh : en;
}
