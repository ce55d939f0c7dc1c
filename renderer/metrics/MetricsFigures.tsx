import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/metrics/measurement-tables';
import type { ProcessMetrics } from '../../shared/metrics/process-metrics';
import { useProjectStore } from '../state/project-store';

/** The headline figures of a process, as a list of terms and values. */
export function MetricsFigures({ metrics }: { metrics: ProcessMetrics }) {
  const { t } = useTranslation();
  const steps = useProjectStore((s) => s.project?.state.tables.steps);
  const days = (hours: number) => formatNumber(hours / metrics.hoursPerDay);
  const figures: Array<[string, string]> = [
    [t('metrics.figures.steps'), formatNumber(metrics.steps)],
    [t('metrics.figures.handoffs'), formatNumber(metrics.handoffs)],
    [t('metrics.figures.approvals'), formatNumber(metrics.approvals)],
    [t('metrics.figures.decisions'), formatNumber(metrics.decisions)],
    [t('metrics.figures.criticalPath'), t('metrics.hoursAndDays', { hours: formatNumber(metrics.criticalPath.hours), days: days(metrics.criticalPath.hours) })],
    [t('metrics.figures.effort'), t('metrics.hoursAndDays', { hours: formatNumber(metrics.effortHours), days: days(metrics.effortHours) })],
  ];
  const untimed = metrics.noDuration.map((id) => steps?.[id]).filter((s) => s !== undefined);
  return (
    <div className="metrics-figures">
      <dl className="figure-list">
        {figures.map(([term, value]) => (
          <div key={term} className="figure">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="untimed">
        {untimed.length === 0 ? t('metrics.figures.allTimed') : t('metrics.figures.noDuration', { steps: untimed.map((s) => [s.code, s.name].filter(Boolean).join(' ')).join(', ') })}
      </p>
    </div>
  );
}
