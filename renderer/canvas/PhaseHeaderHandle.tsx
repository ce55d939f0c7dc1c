import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID, snap, type PhaseBand, type ProcessLayout } from '../../shared/diagram/geometry';
import { NameInput } from '../common/NameInput';
import { useProjectStore } from '../state/project-store';
import { along, type Point } from './canvas-layout';
import { clampPhaseSize, movePhaseCommand, resizePhaseCommand } from './lane-commands';
import { currentRows } from './process-rows';
import { ResizeGrip } from './ResizeGrip';
import { useHeaderDrag } from './use-header-drag';
import { useHeaderRename } from './use-header-rename';

/** Which phase's place a point along the flow falls in. */
function phaseIndexAt(layout: ProcessLayout, point: Point): number {
  const value = along(layout.orientation, point);
  const index = layout.phases.findIndex((b) => value < along(layout.orientation, { x: b.rect.x + b.rect.width, y: b.rect.y + b.rect.height }));
  return index === -1 ? layout.phases.length - 1 : index;
}

/**
 * The interactive part of a phase's name cell: drag it to reorder phases (their steps go with them),
 * double-click or Enter renames, Alt+arrows move it, and the grip on its far edge resizes.
 */
export function PhaseHeaderHandle({ band, index, layout }: { band: PhaseBand; index: number; layout: ProcessLayout }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const { renaming, start: startRename, finish: finishRename, handle } = useHeaderRename();
  const horizontal = layout.orientation === 'horizontal';
  const { phase, header: h, rect } = band;

  function move(toIndex: number): void {
    const rows = currentRows(phase.processId);
    if (rows && toIndex >= 0 && toIndex < rows.phases.length && toIndex !== index) void execute(movePhaseCommand(rows, phase.id, toIndex));
  }

  function resize(size: number): void {
    const rows = currentRows(phase.processId);
    if (rows && clampPhaseSize(size) !== phase.size) void execute(resizePhaseCommand(rows, phase.id, size));
  }

  const drag = useHeaderDrag((p) => along(layout.orientation, p), (at) => move(phaseIndexAt(layout, at)), renaming);
  const target = drag.at ? layout.phases[phaseIndexAt(layout, drag.at)] : undefined;

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>): void {
    if (renaming) return;
    const back = horizontal ? 'ArrowLeft' : 'ArrowUp';
    const forward = horizontal ? 'ArrowRight' : 'ArrowDown';
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startRename();
    } else if (e.altKey && (e.key === back || e.key === forward)) {
      e.preventDefault();
      move(index + (e.key === back ? -1 : 1));
    }
  }

  return (
    <>
      {target && target.phase.id !== phase.id && (
        <div className="lane-drop-target" style={{ left: target.header.x, top: target.header.y, width: target.header.width, height: target.header.height }} aria-hidden="true" />
      )}
      <button
        ref={handle}
        type="button"
        className={`phase-header-handle nodrag nopan nowheel${drag.at ? ' is-dragging' : ''}`}
        style={{
          left: h.x,
          top: h.y,
          width: h.width,
          height: h.height,
          transform: drag.at ? (horizontal ? `translateX(${drag.shift}px)` : `translateY(${drag.shift}px)`) : undefined,
        }}
        aria-label={t('canvas.phases.header', { name: phase.name })}
        title={t('canvas.phases.header', { name: phase.name })}
        {...drag.handlers}
        onDoubleClick={startRename}
        onKeyDown={onKeyDown}
      >
        {drag.at && <span className="lane-ghost-name">{phase.name}</span>}
      </button>
      {renaming && (
        <div className="header-rename nodrag nopan" style={{ left: h.x, top: h.y, width: h.width, height: h.height }}>
          <NameInput
            initial={phase.name}
            label={t('canvas.phases.newName', { name: phase.name })}
            onCommit={(name, by) => {
              finishRename(by);
              void execute({ type: 'update', table: 'phases', id: phase.id, patch: { name } });
            }}
            onCancel={finishRename}
          />
        </div>
      )}
      <ResizeGrip
        label={t('canvas.phases.resize', { name: phase.name })}
        orientation={horizontal ? 'vertical' : 'horizontal'}
        edge={horizontal ? { x: rect.x + rect.width, y: 0 } : { x: 0, y: rect.y + rect.height }}
        length={horizontal ? rect.y + rect.height : rect.x + rect.width}
        size={phase.size}
        min={40}
        max={20000}
        step={GRID}
        onResize={(size) => resize(snap(size))}
      />
    </>
  );
}
