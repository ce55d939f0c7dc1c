import type { CommandInput } from '../commands/command-schema';
import type { Language, PolicySection } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import type { DefaultChapter, PolicyChapter } from './default-chapter';
import { DEFAULT_POLICY_EN } from './default-policy-en';
import { DEFAULT_POLICY_ZH } from './default-policy-zh';

export function defaultChapters(language: Language): readonly DefaultChapter[] {
  return language === 'zh-CN' ? DEFAULT_POLICY_ZH : DEFAULT_POLICY_EN;
}

export function defaultChapterTitle(chapter: PolicyChapter, language: Language): string {
  return defaultChapters(language).find((c) => c.chapter === chapter)!.title;
}

/** The nine chapters of the policy with their default text, ready to be added to a project. */
export function defaultPolicySections(language: Language, newId: () => string): PolicySection[] {
  return defaultChapters(language).map((c, order) => ({ id: newId(), chapter: c.chapter, title: c.title, body: c.body, order }));
}

/**
 * One undoable batch adding the default chapters when the project has none yet (the policy editor
 * calls it on first edit); null when the project already has its own text.
 */
export function ensurePolicyCommand(state: ProjectState, language: Language, newId: () => string): CommandInput | null {
  if (Object.keys(state.tables.policySections).length > 0) return null;
  const label = language === 'zh-CN' ? '生成管理办法默认条文' : 'Default policy text';
  return {
    type: 'batch',
    label,
    commands: defaultPolicySections(language, newId).map((row) => ({ type: 'add', table: 'policySections', row })),
  };
}
