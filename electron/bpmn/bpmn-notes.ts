import type { Language } from '../../shared/model/entities';

/** Words for what an imported step's notes say about the BPMN element it came from. */
const NOTES = {
  'zh-CN': {
    intermediate: '原为 BPMN 中间事件',
    event: (type: string) => `事件类型：${type}`,
    gateway: (type: string) => `原为 BPMN ${type}`,
    subProcess: '子流程',
    callActivity: '调用活动(子流程)',
    innerFlow: (name: string) => `内部流程已导入为“${name}”`,
  },
  en: {
    intermediate: 'Was a BPMN intermediate event',
    event: (type: string) => `Event type: ${type}`,
    gateway: (type: string) => `Was a BPMN ${type}`,
    subProcess: 'Sub-process',
    callActivity: 'Call activity (sub-process)',
    innerFlow: (name: string) => `Inner flow imported as "${name}"`,
  },
} as const;

export function bpmnNotes(language: Language) {
  return NOTES[language];
}
