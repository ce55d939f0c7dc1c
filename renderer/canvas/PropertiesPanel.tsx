import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessLayout } from '../../shared/diagram/geometry';
import type { Department, Lane, Orientation, Phase } from '../../shared/model/entities';
import { FlowInspector } from './FlowInspector';
import { ProcessPanel } from './ProcessPanel';
import { StepInspector } from './StepInspector';

export interface Selection {
  stepIds: string[];
  flowIds: string[];
}

interface PropertiesPanelProps {
  processId: string;
  orientation: Orientation;
  selection: Selection;
  layout: ProcessLayout;
  lanes: readonly Lane[];
  phases: readonly Phase[];
  departments: Readonly<Record<string, Department>>;
  onDelete: () => void;
}

/** The right-hand panel: the selected step or flow, or the diagram's lanes and phases when nothing is selected. */
export const PropertiesPanel = memo(function PropertiesPanel({ processId, orientation, selection, layout, lanes, phases, departments, onDelete }: PropertiesPanelProps) {
  const { t } = useTranslation();
  const single = selection.stepIds.length === 1 ? selection.stepIds[0] : undefined;
  const singleFlow = selection.stepIds.length === 0 && selection.flowIds.length === 1 ? selection.flowIds[0] : undefined;
  return (
    <aside className="canvas-panel" aria-label={t('canvas.panel.label')}>
      {single ? (
        <StepInspector key={single} stepId={single} layout={layout} departments={departments} onDelete={onDelete} />
      ) : selection.stepIds.length > 1 ? (
        <section className="inspector">
          <h3 className="panel-title">{t('canvas.inspector.selected', { count: selection.stepIds.length })}</h3>
          <p className="hint">{t('canvas.inspector.selectionHint')}</p>
        </section>
      ) : singleFlow ? (
        <FlowInspector key={singleFlow} flowId={singleFlow} onDelete={onDelete} />
      ) : (
        <ProcessPanel processId={processId} orientation={orientation} lanes={lanes} phases={phases} departments={departments} />
      )}
    </aside>
  );
});

