import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';
import { ComparePanel } from './ComparePanel';
import { CriticalPathPanel } from './CriticalPathPanel';
import { HoursPerDayForm } from './HoursPerDayForm';
import { MetricsCharts } from './MetricsCharts';
import { MetricsFigures } from './MetricsFigures';
import { useProcessMetrics } from './use-process-metrics';
import { VersionsPanel } from './VersionsPanel';
import './metrics.css';

/** The figures of one process, live, with charts; its saved versions and how they compare. */
export function MetricsView({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const figuresId = useId();
  const process = useProjectStore((s) => s.project?.state.tables.processes[processId]);
  const metrics = useProcessMetrics(processId);
  if (!process || !metrics) return null;
  return (
    <section className="metrics-view" aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId}>{t('metrics.heading', { name: process.name })}</h2>
        <p>{t('metrics.intro')}</p>
      </header>
      <div className="metrics-columns">
        <section className="panel" aria-labelledby={figuresId}>
          <h3 id={figuresId}>{t('metrics.figures.heading')}</h3>
          <MetricsFigures metrics={metrics} />
          <HoursPerDayForm />
        </section>
        <CriticalPathPanel metrics={metrics} />
      </div>
      <MetricsCharts metrics={metrics} />
      <div className="metrics-columns versions-columns">
        <VersionsPanel processId={processId} />
      </div>
      <ComparePanel processId={processId} />
    </section>
  );
}
