import type { Language, StepKind } from '../model/entities';

/** Words the exported diagram shows besides the user's own names; exports follow the project's language. */
export interface DiagramLabels {
  readonly legend: string;
  readonly kinds: Readonly<Record<StepKind, string>>;
  readonly flow: string;
  readonly handoff: string;
  /** Corner cell between the lane names and the phase names. */
  readonly corner: string;
  /** After the title of one part of a diagram split over several pictures. */
  readonly part: (i: number, of: number) => string;
}

const LABELS: Record<Language, DiagramLabels> = {
  'zh-CN': {
    legend: '图例',
    kinds: { start: '开始', end: '结束', task: '任务', decision: '决策点', approval: '审批点', delivery: '交付点' },
    flow: '流转',
    handoff: '跨部门交接',
    corner: '部门 / 阶段',
    part: (i, of) => `（${i}/${of}）`,
  },
  en: {
    legend: 'Legend',
    kinds: { start: 'Start', end: 'End', task: 'Task', decision: 'Decision', approval: 'Approval', delivery: 'Delivery' },
    flow: 'Flow',
    handoff: 'Hand-off',
    corner: 'Lane / Phase',
    part: (i, of) => ` (${i}/${of})`,
  },
};

export function diagramLabels(language: Language): DiagramLabels {
  return LABELS[language];
}
