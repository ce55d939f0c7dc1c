import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice, ImportPreviewView } from '../../shared/ipc/contract';
import { useProjectStore } from '../state/project-store';
import { ImportCellTable, lettersText } from './ImportCellTable';
import { ImportConflicts } from './ImportConflicts';
import { ImportModal } from './ImportModal';

interface ImportPreviewDialogProps {
  preview: ImportPreviewView;
  onClose: (applied: boolean) => void;
}

interface GroupProps {
  title: string;
  hint?: string;
  shown: number;
  total: number;
  children: ReactNode;
}

/** One group of the preview, named by its heading with its count. */
function Group({ title, hint, shown, total, children }: GroupProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="import-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {hint && <p className="hint">{hint}</p>}
      {children}
      {total > shown && <p>{t('exports.more', { count: total - shown })}</p>}
    </section>
  );
}

/**
 * What a client's workbook would do, compared three ways, shown before anything changes: the cells
 * taken from the workbook, the ones Lanewise changed since the export (kept), the conflicts to
 * settle, the cells left out and the review notes it brings.
 */
export function ImportPreviewDialog({ preview, onClose }: ImportPreviewDialogProps) {
  const { t, i18n } = useTranslation();
  const applyImport = useProjectStore((s) => s.applyImport);
  const [all, setAll] = useState<ConflictChoice | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, ConflictChoice>>(new Map());
  const { counts } = preview;
  const empty = t('exports.empty');
  const settled = counts.conflicts === 0 || all !== null || choices.size === counts.conflicts;
  const nothing = counts.applied + counts.kept + counts.conflicts + counts.notes === 0;
  const exportedOn = useMemo(() => {
    const date = new Date(preview.exportedAt);
    return Number.isNaN(date.getTime()) ? preview.exportedAt : new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }, [preview.exportedAt, i18n.resolvedLanguage]);

  const apply = () => applyImport(preview.token, { ...(all ? { all } : {}), cells: [...choices].map(([index, take]) => ({ index, take })) });

  return (
    <ImportModal
      title={t('exports.previewTitle', { fileName: preview.fileName })}
      apply={preview.token && settled ? apply : null}
      note={settled ? undefined : t('exports.unsettled')}
      onClose={onClose}
    >
      {preview.record === 'found' ? (
        <p>{t('exports.compared', { date: exportedOn })}</p>
      ) : (
        <p className="import-warning">{t(preview.record === 'missing' ? 'exports.noRecord' : 'exports.damagedRecord')}</p>
      )}
      <p className="import-summary">{nothing ? t('exports.nothing') : t('exports.summary', { applied: counts.applied, kept: counts.kept, conflicts: counts.conflicts })}</p>

      {counts.conflicts > 0 && (
        <Group title={t('exports.conflictsGroup', { count: counts.conflicts })} hint={t('exports.conflictsHint')} shown={preview.conflicts.length} total={counts.conflicts}>
          <ImportConflicts
            conflicts={preview.conflicts}
            choiceOf={(i) => choices.get(i) ?? all ?? undefined}
            onChoose={(i, choice) => setChoices((c) => new Map(c).set(i, choice))}
            onChooseAll={(choice) => {
              setAll(choice);
              setChoices(new Map());
            }}
          />
        </Group>
      )}
      {counts.applied > 0 && (
        <Group title={t('exports.appliedGroup', { count: counts.applied })} hint={t('exports.appliedHint')} shown={preview.applied.length} total={counts.applied}>
          <ImportCellTable cells={preview.applied} labels={[t('exports.inLanewise'), t('exports.inWorkbook')]} values={(c) => [lettersText(c.mine, empty), lettersText(c.theirs, empty)]} />
        </Group>
      )}
      {counts.kept > 0 && (
        <Group title={t('exports.keptGroup', { count: counts.kept })} hint={t('exports.keptHint')} shown={preview.kept.length} total={counts.kept}>
          <ImportCellTable cells={preview.kept} labels={[t('exports.inWorkbook'), t('exports.inLanewise')]} values={(c) => [lettersText(c.theirs, empty), lettersText(c.mine, empty)]} />
        </Group>
      )}
      {counts.notes > 0 && (
        <Group title={t('exports.notesGroup', { count: counts.notes })} shown={preview.notes.length} total={counts.notes}>
          <ul className="import-notes">
            {preview.notes.map((n, i) => (
              <li key={i}>
                <strong>{[n.stepLabel, n.partyLabel].filter(Boolean).join(' · ') || n.processName}</strong> {n.text}
                {n.author && <span className="hint"> — {t('exports.noteBy', { author: n.author })}</span>}
              </li>
            ))}
          </ul>
        </Group>
      )}
      {counts.bad > 0 && (
        <Group title={t('exports.badGroup', { count: counts.bad })} hint={t('exports.badHint')} shown={preview.bad.length} total={counts.bad}>
          <ul className="import-unmatched">
            {preview.bad.map((b) => (
              <li key={`${b.ref}/${b.reason}`}>
                <span className="import-ref">{b.ref}</span> {t(`exports.badReason.${b.reason}`, { value: b.value })}
              </li>
            ))}
          </ul>
        </Group>
      )}
    </ImportModal>
  );
}
