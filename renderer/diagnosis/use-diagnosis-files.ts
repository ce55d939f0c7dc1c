import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../shared/diagnosis/import-problems';
import type { DiagnosisExportKind } from '../../shared/ipc/diagnosis-requests';
import { api } from '../api/api';
import { downloadFile, fileToBase64 } from '../exports/download-file';
import { currentSession, useProjectStore } from '../state/project-store';

export interface RefusedImport {
  readonly problems: readonly ImportProblem[];
  readonly total: number;
}

/** Exports and imports of the diagnosis from one view: one at a time, with what happened in words. */
export function useDiagnosisFiles() {
  const { t } = useTranslation();
  const showError = useProjectStore((s) => s.showError);
  const changeWith = useProjectStore((s) => s.changeWith);
  const [status, setStatus] = useState('');
  const [refused, setRefused] = useState<RefusedImport | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportFile(kind: DiagnosisExportKind): Promise<void> {
    if (busy) return;
    setBusy(true);
    setStatus(t('diagnosis.files.exporting'));
    const result = await api.invoke('diagnosis.export', { session: currentSession(), kind }).finally(() => setBusy(false));
    if (!result.ok) {
      setStatus('');
      showError(result.error);
      return;
    }
    const outcome = result.value;
    if (outcome.kind === 'download') {
      downloadFile(outcome.fileName, outcome.url);
      setStatus(t('diagnosis.files.downloaded', { fileName: outcome.fileName }));
    } else setStatus(outcome.kind === 'saved' ? t('diagnosis.files.saved', { path: outcome.path }) : '');
  }

  /** Files from the browser's picker, or null to let the desktop app ask with its own dialog. */
  async function importFiles(channel: 'diagnosis.importSurvey' | 'diagnosis.importHistory', files: readonly File[] | null): Promise<void> {
    if (busy) return;
    setBusy(true);
    setRefused(null);
    setStatus(t('diagnosis.files.reading'));
    try {
      const upload = files ? await Promise.all(files.map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) }))) : undefined;
      const outcome = await changeWith(
        (session) => api.invoke(channel, { session, ...(upload ? { files: upload } : {}) }),
        (value) => (value.kind === 'imported' ? value.change : null),
      );
      if (!outcome || outcome.kind === 'cancelled') setStatus('');
      else if (outcome.kind === 'refused') {
        setStatus('');
        setRefused({ problems: outcome.problems, total: outcome.total });
      } else setStatus(channel === 'diagnosis.importSurvey' ? t('diagnosis.files.surveyImported', { count: outcome.added }) : t('diagnosis.files.historyImported', { added: outcome.added, updated: outcome.updated }));
    } finally {
      setBusy(false);
    }
  }

  return { status, refused, busy, exportFile, importFiles, dismiss: () => setRefused(null) };
}
