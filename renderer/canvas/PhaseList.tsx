import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Orientation, Phase } from '../../shared/model/entities';
import { DeleteIcon } from '../common/icons';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { ArrowIcon } from './actions/action-icons';
import { CommitField } from './CommitField';
import { deletePhaseCommand, movePhaseCommand, resizePhaseCommand } from './lane-commands';
import { currentRows } from './process-rows';

function PhaseRow({ phase, index, count, orientation }: { phase: Phase; index: number; count: number; orientation: Orientation }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  // Lanes as rows put phases side by side, so they move left and right; lanes as columns stack them.
  const horizontal = orientation === 'horizontal';
  const earlier = t(horizontal ? 'canvas.phases.moveLeft' : 'canvas.phases.moveUp', { name: phase.name });
  const later = t(horizontal ? 'canvas.phases.moveRight' : 'canvas.phases.moveDown', { name: phase.name });

  function move(toIndex: number): void {
    const rows = currentRows(phase.processId);
    if (rows) void execute(movePhaseCommand(rows, phase.id, toIndex));
  }

  return (
    <li className="item phase-item">
      <CommitField
        className="phase-name-field"
        label={t('canvas.phases.rename', { name: phase.name })}
        value={phase.name}
        maxLength={200}
        wrap
        onCommit={(name) => {
          if (name.trim()) void execute({ type: 'update', table: 'phases', id: phase.id, patch: { name: name.trim() } });
        }}
      />
      <CommitField
        className="phase-size-field"
        type="number"
        min={40}
        step={8}
        label={t('canvas.phases.size', { name: phase.name })}
        value={String(phase.size)}
        onCommit={(text) => {
          const size = Number(text);
          const rows = currentRows(phase.processId);
          if (rows && Number.isFinite(size)) void execute(resizePhaseCommand(rows, phase.id, size));
        }}
      />
      <button type="button" className="icon-button" aria-label={earlier} title={earlier} disabled={index === 0} onClick={() => move(index - 1)}>
        <ArrowIcon direction={horizontal ? 'left' : 'up'} />
      </button>
      <button type="button" className="icon-button" aria-label={later} title={later} disabled={index === count - 1} onClick={() => move(index + 1)}>
        <ArrowIcon direction={horizontal ? 'right' : 'down'} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('canvas.phases.delete', { name: phase.name })}
        title={t('canvas.phases.delete', { name: phase.name })}
        onClick={() => {
          const rows = currentRows(phase.processId);
          if (rows) void execute(deletePhaseCommand(rows, phase.id));
        }}
      >
        <DeleteIcon />
      </button>
    </li>
  );
}

/** Optional phases (阶段): name, length along the flow, order, delete; and a form to add one. */
export function PhaseList({ processId, orientation, phases }: { processId: string; orientation: Orientation; phases: readonly Phase[] }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const headingId = useId();
  const nameId = useId();
  const addId = useId();
  const [name, setName] = useState('');

  async function add(e: FormEvent): Promise<void> {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    // Typing may have gone on while the add was saved: only the submitted name is cleared.
    if (await execute({ type: 'add', table: 'phases', row: { id: newId('ph_'), processId, name: trimmed } })) setName((current) => (current.trim() === trimmed ? '' : current));
  }

  return (
    <>
      <h4 id={headingId} className="panel-subheading">
        {t('canvas.phases.title')}
      </h4>
      <p className="hint">{t('canvas.phases.hint')}</p>
      {phases.length > 0 && (
        <ul className="item-list" aria-labelledby={headingId}>
          {phases.map((p, i) => (
            <PhaseRow key={p.id} phase={p} index={i} count={phases.length} orientation={orientation} />
          ))}
        </ul>
      )}
      <form className="inline-form" aria-labelledby={addId} onSubmit={(e) => void add(e)}>
        <label className="visually-hidden" htmlFor={nameId}>
          {t('canvas.phases.name')}
        </label>
        <input id={nameId} value={name} maxLength={200} placeholder={t('canvas.phases.name')} onChange={(e) => setName(e.target.value)} />
        <button id={addId} type="submit" disabled={!name.trim()}>
          {t('canvas.phases.add')}
        </button>
      </form>
    </>
  );
}
