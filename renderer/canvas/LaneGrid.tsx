import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { FONT_FAMILY } from '../../shared/diagram/diagram-style';
import { diagramLabels } from '../../shared/diagram/diagram-labels';
import type { ProcessLayout } from '../../shared/diagram/geometry';
import { laneGrid } from '../../shared/diagram/lane-bands';
import type { Department, Language } from '../../shared/model/entities';
import { LaneHeaderHandle } from './LaneHeaderHandle';
import { PhaseHeaderHandle } from './PhaseHeaderHandle';

interface LaneGridProps {
  layout: ProcessLayout;
  departments: Readonly<Record<string, Department>>;
  language: Language;
}

/**
 * Lanes and phases behind the steps, drawn by the same code as the exported diagram and moving with
 * the viewport; lane and phase headers on top of it take the mouse (reorder, resize, rename).
 */
function LaneGridView({ layout, departments, language }: LaneGridProps) {
  const b = layout.bounds;
  // The export's markup: built from the model with every user text escaped.
  const markup = useMemo(() => laneGrid(layout, departments, diagramLabels(language).corner), [layout, departments, language]);
  return (
    <ViewportPortal>
      <div className="lane-grid">
        <svg className="lane-grid-picture" width={b.width} height={b.height} fontFamily={FONT_FAMILY} aria-hidden="true" dangerouslySetInnerHTML={{ __html: markup }} />
        {layout.lanes.map((band, index) => (
          <LaneHeaderHandle key={band.lane.id} band={band} index={index} layout={layout} department={departments[band.lane.departmentId]} />
        ))}
        {layout.phases.map((band, index) => (
          <PhaseHeaderHandle key={band.phase.id} band={band} index={index} layout={layout} />
        ))}
      </div>
    </ViewportPortal>
  );
}

export const LaneGrid = memo(LaneGridView);
