import { useTranslation } from 'react-i18next';
import type { Department, Lane, Orientation, Phase } from '../../shared/model/entities';
import { AddLaneForm } from './AddLaneForm';
import { LaneList } from './LaneList';
import { OrientationSwitch } from './OrientationSwitch';
import { PhaseList } from './PhaseList';

interface ProcessPanelProps {
  processId: string;
  orientation: Orientation;
  lanes: readonly Lane[];
  phases: readonly Phase[];
  departments: Readonly<Record<string, Department>>;
}

/** What the panel shows when nothing is selected: the diagram's orientation, lanes and phases. */
export function ProcessPanel({ processId, orientation, lanes, phases, departments }: ProcessPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="process-panel" aria-label={t('canvas.panel.process')}>
      <h3 className="panel-title">{t('canvas.panel.process')}</h3>
      <OrientationSwitch processId={processId} orientation={orientation} />
      <LaneList processId={processId} orientation={orientation} lanes={lanes} departments={departments} />
      <AddLaneForm processId={processId} lanes={lanes} departments={departments} />
      <PhaseList processId={processId} orientation={orientation} phases={phases} />
    </section>
  );
}
