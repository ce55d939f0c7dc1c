import type { Language } from '../../shared/model/entities';

export const BPMN_REFUSALS = ['tooLarge', 'notText', 'doctype', 'notXml', 'notBpmn', 'noProcess'] as const;
export type BpmnRefusal = (typeof BPMN_REFUSALS)[number];

const MESSAGES: Record<BpmnRefusal, Record<Language, (file: string, detail: string) => string>> = {
  tooLarge: {
    'zh-CN': (f, d) => `“${f}”过大(${d})，无法作为 BPMN 文件导入。`,
    en: (f, d) => `"${f}" is too large (${d}) to import as a BPMN file.`,
  },
  notText: {
    'zh-CN': (f) => `“${f}”不是文本文件，不是 BPMN 2.0 文件。`,
    en: (f) => `"${f}" is not a text file, so it is not a BPMN 2.0 file.`,
  },
  doctype: {
    'zh-CN': (f) => `“${f}”含有 DOCTYPE 或实体声明；BPMN 文件不需要它们，出于安全考虑不予读取。`,
    en: (f) => `"${f}" declares a DOCTYPE or entities; BPMN files need none, and such files are not read, for safety.`,
  },
  notXml: {
    'zh-CN': (f, d) => `“${f}”已损坏或不是有效的 XML：${d}`,
    en: (f, d) => `"${f}" is damaged or not valid XML: ${d}`,
  },
  notBpmn: {
    'zh-CN': (f) => `“${f}”不是 BPMN 2.0 文件(缺少 BPMN 命名空间下的 definitions 根元素)。`,
    en: (f) => `"${f}" is not a BPMN 2.0 file (no definitions root element in the BPMN namespace).`,
  },
  noProcess: {
    'zh-CN': (f) => `“${f}”中没有可导入的流程(没有包含节点的流程或泳池)。`,
    en: (f) => `"${f}" holds no process to import (no process or pool with any element).`,
  },
};

/** A BPMN file that cannot be imported; nothing was changed. The message is in the project's language. */
export class BpmnImportError extends Error {
  override readonly name = 'BpmnImportError';
  constructor(
    readonly reason: BpmnRefusal,
    fileName: string,
    language: Language,
    detail = '',
  ) {
    super(MESSAGES[reason][language](fileName, detail));
  }
}
