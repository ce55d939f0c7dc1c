import { useTranslation } from 'react-i18next';
import type { ImportPreviewView } from '../../shared/ipc/contract';
import { displayLetters } from '../../shared/model/raci-letters';
import { ImportModal } from './ImportModal';
import { useProjectStore } from '../state/project-store';

interface ImportPreviewDialogProps {
  preview: ImportPreviewView;
  onClose: (applied: boolean) => void;
}

/** What a client's workbook would change, shown before anything changes. */
export function ImportPreviewDialog({ preview, onClose }: ImportPreviewDialogProps) {
  const { t } = useTranslation();
  const applyImport = useProjectStore((s) => s.applyImport);
  const total = preview.added + preview.removed + preview.changed;

  return (
    <ImportModal title={t('exports.previewTitle', { fileName: preview.fileName })} apply={preview.token ? () => applyImport(preview.token) : null} onClose={onClose}>
      <p>{total === 0 ? t('exports.nothing') : t('exports.summary', { added: preview.added, removed: preview.removed, changed: preview.changed })}</p>
      {preview.changes.length > 0 && (
        <div className="import-changes">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('exports.step')}</th>
                <th scope="col">{t('exports.party')}</th>
                <th scope="col">{t('exports.before')}</th>
                <th scope="col">{t('exports.after')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((c) => (
                <tr key={`${c.processName}/${c.stepCode}/${c.partyName}`}>
                  <td>
                    {c.stepCode} {c.stepName}
                  </td>
                  <td>{c.partyName}</td>
                  <td>{displayLetters(c.before) || '—'}</td>
                  <td>{displayLetters(c.after) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > preview.changes.length && <p>{t('exports.more', { count: total - preview.changes.length })}</p>}
        </div>
      )}
      {preview.unmatched.length > 0 && (
        <>
          <h3>{t('exports.unmatched')}</h3>
          <ul className="import-unmatched">
            {preview.unmatched.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </>
      )}
    </ImportModal>
  );
}
