import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { LANE_HEADER, PHASE_HEADER } from '../../shared/diagram/geometry';
import type { Department } from '../../shared/model/entities';
import { useCanvasScene } from './canvas-scene';

/** Screen size of the pinned lane names (across the lanes they follow the lanes' own size). */
const PINNED_LANE = 104;
const PINNED_PHASE = 24;

const viewOf = (s: ReactFlowState): string => `${Math.round(s.transform[0])}|${Math.round(s.transform[1])}|${s.transform[2]}|${s.width}|${s.height}`;

/**
 * Lane and phase names pinned to the edge of the canvas once their own headers have scrolled out of
 * view, so after a zoom or a pan every row still says which department it is.
 */
function StickyHeadersView({ departments }: { departments: Readonly<Record<string, Department>> }) {
  const { layout } = useCanvasScene();
  const [tx, ty, zoom, width, height] = useStore(viewOf).split('|').map(Number) as [number, number, number, number, number];
  const horizontal = layout.orientation === 'horizontal';
  // Where the diagram's own header bands end on screen; pinned names appear once those have left it.
  const laneHeaderEnd = (horizontal ? tx : ty) + LANE_HEADER * zoom;
  const phaseHeaderEnd = (horizontal ? ty : tx) + PHASE_HEADER * zoom;
  const showLanes = laneHeaderEnd < 4;
  const showPhases = phaseHeaderEnd < 4 && layout.phases.length > 0;
  if (!showLanes && !showPhases) return null;
  const toScreen = (along: number, acrossStart: number) => (horizontal ? { x: along, y: acrossStart } : { x: acrossStart, y: along });

  return (
    <div className="sticky-headers" aria-hidden="true">
      {showLanes &&
        layout.lanes.map((band) => {
          const start = (horizontal ? ty + band.rect.y * zoom : tx + band.rect.x * zoom);
          const size = (horizontal ? band.rect.height : band.rect.width) * zoom;
          if (start + size < 0 || start > (horizontal ? height : width) || size < 8) return null;
          const department = departments[band.lane.departmentId];
          const p = toScreen(0, start);
          return (
            <div
              key={band.lane.id}
              className={`sticky-lane ${horizontal ? 'rows' : 'columns'}`}
              style={{ left: p.x, top: p.y, width: horizontal ? PINNED_LANE : size, height: horizontal ? size : PINNED_PHASE + 8, ['--lane-colour' as string]: department?.color ?? '#8a9bb0' }}
            >
              {size >= 14 && <span>{department?.name}</span>}
            </div>
          );
        })}
      {showPhases &&
        layout.phases.map((band) => {
          const start = horizontal ? tx + band.rect.x * zoom : ty + band.rect.y * zoom;
          const size = (horizontal ? band.rect.width : band.rect.height) * zoom;
          if (start + size < 0 || start > (horizontal ? width : height) || size < 8) return null;
          const offset = showLanes && horizontal ? PINNED_LANE : 0;
          const p = horizontal ? { x: Math.max(start, offset), y: 0 } : { x: 0, y: Math.max(start, showLanes ? PINNED_PHASE + 8 : 0) };
          const visible = horizontal ? start + size - p.x : start + size - p.y;
          if (visible < 8) return null;
          return (
            <div key={band.phase.id} className={`sticky-phase ${horizontal ? 'rows' : 'columns'}`} style={{ left: p.x, top: p.y, width: horizontal ? visible : PINNED_PHASE, height: horizontal ? PINNED_PHASE : visible }}>
              {visible >= 24 && <span>{band.phase.name}</span>}
            </div>
          );
        })}
    </div>
  );
}

export const StickyHeaders = memo(StickyHeadersView);
