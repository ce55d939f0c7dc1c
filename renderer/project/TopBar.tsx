import { useTranslation } from 'react-i18next';
import { useAboutStore } from '../about/about-store';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { useProjectStore } from '../state/project-store';
import { ExportMenu } from '../exports/ExportMenu';
import { UndoRedoButtons } from './UndoRedoButtons';

export function TopBar() {
  const { t } = useTranslation();
  const name = useProjectStore((s) => s.project?.state.meta.name ?? '');
  const organisation = useProjectStore((s) => s.project?.state.meta.organisation ?? '');
  const close = useProjectStore((s) => s.close);
  const saveAs = useProjectStore((s) => s.saveAs);
  const desktop = useProjectStore((s) => s.appInfo?.host === 'electron');
  const showAbout = useAboutStore((s) => s.show);

  return (
    <header className="topbar">
      <div className="topbar-title">
        <span className="brand-mark" aria-hidden="true">
          {t('app.name')}
        </span>
        <h1>{name}</h1>
        {organisation && <span className="topbar-organisation">{organisation}</span>}
      </div>
      <div className="topbar-actions">
        <UndoRedoButtons />
        <span className="topbar-divider" aria-hidden="true" />
        <ExportMenu />
        <LanguageSwitch />
        {/* The browser version keeps every project in its one folder: no file dialogs there. */}
        {desktop && (
          <button type="button" title={t('project.saveAsHint')} onClick={() => void saveAs()}>
            {t('project.saveAs')}
          </button>
        )}
        <button type="button" onClick={showAbout}>
          {t('project.about')}
        </button>
        <button type="button" onClick={() => void close()}>
          {t('project.close')}
        </button>
      </div>
    </header>
  );
}
