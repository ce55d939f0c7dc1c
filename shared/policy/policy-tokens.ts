import type { PolicyFacts } from './policy-facts';
import type { PolicyLabels } from './policy-labels';

/** A parameter the policy text can name in braces, by its Chinese or its English name. */
interface Token {
  readonly zh: string;
  readonly en: string;
  readonly value: (facts: PolicyFacts, labels: PolicyLabels) => string;
}

export const POLICY_TOKENS: readonly Token[] = [
  { zh: '公司', en: 'company', value: (f) => f.company },
  { zh: '审批机构', en: 'approvingBody', value: (f) => f.approvingBody },
  { zh: '流程管理部门', en: 'processOffice', value: (f) => f.processOffice },
  { zh: '文件编号', en: 'documentNumber', value: (f) => f.documentNumber },
  { zh: '施行日期', en: 'effectiveDate', value: (f) => f.effectiveDate },
  { zh: '发布日期', en: 'issueDate', value: (f) => f.issueDate },
  { zh: '废止条款', en: 'supersedesClause', value: (f, l) => l.supersedesClause(f.params.supersedes ? l.ruleName(f.params.supersedes) : null) },
  { zh: '工作时间', en: 'workingHours', value: (f) => f.workingHours },
  { zh: '每日工作小时', en: 'hoursPerDay', value: (f) => String(f.params.hoursPerDay) },
  { zh: '一般响应时限', en: 'normalResponse', value: (f) => f.response.normal },
  { zh: '紧急响应时限', en: 'urgentResponse', value: (f) => f.response.urgent },
  { zh: '特急响应时限', en: 'criticalResponse', value: (f) => f.response.critical },
  { zh: '非工作时间规定', en: 'offHoursRule', value: (f) => f.offHoursRule },
  { zh: '绩效制度', en: 'performanceRule', value: (f) => f.performanceRule },
  { zh: '奖惩制度', en: 'disciplineRule', value: (f) => f.disciplineRule },
  { zh: '会签部门', en: 'countersign', value: (f, l) => l.list(f.countersign) },
];

const BY_NAME = new Map(POLICY_TOKENS.flatMap((t) => [[t.zh, t] as const, [t.en, t] as const]));
const TOKEN = /\{([^{}:：]{1,40})\}|\{(附件|annex)[:：]([^{}]{1,100})\}/g;

/**
 * The text with its parameters filled in: "{公司}" / "{company}" by the value, "{附件:跨部门工作联系单}" /
 * "{annex:Work request form}" by the annex's number. A name it does not know is left as written.
 */
export function fillTokens(text: string, facts: PolicyFacts, labels: PolicyLabels, annexOf: (title: string) => string | undefined): string {
  return text.replace(TOKEN, (whole, name: string | undefined, _annex: string | undefined, title: string | undefined) => {
    if (title !== undefined) return annexOf(title.trim()) ?? whole;
    const token = BY_NAME.get(name!.trim());
    return token ? token.value(facts, labels) : whole;
  });
}
