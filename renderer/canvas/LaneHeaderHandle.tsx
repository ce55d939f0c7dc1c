import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID, snap, type LaneBand, type ProcessLayout } from '../../shared/diagram/geometry';
import type { Department } from '../../shared/model/entities';
import { NameInput } from '../common/NameInput';
import { useProjectStore } from '../state/project-store';
import { across, type Point } from './canvas-layout';
import { clampLaneSize, moveLaneCommand, resizeLaneCommand } from './lane-commands';
import { currentRows } from './process-rows';
import { ResizeGrip } from './ResizeGrip';
import { useHeaderDrag } from './use-header-drag';
import { useHeaderRename } from './use-header-rename';

interface LaneHeaderHandleProps {
  band: LaneBand;
  index: number;
  layout: ProcessLayout;
  department: Department | undefined;
}

/** Which lane's place a point across the lanes falls in. */
function laneIndexAt(layout: ProcessLayout, point: Point): number {
  const value = across(layout.orientation, point);
  const index = layout.lanes.findIndex((b) => {
    const r = b.rect;
    return value < (layout.orientation === 'horizontal' ? r.y + r.height : r.x + r.width);
  });
  return index === -1 ? layout.lanes.length - 1 : index;
}

/**
 * The interactive part of a lane's name tab (the tab itself is drawn by the lane grid): drag it to
 * reorder lanes, double-click or press Enter to rename the department, Alt+arrows to move it, and
 * drag the grip on its far edge to resize the lane.
 */
export function LaneHeaderHandle({ band, index, layout, department }: LaneHeaderHandleProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const { renaming, start: startRename, finish: finishRename, handle } = useHeaderRename();
  const horizontal = layout.orientation === 'horizontal';
  const h = band.header;
  const name = department?.name ?? '';
  const lane = band.lane;

  function move(toIndex: number): void {
    const rows = currentRows(lane.processId);
    if (rows && toIndex >= 0 && toIndex < rows.lanes.length && toIndex !== index) void execute(moveLaneCommand(rows, lane.id, toIndex));
  }

  function resize(size: number): void {
    const rows = currentRows(lane.processId);
    if (rows && clampLaneSize(size) !== lane.size) void execute(resizeLaneCommand(rows, lane.id, size));
  }

  const drag = useHeaderDrag((p) => across(layout.orientation, p), (at) => move(laneIndexAt(layout, at)), renaming);

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>): void {
    if (renaming) return;
    const back = horizontal ? 'ArrowUp' : 'ArrowLeft';
    const forward = horizontal ? 'ArrowDown' : 'ArrowRight';
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startRename();
    } else if (e.altKey && (e.key === back || e.key === forward)) {
      e.preventDefault();
      move(index + (e.key === back ? -1 : 1));
    }
  }

  const dragging = drag.at !== null;
  const target = drag.at ? layout.lanes[laneIndexAt(layout, drag.at)] : undefined;
  const shift = drag.shift;

  return (
    <>
      {target && target.lane.id !== lane.id && (
        <div className="lane-drop-target" style={{ left: target.header.x, top: target.header.y, width: target.header.width, height: target.header.height }} aria-hidden="true" />
      )}
      <button
        ref={handle}
        type="button"
        className={`lane-header-handle nodrag nopan nowheel${dragging ? ' is-dragging' : ''}`}
        style={{
          left: h.x,
          top: h.y,
          width: h.width,
          height: h.height,
          transform: dragging ? (horizontal ? `translateY(${shift}px)` : `translateX(${shift}px)`) : undefined,
          ['--lane-colour' as string]: department?.color ?? '#8a9bb0',
        }}
        aria-label={t('canvas.lanes.header', { name })}
        title={t('canvas.lanes.header', { name })}
        {...drag.handlers}
        onDoubleClick={startRename}
        onKeyDown={onKeyDown}
      >
        {dragging && <span className="lane-ghost-name">{name}</span>}
      </button>
      {renaming && department && (
        <div className="header-rename nodrag nopan" style={{ left: h.x, top: h.y, width: h.width, height: h.height }}>
          <NameInput
            initial={name}
            label={t('canvas.lanes.newName', { name })}
            onCommit={(newName, by) => {
              finishRename(by);
              void execute({ type: 'update', table: 'departments', id: department.id, patch: { name: newName } });
            }}
            onCancel={finishRename}
          />
        </div>
      )}
      <ResizeGrip
        label={t('canvas.lanes.resize', { name })}
        orientation={horizontal ? 'horizontal' : 'vertical'}
        edge={horizontal ? { x: 0, y: band.rect.y + band.rect.height } : { x: band.rect.x + band.rect.width, y: 0 }}
        length={horizontal ? layout.bounds.width : layout.bounds.height}
        size={lane.size}
        min={40}
        max={5000}
        step={GRID}
        onResize={(size) => resize(snap(size))}
      />
    </>
  );
}
