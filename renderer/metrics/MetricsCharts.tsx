import { useTranslation } from 'react-i18next';
import { formatNumber, formatShare } from '../../shared/metrics/measurement-tables';
import type { ProcessMetrics } from '../../shared/metrics/process-metrics';
import { STEP_KINDS } from '../../shared/model/entities';
import { partyName } from '../../shared/raci/raci-context';
import { useProjectStore } from '../state/project-store';
import { BarChart } from './BarChart';

/** Steps by kind, steps and hand-offs per department, and each party's share of the A. */
export function MetricsCharts({ metrics }: { metrics: ProcessMetrics }) {
  const { t } = useTranslation();
  const state = useProjectStore((s) => s.project?.state);
  if (!state) return null;
  const limit = state.meta.raciSettings.overloadShare;
  const parties = [...metrics.parties].filter((p) => p.accountable > 0).sort((a, b) => b.accountableShare - a.accountableShare);
  return (
    <div className="metrics-charts">
      <BarChart
        title={t('metrics.charts.kinds')}
        category={t('metrics.charts.kind')}
        series={[{ name: t('metrics.charts.count'), className: 'series-1' }]}
        rows={STEP_KINDS.map((k) => ({ label: t(`canvas.kinds.${k}`), values: [metrics.byKind[k]] }))}
        format={formatNumber}
      />
      <BarChart
        title={t('metrics.charts.departments')}
        category={t('metrics.charts.department')}
        series={[
          { name: t('metrics.charts.steps'), className: 'series-1' },
          { name: t('metrics.charts.handoffsIn'), className: 'series-2' },
          { name: t('metrics.charts.handoffsOut'), className: 'series-3' },
        ]}
        rows={metrics.departments.map((d) => ({ label: state.tables.departments[d.departmentId]?.name ?? d.departmentId, values: [d.steps, d.handoffsIn, d.handoffsOut] }))}
        format={formatNumber}
      />
      {parties.length === 0 ? (
        <p className="empty">{t('metrics.charts.noParties')}</p>
      ) : (
        <BarChart
          title={t('metrics.charts.load')}
          category={t('metrics.charts.party')}
          series={[{ name: t('metrics.charts.accountableShare'), className: 'series-1' }]}
          rows={parties.map((p) => ({ label: partyName(state, p.partyId), values: [p.accountableShare], ...(p.accountableShare > limit ? { note: t('metrics.charts.overLimit') } : {}) }))}
          format={formatShare}
          max={Math.max(limit, 0.5)}
          threshold={{ value: limit, label: t('metrics.charts.limit', { value: formatShare(limit) }) }}
        />
      )}
    </div>
  );
}
