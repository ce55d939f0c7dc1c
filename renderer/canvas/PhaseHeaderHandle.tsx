import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID, snap, type PhaseBand } from '../../shared/diagram/geometry';
import type { Orientation } from '../../shared/model/entities';
import { NameInput } from '../common/NameInput';
import { useProjectStore } from '../state/project-store';
import { clampPhaseSize, resizePhaseCommand } from './lane-commands';
import { currentRows } from './process-rows';
import { ResizeGrip } from './ResizeGrip';

/** The interactive part of a phase's name cell: double-click or Enter renames, the grip on its far edge resizes. */
export function PhaseHeaderHandle({ band, orientation }: { band: PhaseBand; orientation: Orientation }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const [renaming, setRenaming] = useState(false);
  const horizontal = orientation === 'horizontal';
  const { phase, header: h, rect } = band;

  function resize(size: number): void {
    const rows = currentRows(phase.processId);
    if (rows && clampPhaseSize(size) !== phase.size) void execute(resizePhaseCommand(rows, phase.id, size));
  }

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>): void {
    if (!renaming && (e.key === 'Enter' || e.key === 'F2')) {
      e.preventDefault();
      setRenaming(true);
    }
  }

  return (
    <>
      <button
        type="button"
        className="phase-header-handle nodrag nopan"
        style={{ left: h.x, top: h.y, width: h.width, height: h.height }}
        aria-label={t('canvas.phases.rename', { name: phase.name })}
        title={t('canvas.phases.rename', { name: phase.name })}
        onDoubleClick={() => setRenaming(true)}
        onKeyDown={onKeyDown}
      />
      {renaming && (
        <div className="header-rename nodrag nopan" style={{ left: h.x, top: h.y, width: h.width, height: h.height }}>
          <NameInput
            initial={phase.name}
            label={t('canvas.phases.newName', { name: phase.name })}
            onCommit={(name) => {
              setRenaming(false);
              void execute({ type: 'update', table: 'phases', id: phase.id, patch: { name } });
            }}
            onCancel={() => setRenaming(false)}
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
