import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';

/** Every change is written as it is made: this says so, and names the file it went to. */
export function SaveStatus() {
  const { t } = useTranslation();
  const path = useProjectStore((s) => s.project?.path ?? '');
  const saving = useProjectStore((s) => s.saving > 0);
  const readOnly = useProjectStore((s) => s.project?.readOnly ?? null) !== null;
  const fileName = path.split(/[\\/]/).pop() ?? '';
  return (
    <div className="save-status" role="status" title={t('project.savedIn', { path })}>
      <span className={readOnly ? 'save-dot read-only' : saving ? 'save-dot saving' : 'save-dot'} aria-hidden="true" />
      {readOnly ? t('project.readOnly') : saving ? t('project.saving') : t('project.saved')}
      <span className="save-file">{fileName}</span>
    </div>
  );
}
