import type { Language } from '../model/entities';

export const TABLE_ISSUE_CODES = ['noHeader', 'noName', 'noLane', 'unknownKind', 'badDuration', 'unknownUnit', 'duplicateCode', 'unknownNext', 'tooManyRows'] as const;
export type TableIssueCode = (typeof TABLE_ISSUE_CODES)[number];

/** One problem of a hand-written sheet, with the cell it is in ("F12"). */
export interface TableIssue {
  readonly cell: string;
  readonly code: TableIssueCode;
  /** What the cell holds. */
  readonly value: string;
}

const MESSAGES: Record<Language, Record<TableIssueCode, (value: string) => string>> = {
  'zh-CN': {
    noHeader: () => '第 1 行须为表头，至少包含“节点名称”和“泳道部门”',
    noName: () => '节点名称为空',
    noLane: () => '泳道部门为空',
    unknownKind: (v) => `节点类型“${v}”无法识别(可填：开始、任务、审批、决策、交付、结束)`,
    badDuration: (v) => `耗时“${v}”不是非负数字`,
    unknownUnit: (v) => `单位“${v}”无法识别(可填：小时、天)`,
    duplicateCode: (v) => `节点编号“${v}”在本流程中重复`,
    unknownNext: (v) => `后续节点“${v}”不是本流程中的节点编号`,
    tooManyRows: (v) => `表格行数过多(${v})`,
  },
  en: {
    noHeader: () => 'row 1 must be the header, with at least "Step" and "Lane"',
    noName: () => 'the step name is empty',
    noLane: () => 'the lane (department) is empty',
    unknownKind: (v) => `step type "${v}" is not known (use Start, Task, Approval, Decision, Delivery or End)`,
    badDuration: (v) => `duration "${v}" is not a number of zero or more`,
    unknownUnit: (v) => `unit "${v}" is not known (use hours or days)`,
    duplicateCode: (v) => `code "${v}" is used twice in this process`,
    unknownNext: (v) => `next step "${v}" is not a code of this process`,
    tooManyRows: (v) => `the table has too many rows (${v})`,
  },
};

export function describeTableIssue(issue: TableIssue, language: Language): string {
  const where = language === 'zh-CN' ? `单元格 ${issue.cell}：` : `Cell ${issue.cell}: `;
  return where + MESSAGES[language][issue.code](issue.value);
}
