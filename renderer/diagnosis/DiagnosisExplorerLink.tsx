import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';

/** The diagnosis in the project explorer, with how many problems are still open. */
export function DiagnosisExplorerLink() {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const open = useProjectStore((s) => Object.values(s.project?.state.tables.problems ?? {}).filter((p) => p.status === 'open').length);
  return (
    <li>
      <button type="button" className="explorer-link" aria-current={view === 'diagnosis' ? 'page' : undefined} onClick={() => setView('diagnosis')}>
        <span className="explorer-link-text">{t('diagnosis.entry')}</span>
        <span className={open > 0 ? 'count-badge has-findings' : 'count-badge'} title={t('diagnosis.openProblems', { count: open })} aria-label={t('diagnosis.openProblems', { count: open })}>
          {open}
        </span>
      </button>
    </li>
  );
}
