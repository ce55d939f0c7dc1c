import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';

/** Every change is written as it is made: this says so, and names the file it went to. */
export function SaveStatus() {
  const { t } = useTranslation();
  const path = useProjectStore((s) => s.project?.path ?? '');
  const saving = useProjectStore((s) => s.saving > 0);
  const fileName = path.split(/[\\/]/).pop() ?? '';
  return (
    <div className="save-status" role="status" title={t('project.savedIn', { path })}>
      <span className={saving ? 'save-dot saving' : 'save-dot'} aria-hidden="true" />
      {saving ? t('project.saving') : t('project.saved')}
      <span className="save-file">{fileName}</span>
    </div>
  );
}
