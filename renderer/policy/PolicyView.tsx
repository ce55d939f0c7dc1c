import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicySection } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { chapterLabel } from '../../shared/policy/article-numbering';
import { defaultPolicySections } from '../../shared/policy/default-policy';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { PolicyChapterEditor } from './PolicyChapterEditor';
import { PolicySettings } from './PolicySettings';

// Shown until the first edit; the ids only key the list.
let previewSeq = 0;
const previewId = () => `preview-${previewSeq++}`;

/** The policy draft's chapters, edited as plain text and saved in the project. */
export function PolicyView() {
  const { t } = useTranslation();
  const headingId = useId();
  const stored = useProjectStore((s) => s.project?.state.tables.policySections);
  const language = useProjectStore((s) => s.project?.state.meta.language ?? 'zh-CN');
  const execute = useProjectStore((s) => s.execute);
  const hasOwn = Object.keys(stored ?? {}).length > 0;
  const sections = useMemo(() => (hasOwn ? sortedByOrder(Object.values(stored ?? {})) : defaultPolicySections(language, previewId)), [hasOwn, stored, language]);

  function save(section: PolicySection, patch: Partial<Pick<PolicySection, 'title' | 'body'>>): void {
    if (hasOwn) {
      void execute({ type: 'update', table: 'policySections', id: section.id, patch });
      return;
    }
    // The first edit stores the whole default draft with the edit in it: one undo step.
    const rows = defaultPolicySections(language, () => newId('ps_')).map((row) => (row.chapter === section.chapter ? { ...row, ...patch } : row));
    void execute({ type: 'batch', commands: rows.map((row) => ({ type: 'add', table: 'policySections', row })) });
  }

  return (
    <section className="policy-view" aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId}>{t('policy.title')}</h2>
        <p>{t('policy.intro')}</p>
        {!hasOwn && <p className="policy-defaults">{t('policy.defaults')}</p>}
      </header>
      <PolicySettings />
      <p className="field-hint">{t('policy.bodyHint')}</p>
      {sections.map((section, index) => (
        <PolicyChapterEditor key={section.id} label={chapterLabel(index + 1, language)} section={section} onSave={(patch) => save(section, patch)} />
      ))}
    </section>
  );
}
