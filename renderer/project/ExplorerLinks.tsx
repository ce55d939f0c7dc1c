import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptedKeys } from '../../shared/raci/resolution';
import { useProjectStore } from '../state/project-store';
import { useViewStore, VIEWS, type View } from '../state/view-store';
import { DiagnosisExplorerLink } from '../diagnosis/DiagnosisExplorerLink';

function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}

// The policy view belongs to another feature; the entry appears once that view exists.
const POLICY = 'policy';

function OpenFindingsCount() {
  const findings = useProjectStore((s) => s.findings);
  const decisions = useProjectStore((s) => s.project?.state.tables.decisions);
  const open = useMemo(() => {
    const state = useProjectStore.getState().project?.state;
    const accepted = state ? acceptedKeys(state) : new Set<string>();
    return findings.filter((f) => !accepted.has(f.key)).length;
    // acceptedKeys reads only the decisions table.
  }, [findings, decisions]);
  return <span className={open > 0 ? 'count-badge has-findings' : 'count-badge'}>{open}</span>;
}

/** The project's other parts, below the processes: organisation, findings and (when present) the policy draft. */
export function ExplorerLinks() {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const departments = useProjectStore((s) => Object.keys(s.project?.state.tables.departments ?? {}).length);
  const positions = useProjectStore((s) => Object.keys(s.project?.state.tables.positions ?? {}).length);

  return (
    <ul className="explorer-links">
      <li>
        <button type="button" className="explorer-link" aria-current={view === 'organisation' ? 'page' : undefined} onClick={() => setView('organisation')}>
          <span className="explorer-link-text">
            <span>{t('project.organisationEntry')}</span>
            <span className="explorer-link-meta">{t('project.organisationCounts', { departments, positions })}</span>
          </span>
        </button>
      </li>
      <li>
        <button type="button" className="explorer-link" aria-current={view === 'findings' ? 'page' : undefined} onClick={() => setView('findings')}>
          <span className="explorer-link-text">{t('project.findingsEntry')}</span>
          <OpenFindingsCount />
        </button>
      </li>
      <DiagnosisExplorerLink />
      {isView(POLICY) && (
        <li>
          <button type="button" className="explorer-link" aria-current={view === POLICY ? 'page' : undefined} onClick={() => setView(POLICY)}>
            <span className="explorer-link-text">{t('project.policyEntry')}</span>
          </button>
        </li>
      )}
    </ul>
  );
}
