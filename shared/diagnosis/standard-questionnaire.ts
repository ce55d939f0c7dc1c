import type { CommandInput } from '../commands/command-schema';
import type { Tables } from '../model/project-state';

interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * The questionnaire of the method (问卷调查): its three dimensions, each with Likert statements
 * rated 1 (strongly disagree) to 5 (strongly agree). Statements are worded so that agreeing is good,
 * so a higher mean is always better.
 */
export const STANDARD_QUESTIONNAIRE: ReadonlyArray<{ readonly name: Bilingual; readonly questions: readonly Bilingual[] }> = [
  {
    name: { zh: '流程清晰度', en: 'Process clarity' },
    questions: [
      { zh: '我清楚跨部门协作项目从发起到结束的完整流程。', en: 'I know the whole cross-department process from start to finish.' },
      { zh: '每个环节的输入、输出和完成标准都有明确规定。', en: 'The input, output and completion criteria of each step are clearly defined.' },
      { zh: '需求变更有统一的处理流程。', en: 'Changes to requirements follow one agreed procedure.' },
      { zh: '书面流程与实际做法一致。', en: 'The written process matches how the work is actually done.' },
    ],
  },
  {
    name: { zh: '责任明确性', en: 'Clarity of responsibility' },
    questions: [
      { zh: '每项协作任务都有明确的唯一负责人。', en: 'Every collaborative task has one clearly accountable owner.' },
      { zh: '我清楚自己在跨部门协作中的职责和权限。', en: 'I know my own responsibilities and authority in cross-department work.' },
      { zh: '出现问题时，能很快明确由谁负责解决。', en: 'When a problem arises, it is quickly clear who must solve it.' },
      { zh: '部门之间很少互相推诿或职责重叠。', en: 'Departments rarely pass problems on to each other or overlap in responsibility.' },
    ],
  },
  {
    name: { zh: '沟通效率', en: 'Communication efficiency' },
    questions: [
      { zh: '跨部门的信息能及时传递给需要的人。', en: 'Information reaches the people who need it in other departments in time.' },
      { zh: '跨部门会议高效，会后有明确的结论和行动项。', en: 'Cross-department meetings are efficient and end with clear decisions and actions.' },
      { zh: '我能方便地获得其他部门的支持与反馈。', en: 'I can easily get support and feedback from other departments.' },
      { zh: '跨部门沟通的渠道和工具统一、好用。', en: 'The channels and tools for cross-department communication are agreed and easy to use.' },
    ],
  },
];

/** One undoable batch adding the method's dimensions and questions after any already there. */
export function standardQuestionnaireCommands(dimensions: Tables['surveyDimensions'], newId: (prefix: string) => string, label: string): CommandInput {
  const commands: CommandInput[] = [];
  const first = Math.max(-1, ...Object.values(dimensions).map((d) => d.order)) + 1;
  STANDARD_QUESTIONNAIRE.forEach((dimension, d) => {
    const dimensionId = newId('sd-');
    commands.push({ type: 'add', table: 'surveyDimensions', row: { id: dimensionId, nameZh: dimension.name.zh, nameEn: dimension.name.en, order: first + d } });
    dimension.questions.forEach((q, order) => commands.push({ type: 'add', table: 'surveyQuestions', row: { id: newId('sq-'), dimensionId, textZh: q.zh, textEn: q.en, order } }));
  });
  return { type: 'batch', label, commands };
}
