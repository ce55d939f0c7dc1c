import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../../shared/model/entities';
import { DeleteIcon } from '../common/icons';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { CommitField } from './CommitField';
import { deletePhaseCommand, resizePhaseCommand } from './lane-commands';
import { currentRows } from './process-rows';

function PhaseRow({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  return (
    <li className="item phase-item">
      <CommitField
        className="phase-name-field"
        label={t('canvas.phases.rename', { name: phase.name })}
        value={phase.name}
        maxLength={200}
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

/** Optional phases (阶段): name, length along the flow, delete; and a form to add one. */
export function PhaseList({ processId, phases }: { processId: string; phases: readonly Phase[] }) {
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
    if (await execute({ type: 'add', table: 'phases', row: { id: newId('ph_'), processId, name: trimmed } })) setName('');
  }

  return (
    <>
      <h4 id={headingId} className="panel-subheading">
        {t('canvas.phases.title')}
      </h4>
      <p className="hint">{t('canvas.phases.hint')}</p>
      {phases.length > 0 && (
        <ul className="item-list" aria-labelledby={headingId}>
          {phases.map((p) => (
            <PhaseRow key={p.id} phase={p} />
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
