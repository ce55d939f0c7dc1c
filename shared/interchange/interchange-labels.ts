import type { Language } from '../model/entities';

const LABELS = {
  'zh-CN': {
    importBpmnLabel: (file: string) => `导入 BPMN：${file}`,
    importTableLabel: (file: string) => `从表格导入流程：${file}`,
  },
  en: {
    importBpmnLabel: (file: string) => `Import BPMN: ${file}`,
    importTableLabel: (file: string) => `Import process from table: ${file}`,
  },
} as const;

/** Words of the process import and export that reach the project (undo labels). */
export function interchangeLabels(language: Language) {
  return LABELS[language];
}
