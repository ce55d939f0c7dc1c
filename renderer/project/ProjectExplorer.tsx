import { useTranslation } from 'react-i18next';
import { ProcessList } from '../processes/ProcessList';
import { ExplorerLinks } from './ExplorerLinks';

/** The sidebar: processes by scenario, then the project's other parts. */
export function ProjectExplorer() {
  const { t } = useTranslation();
  return (
    <nav className="explorer" aria-label={t('project.explorer')}>
      <ProcessList />
      <ExplorerLinks />
    </nav>
  );
}
