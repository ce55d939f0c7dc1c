import { POLICY_CHAPTERS, type Language, type PolicySection } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import type { PolicyChapter } from './default-chapter';
import { defaultChapterTitle, defaultPolicySections } from './default-policy';

/** Chapters that carry parts generated from the model (the count of processes, the rulings, the annexes); those are never left out. */
function generatedChapters(state: ProjectState): PolicyChapter[] {
  const chapters: PolicyChapter[] = [];
  const processes = Object.keys(state.tables.processes).length > 0;
  const decisions = Object.keys(state.tables.decisions).length > 0;
  if (processes) chapters.push('framework');
  if (decisions) chapters.push('escalation');
  if (processes || decisions) chapters.push('annex');
  return chapters;
}

const rank = (c: PolicyChapter) => POLICY_CHAPTERS.indexOf(c);

/**
 * The sections the document is written from: the project's own in their order, or the default
 * text when it has none. A chapter with generated parts (processes, RACI tables, rulings) that
 * the user deleted comes back with its default title and no articles, at its usual place.
 */
export function exportSections(state: ProjectState, language: Language): PolicySection[] {
  const own = sortedByOrder(Object.values(state.tables.policySections));
  let n = 0;
  if (own.length === 0) return defaultPolicySections(language, () => `default-${n++}`);
  const sections = [...own];
  for (const chapter of generatedChapters(state)) {
    if (sections.some((s) => s.chapter === chapter)) continue;
    const at = sections.findIndex((s) => rank(s.chapter) > rank(chapter));
    const added: PolicySection = { id: `generated-${chapter}`, chapter, title: defaultChapterTitle(chapter, language), body: '', order: -1 };
    sections.splice(at < 0 ? sections.length : at, 0, added);
  }
  return sections;
}
