import { useTranslation } from 'react-i18next';
import { useViewStore, VIEWS, type View } from '../state/view-store';

const LABEL_KEYS = {
  diagram: 'canvas.title',
  keyNodes: 'keyNodes.title',
  raci: 'raci.title',
  findings: 'findings.title',
  policy: 'policy.title',
  organisation: 'organisation.title',
} as const satisfies Record<View, string>;

/** The views of a project, as tabs above the main area. */
export function ViewTabs() {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  return (
    <div className="view-tabs" role="tablist" aria-label={t('views.label')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" role="tab" id={`tab-${v}`} aria-selected={view === v} aria-controls="view-panel" className="view-tab" onClick={() => setView(v)}>
          {t(LABEL_KEYS[v])}
        </button>
      ))}
    </div>
  );
}
