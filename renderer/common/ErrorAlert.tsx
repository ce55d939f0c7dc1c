import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';
import { CloseIcon } from './icons';
import { errorText } from './error-text';

/** The last error from main, until the user dismisses it. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const error = useProjectStore((s) => s.error);
  const dismiss = useProjectStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="error-alert" role="alert">
      <div className="error-text">
        <strong>{t(`errors.${error.code}`)}</strong>
        <span className="error-detail">{errorText(t, error)}</span>
      </div>
      <button type="button" className="icon-button" aria-label={t('errors.dismiss')} title={t('errors.dismiss')} onClick={dismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
