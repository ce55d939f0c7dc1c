import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMetrics } from '../../shared/metrics/process-metrics';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';
import { useMetricsUi } from './metrics-ui-store';

/** The steps of the critical path in order, and a way to see them highlighted on the diagram. */
export function CriticalPathPanel({ metrics }: { metrics: ProcessMetrics }) {
  const { t } = useTranslation();
  const headingId = useId();
  const steps = useProjectStore((s) => s.project?.state.tables.steps);
  const setView = useViewStore((s) => s.setView);
  const setShow = useMetricsUi((s) => s.setShowCriticalPath);
  const path = metrics.criticalPath.stepIds.map((id) => steps?.[id]).filter((s) => s !== undefined);
  return (
    <section className="panel critical-path-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('metrics.criticalPath.heading')}</h3>
      <p className="hint">{t('metrics.criticalPath.intro')}</p>
      {path.length === 0 ? (
        <p className="empty">{t('metrics.criticalPath.none')}</p>
      ) : (
        <>
          <ol className="path-steps">
            {path.map((s) => (
              <li key={s.id}>
                <span className="path-code">{s.code}</span> {s.name || t('canvas.unnamed')}
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => {
              setShow(true);
              setView('diagram');
            }}
          >
            {t('metrics.criticalPath.show')}
          </button>
        </>
      )}
    </section>
  );
}
