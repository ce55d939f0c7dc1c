import type { DurationUnit, Language, StepKind } from '../model/entities';
import { RACI_LETTERS } from '../model/raci-letters';

/** The flat table's columns, in order: what 飞书多维表格 and 钉钉 AI 表格 import as fields. */
export const TABLE_COLUMNS = ['process', 'code', 'name', 'kind', 'phase', 'lane', 'owner', 'input', 'output', 'duration', 'unit', 'next', ...RACI_LETTERS] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

const HEADERS: Record<Language, Record<TableColumn, string>> = {
  'zh-CN': {
    process: '流程',
    code: '节点编号',
    name: '节点名称',
    kind: '节点类型',
    phase: '阶段',
    lane: '泳道部门',
    owner: '责任岗位',
    input: '输入',
    output: '输出',
    duration: '耗时',
    unit: '单位',
    next: '后续节点',
    R: 'R',
    A: 'A',
    C: 'C',
    I: 'I',
  },
  en: {
    process: 'Process',
    code: 'Code',
    name: 'Step',
    kind: 'Type',
    phase: 'Phase',
    lane: 'Lane',
    owner: 'Owner position',
    input: 'Input',
    output: 'Output',
    duration: 'Duration',
    unit: 'Unit',
    next: 'Next steps',
    R: 'R',
    A: 'A',
    C: 'C',
    I: 'I',
  },
};

export const KIND_NAMES: Record<Language, Record<StepKind, string>> = {
  'zh-CN': { start: '开始', end: '结束', task: '任务', decision: '决策', approval: '审批', delivery: '交付' },
  en: { start: 'Start', end: 'End', task: 'Task', decision: 'Decision', approval: 'Approval', delivery: 'Delivery' },
};

/** What people also write in a hand-made sheet for each kind. */
const KIND_SYNONYMS: Record<StepKind, readonly string[]> = {
  start: ['开始节点', '起点', '发起'],
  end: ['结束节点', '终点', '完成'],
  task: ['任务节点', '活动', '步骤', '执行', 'activity', 'step'],
  decision: ['决策点', '判断', '网关', '决策节点', 'gateway'],
  approval: ['审批点', '审核', '审批节点'],
  delivery: ['交付点', '交付物', '交付节点', 'deliverable'],
};

export const UNIT_NAMES: Record<Language, Record<DurationUnit, string>> = {
  'zh-CN': { hours: '小时', days: '天' },
  en: { hours: 'hours', days: 'days' },
};
const UNIT_SYNONYMS: Record<DurationUnit, readonly string[]> = {
  hours: ['h', 'hour', 'hr', 'hrs', '时', '工时'],
  days: ['d', 'day', '日', '工作日'],
};

export function tableHeaders(language: Language): string[] {
  return TABLE_COLUMNS.map((c) => HEADERS[language][c]);
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();

function lookup<K extends string>(names: readonly Record<K, string>[], synonyms: Partial<Record<K, readonly string[]>>, text: string): K | null {
  const key = norm(text);
  for (const table of names) for (const [k, name] of Object.entries(table) as [K, string][]) if (norm(name) === key) return k;
  for (const [k, list] of Object.entries(synonyms) as [K, readonly string[]][]) if (list.some((s) => norm(s) === key)) return k;
  return null;
}

/** A header cell as a column, in either language. */
export function columnOfHeader(text: string): TableColumn | null {
  return lookup([HEADERS['zh-CN'], HEADERS.en], {}, text);
}

export function kindOfName(text: string): StepKind | null {
  return lookup([KIND_NAMES['zh-CN'], KIND_NAMES.en], KIND_SYNONYMS, text);
}

export function unitOfName(text: string): DurationUnit | null {
  return lookup([UNIT_NAMES['zh-CN'], UNIT_NAMES.en], UNIT_SYNONYMS, text);
}
