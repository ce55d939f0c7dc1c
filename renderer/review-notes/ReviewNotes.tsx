import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewNote } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { useProjectStore } from '../state/project-store';

interface ReviewNotesProps {
  /** One process's notes, or every process's, grouped by process. */
  processId: string | null;
}

/** Clients' remarks and notes from imported workbooks, per process; open ones first, each resolvable (and undoable). */
export function ReviewNotes({ processId }: ReviewNotesProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const notes = useProjectStore((s) => s.project?.state.tables.reviewNotes);
  const processes = useProjectStore((s) => s.project?.state.tables.processes);
  const execute = useProjectStore((s) => s.execute);
  const [showResolved, setShowResolved] = useState(false);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' }), [i18n.resolvedLanguage]);

  const inScope = useMemo(() => Object.values(notes ?? {}).filter((n) => processId === null || n.processId === processId), [notes, processId]);
  const open = inScope.filter((n) => !n.resolvedAt);
  const resolved = inScope.filter((n) => n.resolvedAt);
  const groups = useMemo(() => {
    const listed = showResolved ? inScope : inScope.filter((n) => !n.resolvedAt);
    return sortedByOrder(Object.values(processes ?? {}))
      .map((process) => ({ process, notes: listed.filter((n) => n.processId === process.id).sort(byStep) }))
      .filter((g) => g.notes.length > 0);
  }, [inScope, processes, showResolved]);

  const formatDate = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
  };
  const setResolved = (note: ReviewNote, resolvedAt: string) => void execute({ type: 'update', table: 'reviewNotes', id: note.id, patch: { resolvedAt } });

  if (inScope.length === 0) return null;
  return (
    <section className="review-notes" aria-labelledby={headingId}>
      <header className="review-notes-header">
        <h2 id={headingId}>{t('reviewNotes.title')}</h2>
        <span className="review-notes-count">{t('reviewNotes.openCount', { count: open.length })}</span>
        {resolved.length > 0 && (
          <button type="button" aria-pressed={showResolved} onClick={() => setShowResolved((s) => !s)}>
            {showResolved ? t('reviewNotes.hideResolved') : t('reviewNotes.showResolved', { count: resolved.length })}
          </button>
        )}
      </header>
      <p className="hint">{t('reviewNotes.intro')}</p>
      {open.length === 0 && !showResolved && <p className="empty">{t('reviewNotes.none')}</p>}
      {groups.map(({ process, notes: list }) => (
        <section key={process.id} className="review-notes-process" aria-label={t('reviewNotes.process', { process: process.name })}>
          {processId === null && <h3>{process.name}</h3>}
          <ul className="review-note-list">
            {list.map((note) => {
              const step = [note.stepLabel || t('reviewNotes.wholeProcess'), note.partyLabel].filter(Boolean).join(' · ');
              return (
                <li key={note.id} className={note.resolvedAt ? 'review-note is-resolved' : 'review-note'}>
                  <p className="review-note-where">
                    <span className="review-note-source">{t(`reviewNotes.source.${note.source}`)}</span> {step}
                  </p>
                  <p className="review-note-text">{note.text}</p>
                  <p className="review-note-meta hint">
                    {[note.author && t('reviewNotes.by', { author: note.author }), note.writtenAt && formatDate(note.writtenAt), note.fileName && t('reviewNotes.from', { fileName: note.fileName }), note.resolvedAt && t('reviewNotes.resolvedOn', { date: formatDate(note.resolvedAt) })]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {note.resolvedAt ? (
                    <button type="button" aria-label={t('reviewNotes.reopenNote', { step })} onClick={() => setResolved(note, '')}>
                      {t('reviewNotes.reopen')}
                    </button>
                  ) : (
                    <button type="button" aria-label={t('reviewNotes.resolveNote', { step })} onClick={() => setResolved(note, new Date().toISOString())}>
                      {t('reviewNotes.resolve')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

function byStep(a: ReviewNote, b: ReviewNote): number {
  return a.stepLabel.localeCompare(b.stepLabel, undefined, { numeric: true }) || a.importedAt.localeCompare(b.importedAt);
}
