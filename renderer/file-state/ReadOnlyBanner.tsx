import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';

/** Says, for as long as it holds, why edits to this project are not saved — and how to keep them. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const reason = useProjectStore((s) => s.project?.readOnly ?? null);
  const desktop = useProjectStore((s) => s.appInfo?.host === 'electron');
  const saveAs = useProjectStore((s) => s.saveAs);
  if (!reason) return null;
  return (
    <div className="file-banner" role="status">
      <span>{t(`fileState.readOnly.${reason}`)}</span>
      {desktop && (
        <button type="button" onClick={() => void saveAs()}>
          {t('fileState.saveCopy')}
        </button>
      )}
    </div>
  );
}
