import { Panel, ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pathData, routeFlow, type NodeBox } from '../../shared/diagram/flow-routes';
import { NODE_SIZE } from '../../shared/diagram/geometry';
import { formatNumber } from '../../shared/metrics/measurement-tables';
import type { Step } from '../../shared/model/entities';
import { useProjectStore } from '../state/project-store';
import { useMetricsUi } from './metrics-ui-store';
import { useProcessMetrics } from './use-process-metrics';
import './metrics.css';

const HALO = 7;

const boxOf = (s: Step): NodeBox => ({ kind: s.kind, rect: { x: s.x, y: s.y, ...NODE_SIZE[s.kind] } });

/** The highlight itself, behind the steps and flows: a band along the flows, a dashed halo and the step's place on the path. */
function CriticalPathMarks({ processId, stepIds, flowIds }: { processId: string; stepIds: readonly string[]; flowIds: readonly string[] }) {
  const { t } = useTranslation();
  const steps = useProjectStore((s) => s.project?.state.tables.steps);
  const flows = useProjectStore((s) => s.project?.state.tables.flows);
  const orientation = useProjectStore((s) => s.project?.state.tables.processes[processId]?.orientation ?? 'horizontal');
  const drawn = useMemo(() => {
    if (!steps || !flows) return null;
    const pairs = new Set(Object.values(flows).filter((f) => f.processId === processId).map((f) => `${f.fromStepId}\n${f.toStepId}`));
    const lines = flowIds.flatMap((id) => {
      const f = flows[id];
      const from = f && steps[f.fromStepId];
      const to = f && steps[f.toStepId];
      if (!f || !from || !to) return [];
      const points = routeFlow(boxOf(from), boxOf(to), orientation, { selfLoop: false, paired: pairs.has(`${f.toStepId}\n${f.fromStepId}`) });
      return [{ id, d: pathData(points, 0) }];
    });
    const halos = stepIds.flatMap((id, i) => {
      const s = steps[id];
      return s ? [{ id, n: i + 1, ...boxOf(s).rect }] : [];
    });
    return { lines, halos };
  }, [steps, flows, flowIds, stepIds, orientation, processId]);
  if (!drawn) return null;
  return (
    <ViewportPortal>
      <svg className="critical-path-layer" width="1" height="1" aria-hidden="true">
        {drawn.lines.map((l) => (
          <path key={l.id} className="critical-path-flow" d={l.d} />
        ))}
        {drawn.halos.map((h) => (
          <g key={h.id}>
            <rect className="critical-path-halo" x={h.x - HALO} y={h.y - HALO} width={h.width + 2 * HALO} height={h.height + 2 * HALO} rx={10} />
            <g className="critical-path-order" transform={`translate(${h.x - HALO} ${h.y - HALO})`}>
              <title>{t('metrics.criticalPath.order', { n: h.n })}</title>
              <circle r={9} />
              <text textAnchor="middle" dominantBaseline="central">
                {h.n}
              </text>
            </g>
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
}

/**
 * The critical path on the diagram, once switched on from the toolbar: its length in the corner and
 * its steps and flows highlighted and numbered. Rendered inside the canvas's React Flow; while off it
 * puts nothing over the diagram.
 */
function CriticalPathLayerView({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const show = useMetricsUi((s) => s.showCriticalPath);
  const metrics = useProcessMetrics(processId);
  if (!metrics || !show) return null;
  const path = metrics.criticalPath;
  return (
    <>
      <Panel position="top-right" className="critical-path-summary">
        <span role="status">
          {path.stepIds.length > 0 ? t('metrics.criticalPath.summary', { hours: formatNumber(path.hours), days: formatNumber(path.days), count: path.stepIds.length }) : t('metrics.criticalPath.none')}
        </span>
      </Panel>
      <CriticalPathMarks processId={processId} stepIds={path.stepIds} flowIds={path.flowIds} />
    </>
  );
}

export const CriticalPathLayer = memo(CriticalPathLayerView);
