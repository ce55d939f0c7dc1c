import type { Language } from '../model/entities';

/** What a file held that Lanewise has no place for; each is listed, none silently dropped. */
export const LEFT_OUT_KINDS = [
  'boundaryEvent',
  'messageFlow',
  'dataObject',
  'dataStore',
  'annotation',
  'association',
  'group',
  'condition',
  'flowNotImported',
  'eventDefinition',
  'gatewayType',
  'emptyPool',
  'extension',
  'other',
] as const;
export type LeftOutKind = (typeof LEFT_OUT_KINDS)[number];

export interface LeftOut {
  readonly kind: LeftOutKind;
  /** The element's name, or its id when it has none. */
  readonly name: string;
  /** The process (pool) it belongs to, empty for the whole file. */
  readonly process: string;
  /** The element's type in the file, e.g. "bpmn:BoundaryEvent". */
  readonly type: string;
}

export interface CreatedProcess {
  readonly name: string;
  readonly lanes: number;
  readonly steps: number;
  readonly flows: number;
}

/** What an import would add, shown in the preview and printed by the CLI. */
export interface ImportSummary {
  readonly processes: readonly CreatedProcess[];
  readonly departmentsCreated: readonly string[];
  readonly departmentsMatched: readonly string[];
  readonly positionsCreated: readonly string[];
  readonly leftOut: readonly LeftOut[];
}

const KIND_LABELS: Record<LeftOutKind, Record<Language, string>> = {
  boundaryEvent: { 'zh-CN': '边界事件', en: 'Boundary event' },
  messageFlow: { 'zh-CN': '消息流', en: 'Message flow' },
  dataObject: { 'zh-CN': '数据对象', en: 'Data object' },
  dataStore: { 'zh-CN': '数据存储', en: 'Data store' },
  annotation: { 'zh-CN': '文本注释', en: 'Text annotation' },
  association: { 'zh-CN': '关联', en: 'Association' },
  group: { 'zh-CN': '分组', en: 'Group' },
  condition: { 'zh-CN': '顺序流条件表达式', en: 'Condition of a sequence flow' },
  flowNotImported: { 'zh-CN': '连到未导入元素的顺序流', en: 'Sequence flow to an element not imported' },
  eventDefinition: { 'zh-CN': '事件类型(计时、消息等，已写入节点备注)', en: 'Event type (timer, message…; kept in the step notes)' },
  gatewayType: { 'zh-CN': '网关类型(并行、包容等，已写入节点备注)', en: 'Gateway type (parallel, inclusive…; kept in the step notes)' },
  emptyPool: { 'zh-CN': '没有流程的泳池', en: 'Pool without a process' },
  extension: { 'zh-CN': '其他工具的扩展属性', en: "Another tool's extension properties" },
  other: { 'zh-CN': '其他元素', en: 'Other element' },
};

export function leftOutKindLabel(kind: LeftOutKind, language: Language): string {
  return KIND_LABELS[kind][language];
}

/** One line per element left out: "边界事件 · 超时 (bpmn:BoundaryEvent) · 采购流程". */
export function describeLeftOut(item: LeftOut, language: Language): string {
  return [leftOutKindLabel(item.kind, language), `${item.name} (${item.type})`, item.process].filter(Boolean).join(' · ');
}
