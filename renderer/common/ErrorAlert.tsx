import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';
import { CloseIcon } from './icons';
import { errorText } from './error-text';

/** The last error from main, until the user dismisses it. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const error = useProjectStore((s) => s.error);
  const dismiss = useProjectStore((s) => s.dismissError);
  const lockedPath = useProjectStore((s) => s.lockedPath);
  const open = useProjectStore((s) => s.open);
  if (!error) return null;
  return (
    <div className="error-alert" role="alert">
      <div className="error-text">
        <strong>{t(`errors.${error.code}`)}</strong>
        <span className="error-detail">{errorText(t, error)}</span>
        {lockedPath && (
          <button type="button" className="error-action" onClick={() => void open(lockedPath, { readOnly: true })}>
            {t('fileState.openReadOnly')}
          </button>
        )}
      </div>
      <button type="button" className="icon-button" aria-label={t('errors.dismiss')} title={t('errors.dismiss')} onClick={dismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
