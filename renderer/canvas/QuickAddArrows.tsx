import type { Step } from '../../shared/model/entities';
import { ArrowIcon } from './actions/action-icons';
import { useCanvasActions } from './actions/actions-context';
import { useCanvasScene } from './canvas-scene';
import { useNodeTexts } from './node-texts';
import { laneToward, QUICK_DIRECTIONS, type QuickDirection } from './quick-add';

type Arrow = 'up' | 'down' | 'left' | 'right';

/** Which way each quick-add arrow points: along the flow, and towards the lanes before and after. */
function arrowOf(direction: QuickDirection, horizontal: boolean): Arrow {
  if (direction === 'next') return horizontal ? 'right' : 'down';
  if (direction === 'laneBefore') return horizontal ? 'up' : 'left';
  return horizontal ? 'down' : 'right';
}

/**
 * Arrows round a step (as in ProcessOn and draw.io): one adds the next step along the flow, the
 * others a step in the lane above or below, already connected, with the cursor in its name.
 */
export function QuickAddArrows({ step }: { step: Step }) {
  const texts = useNodeTexts();
  const scene = useCanvasScene();
  const { services } = useCanvasActions();
  const horizontal = scene.orientation === 'horizontal';
  return (
    <>
      {QUICK_DIRECTIONS.map((direction) => {
        const lane = laneToward(scene.layout, step, direction);
        if (!lane) return null;
        const arrow = arrowOf(direction, horizontal);
        const label = texts.quickAdd(direction, step.code, scene.laneNames.get(lane) ?? '');
        return (
          <button
            key={direction}
            type="button"
            className={`quick-add quick-add-${arrow} nodrag nopan`}
            aria-label={label}
            title={label}
            onPointerDown={(e) => e.stopPropagation()}
            onClick={(e) => {
              e.stopPropagation();
              services.quickAdd(direction, step.id);
            }}
          >
            <ArrowIcon direction={arrow} />
          </button>
        );
      })}
    </>
  );
}
