import type { Language } from '../model/entities';

/** Texts of the questionnaire forms (Excel and Word) and of the history data workbook, in one language. */
export interface FormLabels {
  readonly title: string;
  readonly formSheet: string;
  readonly tallySheet: string;
  readonly instructions: string;
  readonly tallyInstructions: string;
  readonly department: string;
  readonly position: string;
  readonly respondent: string;
  readonly code: string;
  readonly statement: string;
  readonly answer: string;
  readonly scale: readonly [string, string, string, string, string];
  readonly scaleLine: string;
  readonly answerError: string;
  readonly answerErrorTitle: string;
  readonly departmentError: string;
  readonly paperInstructions: string;
  readonly thanks: string;
  readonly historyTitle: string;
  readonly historySheet: string;
  readonly historyInstructions: (period: string) => string;
  readonly countError: string;
}

const SCALE_ZH = ['非常不同意', '不同意', '一般', '同意', '非常同意'] as const;
const SCALE_EN = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'] as const;

const zh: FormLabels = {
  title: '跨部门协作现状调研问卷',
  formSheet: '问卷',
  tallySheet: '多人汇总',
  instructions: '请根据您在跨部门协作中的实际感受，在“评分”一列为每道题填写 1–5 分。问卷仅用于改进协作流程，结果按部门汇总。',
  tallyInstructions: '顾问用：每行录入一位受访者的答卷（部门、岗位、各题 1–5 分）；导入时每一行计为一份问卷。',
  department: '所在部门',
  position: '岗位',
  respondent: '姓名或编号（可不填）',
  code: '编号',
  statement: '题目',
  answer: '评分（1–5）',
  scale: SCALE_ZH,
  scaleLine: SCALE_ZH.map((s, i) => `${i + 1} = ${s}`).join('；'),
  answerError: '请填写 1 到 5 之间的整数。',
  answerErrorTitle: '评分无效',
  departmentError: '请从下拉列表中选择部门。',
  paperInstructions: '请在每道题右侧对应分值的方框内打“√”：',
  thanks: '感谢您的参与！',
  historyTitle: '跨部门项目历史数据',
  historySheet: '历史数据',
  historyInstructions: (period) => `请按流程填写${period}的项目数据；“部门”可不填（不填表示全流程）。延期项目数不应多于项目数。`,
  countError: '请填写 0 或正整数。',
};

const en: FormLabels = {
  title: 'Cross-Department Collaboration Survey',
  formSheet: 'Questionnaire',
  tallySheet: 'Many respondents',
  instructions: 'From your own experience of working across departments, rate each statement from 1 to 5 in the Answer column. The survey only serves to improve how departments work together; results are reported by department.',
  tallyInstructions: 'For the consultant: one row per respondent (department, position, an answer 1–5 per statement); each row is imported as one response.',
  department: 'Department',
  position: 'Position',
  respondent: 'Name or code (optional)',
  code: 'No.',
  statement: 'Statement',
  answer: 'Answer (1–5)',
  scale: SCALE_EN,
  scaleLine: SCALE_EN.map((s, i) => `${i + 1} = ${s}`).join('; '),
  answerError: 'Enter a whole number from 1 to 5.',
  answerErrorTitle: 'Invalid answer',
  departmentError: 'Choose a department from the list.',
  paperInstructions: 'Tick the box under your answer for each statement:',
  thanks: 'Thank you for taking part!',
  historyTitle: 'Cross-department project history',
  historySheet: 'History data',
  historyInstructions: (period) => `Enter the project figures of ${period} per process; leave Department empty for the whole process. Delayed projects cannot exceed projects.`,
  countError: 'Enter 0 or a positive whole number.',
};

export function formLabels(language: Language): FormLabels {
  return language === 'zh-CN' ? zh : en;
}
