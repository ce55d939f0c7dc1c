import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { NewProjectForm } from './NewProjectForm';
import { RecentProjects } from './RecentProjects';

export function StartScreen() {
  const { t } = useTranslation();
  return (
    <div className="start-screen">
      <div className="start-corner">
        <LanguageSwitch />
      </div>
      <main className="start-main">
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
