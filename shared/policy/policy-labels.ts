import type { Language, StepKind } from '../model/entities';
import type { RaciLetter } from '../model/raci-letters';
import type { OffHoursRule, PolicyStage } from './policy-params';

/** Every text of the policy document that is not the user's own, in one language. */
export interface PolicyLabels {
  readonly title: string;
  /** The title with the company in front, as the cover and the running header show it. */
  readonly titleOf: (company: string) => string;
  readonly stages: Readonly<Record<PolicyStage, string>>;
  /** Version shown when the user set none: a draft is not yet V1.0. */
  readonly defaultVersion: Readonly<Record<PolicyStage, string>>;
  readonly revisionNote: Readonly<Record<PolicyStage, string>>;
  readonly documentNumber: string;
  readonly documentNumberPending: string;
  readonly approvingBodyField: string;
  readonly effectiveField: (issued: boolean) => string;
  readonly revisionsTitle: string;
  readonly revisionColumns: readonly [string, string, string, string];
  readonly countersignTitle: string;
  readonly countersignColumns: readonly [string, string, string, string];
  readonly defaults: {
    readonly company: string;
    readonly approvingBody: string;
    readonly processOffice: string;
    readonly performanceRule: string;
    readonly disciplineRule: string;
    readonly countersign: readonly string[];
  };
  /** Quotes the name of a rule the way the language cites one (《…》). */
  readonly ruleName: (name: string) => string;
  readonly supersedesClause: (rule: string | null) => string;
  readonly offHoursRule: Readonly<Record<OffHoursRule, string>>;
  readonly workingHours: (from: string, to: string) => string;
  readonly workdays: (n: string) => string;
  readonly workHours: (n: string) => string;
  /** What an unknown duration prints as. */
  readonly noDuration: string;
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
  /** Around the page number and the page count in the footer: 第 3 页 共 40 页. */
  readonly page: { readonly before: string; readonly middle: string; readonly after: string };
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
  /** "新产品开发协作流程" for a name that says it is a process already, else the name with the word added. */
  readonly processNoun: (name: string) => string;
  readonly processSummary: (p: { name: string; departments: string; steps: number; keyNodes: number; figure: string; table: string }) => string;
  readonly processWithoutSteps: (name: string) => string;
  readonly leadLine: (department: string) => string;
  readonly frameworkArticle: (count: number, list: string, first: string, last: string) => string;
  readonly processListTitle: string;
  readonly processListColumns: readonly [string, string, string, string, string];
  readonly processListCaption: string;
  readonly rulingsAnnexTitle: string;
  readonly rulingsArticle: (annex: string) => string;
  readonly roleTerms: Readonly<Record<RaciLetter, string>>;
  /** What the cells of a responsibility table show. */
  readonly raciCells: 'terms' | 'letters';
  readonly termColumn: string;
  readonly diagramCaption: (name: string) => string;
  readonly keyNodesCaption: (name: string) => string;
  readonly legendCaption: string;
  readonly raciCaption: (name: string) => string;
  readonly decisionsCaption: string;
  readonly code: string;
  readonly name: string;
  readonly input: string;
  readonly output: string;
  readonly owner: string;
  readonly duration: string;
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
  titleOf: (company) => `${company}跨部门协作管理办法`,
  stages: { consultation: '征求意见稿', review: '送审稿', issued: '正式发布稿' },
  defaultVersion: { consultation: 'V0.1', review: 'V0.9', issued: 'V1.0' },
  revisionNote: { consultation: '初稿，征求各部门意见', review: '根据各部门意见修改，提交审议', issued: '审议通过，正式发布' },
  documentNumber: '文件编号',
  documentNumberPending: '（待编号）',
  approvingBodyField: '审批机构',
  effectiveField: (issued) => (issued ? '施行日期' : '拟施行日期'),
  revisionsTitle: '修订记录',
  revisionColumns: ['版本', '日期', '修订说明', '编制部门'],
  countersignTitle: '会签',
  countersignColumns: ['会签部门', '会签意见', '签字', '日期'],
  defaults: {
    company: '公司',
    approvingBody: '总经理办公会',
    processOffice: '公司指定的流程管理职能部门',
    performanceRule: '绩效考核管理办法',
    disciplineRule: '员工奖惩管理办法',
    countersign: ['法务部门', '人力资源部门'],
  },
  ruleName: (name) => (/^《.*》$/.test(name) ? name : `《${name}》`),
  supersedesClause: (rule) => (rule ? `${rule}同时废止。` : '公司此前发布的有关规定与本办法不一致的，以本办法为准。'),
  offHoursRule: {
    duty: '非工作时间（含休息日和法定节假日）提出的特急事项，由各部门值班人员受理，响应时限按自然小时连续计算；其他事项自下一个工作日上班时起计算时限。',
    nextWorkday: '非工作时间（含休息日和法定节假日）提出的协作事项，自下一个工作日上班时起计算时限。',
  },
  workingHours: (from, to) => `${from}至${to}`,
  workdays: (n) => `${n} 个工作日`,
  workHours: (n) => `${n} 小时`,
  noDuration: '—',
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
  page: { before: '第 ', middle: ' 页 共 ', after: ' 页' },
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
  processNoun: (name) => (/流程$/.test(name) ? name : `${name}流程`),
  processSummary: (p) => `${zh.processNoun(p.name)}涉及${p.departments}，共 ${p.steps} 个节点，其中关键节点 ${p.keyNodes} 个。泳道图见${p.figure}，关键节点说明见${p.table}。`,
  processWithoutSteps: (name) => `${zh.processNoun(name)}的节点尚未确定。`,
  leadLine: (department) => `牵头部门：${department}`,
  frameworkArticle: (count, list, first, last) => `公司现行跨部门协作流程共 ${count} 个，流程名称及牵头部门见${list}，各流程的泳道图、关键节点说明表和职责分配表见${first === last ? first : `${first}至${last}`}。`,
  processListTitle: '跨部门协作流程清单',
  processListColumns: ['序号', '流程名称', '牵头部门', '节点数', '所在附件'],
  processListCaption: '主办、协办、会签、知会与 RACI 角色对照',
  rulingsAnnexTitle: '权责裁定记录',
  rulingsArticle: (annex) => `分管副总已作出的权责裁定见${annex}，各部门按裁定结果执行。`,
  roleTerms: { A: '主办', R: '协办', C: '会签', I: '知会' },
  raciCells: 'terms',
  termColumn: '称谓',
  diagramCaption: (name) => `${name}泳道图`,
  keyNodesCaption: (name) => `${name}关键节点说明表`,
  legendCaption: 'RACI 角色说明',
  raciCaption: (name) => `${name}职责分配表`,
  decisionsCaption: '权责裁定记录',
  code: '节点编号',
  name: '节点名称',
  input: '输入',
  output: '输出',
  owner: '责任岗位',
  duration: '耗时',
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
  accountable: 'A（负责人）',
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
  titleOf: (company) => `${company} Cross-Department Collaboration Policy`,
  stages: { consultation: 'Draft for comment', review: 'Draft for approval', issued: 'Issued' },
  defaultVersion: { consultation: 'V0.1', review: 'V0.9', issued: 'V1.0' },
  revisionNote: { consultation: 'First draft, for comment by the departments', review: 'Revised after comments, submitted for approval', issued: 'Adopted and issued' },
  documentNumber: 'Document No.',
  documentNumberPending: '(to be assigned)',
  approvingBodyField: 'Approved by',
  effectiveField: (issued) => (issued ? 'Effective' : 'To take effect'),
  revisionsTitle: 'Revision history',
  revisionColumns: ['Version', 'Date', 'Changes', 'Prepared by'],
  countersignTitle: 'Countersignatures',
  countersignColumns: ['Department', 'Comments', 'Signature', 'Date'],
  defaults: {
    company: 'the company',
    approvingBody: "the general manager's meeting",
    processOffice: 'The department the company designates for process management',
    performanceRule: 'performance management rules',
    disciplineRule: 'staff rewards and penalties rules',
    countersign: ['Legal', 'Human Resources'],
  },
  ruleName: (name) => `the ${name}`,
  supersedesClause: (rule) => (rule ? `${rule.replace(/^the /, 'The ')} is repealed on the same date.` : 'Earlier company rules that disagree with this policy yield to it.'),
  offHoursRule: {
    duty: 'Critical requests made outside working hours, rest days and public holidays included, are received by the staff on duty in each department and their response time runs in clock hours; other requests are timed from the start of the next working day.',
    nextWorkday: 'Requests made outside working hours, rest days and public holidays included, are timed from the start of the next working day.',
  },
  workingHours: (from, to) => `${from} to ${to}`,
  workdays: (n) => `${n} working ${n === '1' ? 'day' : 'days'}`,
  workHours: (n) => `${n} ${n === '1' ? 'hour' : 'hours'}`,
  noDuration: '—',
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
  page: { before: 'Page ', middle: ' of ', after: '' },
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
  processNoun: (name) => (/\bprocess$/i.test(name) ? name : `${name} process`),
  processSummary: (p) =>
    `The ${en.processNoun(p.name)} involves ${p.departments} and has ${p.steps} ${p.steps === 1 ? 'step' : 'steps'}, ${p.keyNodes} of them key nodes. ${p.figure} shows its swimlane diagram and ${p.table} describes its steps.`,
  processWithoutSteps: (name) => `The steps of the ${en.processNoun(name)} are yet to be defined.`,
  leadLine: (department) => `Process owner: ${department}`,
  frameworkArticle: (count, list, first, last) =>
    `The company has ${count} collaboration ${count === 1 ? 'process' : 'processes'}, listed with ${count === 1 ? 'its owner' : 'their owners'} in ${list}; ${first === last ? first : `${first} to ${last}`} ${first === last ? 'holds' : 'hold'} the swimlane diagrams, key-node tables and responsibility tables.`,
  processListTitle: 'List of collaboration processes',
  processListColumns: ['No.', 'Process', 'Process owner', 'Steps', 'Annex'],
  processListCaption: 'Roles and RACI letters',
  rulingsAnnexTitle: 'Rulings on responsibilities',
  rulingsArticle: (annex) => `${annex} lists the rulings of the responsible Vice Presidents on responsibilities; departments act on them.`,
  roleTerms: { A: 'Lead', R: 'Support', C: 'Countersign', I: 'Notify' },
  raciCells: 'letters',
  termColumn: 'Term',
  diagramCaption: (name) => `Swimlane diagram of ${name}`,
  keyNodesCaption: (name) => `Key nodes of ${name}`,
  legendCaption: 'RACI roles',
  raciCaption: (name) => `Responsibilities in ${name}`,
  decisionsCaption: 'Rulings on responsibilities',
  code: 'No.',
  name: 'Step',
  input: 'Input',
  output: 'Output',
  owner: 'Owner position',
  duration: 'Duration',
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
