import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutDialog } from './about/AboutDialog';
import { ErrorAlert } from './common/ErrorAlert';
import { useProjectLanguage } from './i18n/use-project-language';
import { commitOnLeave } from './project/commit-on-leave';
import { ProjectScreen } from './project/ProjectScreen';
import { useMenuActions } from './project/use-menu-actions';
import { StartScreen } from './start/StartScreen';
import { useProjectStore } from './state/project-store';

export function App() {
  const { t } = useTranslation();
  const phase = useProjectStore((s) => s.phase);
  const hasProject = useProjectStore((s) => s.project !== null);
  const load = useProjectStore((s) => s.load);
  useProjectLanguage();
  useMenuActions();

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => commitOnLeave(), []);

  return (
    <>
      <ErrorAlert />
      {phase === 'loading' ? (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      ) : hasProject ? (
        <ProjectScreen />
      ) : (
        <StartScreen />
      )}
      <AboutDialog />
    </>
  );
}
