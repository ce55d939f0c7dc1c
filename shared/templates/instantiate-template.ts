import type { CommandInput } from '../commands/command-schema';
import type { Language } from '../model/entities';
import { rowsOf, type ProjectState } from '../model/project-state';
import { processCommands } from './process-commands';
import { resolveParties } from './resolve-parties';
import { templateInfo, type TemplateId } from './template-catalogue';
import { TEMPLATE_CONTENT } from './template-content';

/** A process name not yet used in the project: the template's, numbered when it is taken. */
function freeName(base: string, taken: Set<string>, language: Language): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = language === 'zh-CN' ? `${base}(${n})` : `${base} (${n})`;
  taken.add(name);
  return name;
}

/**
 * One undoable batch adding a template's process(es) to the project in the given language.
 * Departments and positions already in the project are reused by name; ids come from newId.
 */
export function templateCommands(templateId: TemplateId, language: Language, state: ProjectState, newId: () => string): CommandInput {
  const info = templateInfo(templateId);
  const content = TEMPLATE_CONTENT[templateId];
  const { ids, commands } = resolveParties(content, language, state, newId);
  const taken = new Set(rowsOf(state, 'processes').map((p) => p.name));
  for (const process of content.processes) {
    const name = freeName(process.name[language], taken, language);
    commands.push(...processCommands(process, { name, category: info.category[language], language, parties: ids, newId }));
  }
  const label = language === 'zh-CN' ? `从模板添加：${info.name[language]}` : `Add from template: ${info.name[language]}`;
  return { type: 'batch', label, commands };
}
