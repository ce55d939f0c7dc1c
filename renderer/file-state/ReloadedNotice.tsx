import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';
import { CloseIcon } from '../common/icons';

/** Tells the user that what they see was reloaded because another program wrote to the file. */
export function ReloadedNotice() {
  const { t } = useTranslation();
  const notice = useProjectStore((s) => s.notice);
  const dismiss = useProjectStore((s) => s.dismissNotice);
  if (notice !== 'reloaded') return null;
  return (
    <div className="file-banner" role="status">
      <span>{t('fileState.reloaded')}</span>
      <button type="button" className="icon-button" aria-label={t('fileState.dismiss')} title={t('fileState.dismiss')} onClick={dismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
