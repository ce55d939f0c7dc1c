import type { Step } from '../../shared/model/entities';
import { useNodeTexts } from './node-texts';
import { useConnectDrag } from './use-connect-drag';

const SIDES = ['t', 'r', 'b', 'l'] as const;

/**
 * Where a flow can be drawn from: the step's whole edge, and a point in the middle of each side for
 * those who look for one. Either way, let go on another step to connect.
 */
export function ConnectionPoints({ step }: { step: Step }) {
  const texts = useNodeTexts();
  const start = useConnectDrag(step);
  return (
    <>
      {SIDES.map((side) => (
        <span key={`edge-${side}`} className={`step-edge edge-${side} nodrag nopan`} onPointerDown={start} aria-hidden="true" />
      ))}
      {SIDES.map((side) => (
        <span key={side} className={`step-handle handle-${side} nodrag nopan`} onPointerDown={start} role="img" aria-label={texts.handles[side]} title={texts.handles[side]} />
      ))}
    </>
  );
}
