import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './common/ErrorAlert';
import { useProjectLanguage } from './i18n/use-project-language';
import { ProjectScreen } from './project/ProjectScreen';
import { StartScreen } from './start/StartScreen';
import { useProjectStore } from './state/project-store';

export function App() {
  const { t } = useTranslation();
  const phase = useProjectStore((s) => s.phase);
  const hasProject = useProjectStore((s) => s.project !== null);
  const load = useProjectStore((s) => s.load);
  useProjectLanguage();

  useEffect(() => {
    void load();
  }, [load]);

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
    </>
  );
}
