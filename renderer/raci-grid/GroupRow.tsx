import { memo } from 'react';
import { ROW_HEIGHT } from './grid-geometry';

/** A process or phase heading across the matrix. */
export const GroupRow = memo(function GroupRow({ ariaRowIndex, top, width, colCount, level, label }: { ariaRowIndex: number; top: number; width: number; colCount: number; level: 'process' | 'phase'; label: string }) {
  return (
    <div role="row" aria-rowindex={ariaRowIndex} className={`raci-row raci-group raci-group-${level}`} style={{ top, width, height: ROW_HEIGHT }}>
      <div role="rowheader" aria-colindex={1} aria-colspan={colCount} className="raci-group-label">
        {label}
      </div>
    </div>
  );
});
