import { useTranslation } from 'react-i18next';
import { useAboutStore } from '../about/about-store';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { SkipLink } from '../common/SkipLink';
import { NewProjectForm } from './NewProjectForm';
import { RecentProjects } from './RecentProjects';
import './start.css';

export function StartScreen() {
  const { t } = useTranslation();
  const showAbout = useAboutStore((s) => s.show);
  return (
    <div className="start-screen">
      <SkipLink targetId="start-content" />
      <div className="start-corner">
        <button type="button" onClick={showAbout}>
          {t('project.about')}
        </button>
        <LanguageSwitch />
      </div>
      <main className="start-main" id="start-content">
        <header className="start-brand">
          <h1>{t('app.name')}</h1>
          <p>{t('app.tagline')}</p>
        </header>
        <div className="start-columns">
          <NewProjectForm />
          <RecentProjects />
        </div>
      </main>
    </div>
  );
}
