import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import type { Language } from '../model/entities';
import { emptyProject, type ProjectState } from '../model/project-state';
import { standardQuestionnaireCommands } from './standard-questionnaire';

/** Ids that say what they are: "sd-1", "sq-4"… */
export function counterIds(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}${++n}`;
}

/**
 * Test fixture: three departments, a launch process of four steps and a budget process without
 * steps, and the method's questionnaire; built through commands like the app does.
 */
export function diagnosisTestProject(language: Language = 'zh-CN'): ProjectState {
  const zh = language === 'zh-CN';
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'mkt', name: zh ? '市场部' : 'Marketing' } },
    { type: 'add', table: 'departments', row: { id: 'rd', name: zh ? '研发部' : 'R&D' } },
    { type: 'add', table: 'departments', row: { id: 'sales', name: zh ? '销售部' : 'Sales' } },
    { type: 'add', table: 'processes', row: { id: 'launch', name: zh ? '新产品上线' : 'Product launch' } },
    { type: 'add', table: 'processes', row: { id: 'budget', name: zh ? '年度预算编制' : 'Annual budget' } },
    { type: 'add', table: 'lanes', row: { id: 'l-mkt', processId: 'launch', departmentId: 'mkt' } },
    { type: 'add', table: 'lanes', row: { id: 'l-rd', processId: 'launch', departmentId: 'rd' } },
  ];
  const steps: Array<[string, string, string]> = zh
    ? [
        ['s1', 'l-mkt', '需求提出'],
        ['s2', 'l-rd', '需求评审'],
        ['s3', 'l-rd', '研发执行'],
        ['s4', 'l-mkt', '市场推广'],
      ]
    : [
        ['s1', 'l-mkt', 'Request'],
        ['s2', 'l-rd', 'Review'],
        ['s3', 'l-rd', 'Develop'],
        ['s4', 'l-mkt', 'Promote'],
      ];
  steps.forEach(([id, laneId, name], i) => {
    commands.push({ type: 'add', table: 'steps', row: { id, processId: 'launch', laneId, name, x: 100 + i * 180, y: laneId === 'l-mkt' ? 60 : 220, kind: i === 0 ? 'start' : 'task' } });
    if (i > 0) commands.push({ type: 'add', table: 'flows', row: { id: `f${i}`, processId: 'launch', fromStepId: steps[i - 1]![0], toStepId: id } });
  });
  let state = emptyProject({ name: zh ? '协作诊断' : 'Diagnosis', language, organisation: zh ? '华东制造' : 'Acme' });
  state = execute(state, { type: 'batch', commands }).state;
  return execute(state, standardQuestionnaireCommands(state.tables.surveyDimensions, counterIds(), 'questionnaire')).state;
}
