import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { AddNameForm } from '../common/AddNameForm';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { EditableListItem } from '../common/EditableListItem';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';

interface PendingDelete {
  process: Process;
  lanes: number;
  steps: number;
}

export function ProcessList() {
  const { t } = useTranslation();
  const processes = useProjectStore((s) => s.project?.state.tables.processes);
  const execute = useProjectStore((s) => s.execute);
  const sorted = useMemo(() => sortedByOrder(Object.values(processes ?? {})), [processes]);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const headingId = useId();
  const selectedId = useViewStore((s) => s.processId);
  const selectProcess = useViewStore((s) => s.selectProcess);

  function requestDelete(process: Process): void {
    // Read at click time so the list does not re-render on every lane or step change.
    const tables = useProjectStore.getState().project?.state.tables;
    const lanes = Object.values(tables?.lanes ?? {}).filter((l) => l.processId === process.id).length;
    const steps = Object.values(tables?.steps ?? {}).filter((s) => s.processId === process.id).length;
    if (lanes + steps > 0) setPending({ process, lanes, steps });
    else void execute({ type: 'delete', table: 'processes', id: process.id });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('processes.title')}</h2>
      <AddNameForm
        submitLabel={t('processes.add')}
        nameLabel={t('processes.name')}
        onAdd={async (name) => {
          const id = newId('pr_');
          const added = await execute({ type: 'add', table: 'processes', row: { id, name } });
          if (added) selectProcess(id);
          return added;
        }}
      />
      {sorted.length === 0 ? (
        <p className="empty">{t('processes.empty')}</p>
      ) : (
        <ul className="item-list" aria-labelledby={headingId}>
          {sorted.map((process) => (
            <EditableListItem
              key={process.id}
              name={process.name}
              selected={process.id === selectedId}
              onSelect={() => selectProcess(process.id)}
              onRename={(name) => void execute({ type: 'update', table: 'processes', id: process.id, patch: { name } })}
              onDelete={() => requestDelete(process)}
            />
          ))}
        </ul>
      )}
      {pending && (
        <ConfirmDialog
          title={t('processes.confirmDeleteTitle')}
          message={t('processes.confirmDeleteBody', { name: pending.process.name, lanes: pending.lanes, steps: pending.steps })}
          confirmLabel={t('common.delete')}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void execute({ type: 'delete', table: 'processes', id: pending.process.id });
          }}
        />
      )}
    </section>
  );
}
