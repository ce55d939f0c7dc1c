import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore, VIEWS, type View } from '../state/view-store';

const LABEL_KEYS = {
  diagram: 'canvas.title',
  keyNodes: 'keyNodes.title',
  raci: 'raci.title',
  findings: 'findings.title',
  metrics: 'metrics.title',
  policy: 'policy.title',
  organisation: 'organisation.title',
  diagnosis: 'diagnosis.title',
} as const satisfies Record<View, string>;

/** Where an arrow, Home or End key takes the focus among the tabs (they wrap around), or null. */
function tabAfterKey(key: string, at: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % VIEWS.length;
    case 'ArrowLeft':
      return (at - 1 + VIEWS.length) % VIEWS.length;
    case 'Home':
      return 0;
    case 'End':
      return VIEWS.length - 1;
    default:
      return null;
  }
}

export const tabId = (view: View) => `tab-${view}`;

/** The views of a project, as tabs above the main area: one Tab stop, arrow keys move between them and show the view. */
export function ViewTabs() {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const next = tabAfterKey(e.key, VIEWS.indexOf(view));
    if (next === null) return;
    e.preventDefault();
    setView(VIEWS[next]!);
    list.current?.querySelector<HTMLElement>(`#${tabId(VIEWS[next]!)}`)?.focus();
  }

  return (
    <div ref={list} className="view-tabs" role="tablist" aria-label={t('views.label')} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={tabId(v)}
          aria-selected={view === v}
          aria-controls="view-panel"
          tabIndex={view === v ? 0 : -1}
          className="view-tab"
          onClick={() => setView(v)}
        >
          {t(LABEL_KEYS[v])}
        </button>
      ))}
    </div>
  );
}
