import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../shared/model/entities';
import { useCanvasScene } from './canvas-scene';
import { pinnedNames, type PinnedName } from './pinned-headers';

const viewOf = (s: ReactFlowState): string => `${Math.round(s.transform[0])}|${Math.round(s.transform[1])}|${s.transform[2]}|${s.width}|${s.height}`;

function Name({ pinned, className, colour }: { pinned: PinnedName; className: string; colour?: string }) {
  const { box } = pinned;
  const style = { left: box.x, top: box.y, width: box.width, height: box.height, fontSize: pinned.fontSize, ['--lane-colour' as string]: colour };
  return (
    <li className={className} style={style} aria-label={pinned.name} title={pinned.name}>
      <span aria-hidden="true">{pinned.text}</span>
    </li>
  );
}

/**
 * Lane and phase names pinned to the edge of the canvas at screen size: far out, where the diagram's
 * own headers are too small to read, and once those headers have scrolled out of view.
 */
function StickyHeadersView({ departments }: { departments: Readonly<Record<string, Department>> }) {
  const { t } = useTranslation();
  const { layout } = useCanvasScene();
  const [tx, ty, zoom, width, height] = useStore(viewOf).split('|').map(Number) as [number, number, number, number, number];
  const { corner, lanes, phases } = pinnedNames(layout, { tx, ty, zoom, width, height }, (id) => departments[id]?.name ?? '');
  if (lanes.length === 0 && phases.length === 0) return null;
  const direction = layout.orientation === 'horizontal' ? 'rows' : 'columns';
  return (
    <div className="sticky-headers">
      {corner && <div className="sticky-corner" style={{ left: corner.x, top: corner.y, width: corner.width, height: corner.height }} />}
      {lanes.length > 0 && (
        <ul aria-label={t('canvas.pinnedLanes')}>
          {lanes.map((pinned) => (
            <Name key={pinned.id} pinned={pinned} className={`sticky-lane ${direction}${pinned.down ? ' down' : ''}`} colour={departments[pinned.departmentId]?.color ?? '#8a9bb0'} />
          ))}
        </ul>
      )}
      {phases.length > 0 && (
        <ul aria-label={t('canvas.pinnedPhases')}>
          {phases.map((pinned) => (
            <Name key={pinned.id} pinned={pinned} className={`sticky-phase ${direction}`} />
          ))}
        </ul>
      )}
    </div>
  );
}

export const StickyHeaders = memo(StickyHeadersView);
