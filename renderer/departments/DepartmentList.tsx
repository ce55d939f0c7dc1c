import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../shared/model/entities';
import { sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { ColourSwatch } from '../common/ColourSwatch';
import { EditableListItem } from '../common/EditableListItem';
import { MergeIcon } from '../common/icons';
import { useProjectStore } from '../state/project-store';
import { AddDepartmentForm } from './AddDepartmentForm';
import { DeleteDepartmentDialog } from './DeleteDepartmentDialog';
import { planDelete } from './delete-department';
import { MergeDepartmentDialog } from './MergeDepartmentDialog';
import './departments.css';

interface PendingDelete {
  department: Department;
  state: ProjectState;
}

export function DepartmentList() {
  const { t } = useTranslation();
  const departments = useProjectStore((s) => s.project?.state.tables.departments);
  const execute = useProjectStore((s) => s.execute);
  const sorted = useMemo(() => sortedByOrder(Object.values(departments ?? {})), [departments]);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const [merging, setMerging] = useState<Department | null>(null);
  const headingId = useId();

  function requestDelete(department: Department): void {
    // Read at click time so the list does not re-render on every lane or step change.
    const state = useProjectStore.getState().project?.state;
    if (!state) return;
    const plan = planDelete(state, department.id, t('departments.confirmDeleteTitle'));
    // Nothing drawn or assigned goes with it: deleting is one undo away, so no question.
    if (plan.lanes + plan.raciCells > 0) setPending({ department, state });
    else void execute(plan.command);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('departments.title')}</h3>
      <AddDepartmentForm existingCount={sorted.length} />
      {sorted.length === 0 ? (
        <p className="empty">{t('departments.empty')}</p>
      ) : (
        <ul className="item-list" aria-labelledby={headingId}>
          {sorted.map((department) => (
            <EditableListItem
              key={department.id}
              name={department.name}
              leading={<ColourSwatch colour={department.color} />}
              onRename={(name) => void execute({ type: 'update', table: 'departments', id: department.id, patch: { name } })}
              onDelete={() => requestDelete(department)}
              actions={
                sorted.length > 1 && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('departments.merge', { name: department.name })}
                    title={t('departments.merge', { name: department.name })}
                    onClick={() => setMerging(department)}
                  >
                    <MergeIcon />
                  </button>
                )
              }
            />
          ))}
        </ul>
      )}
      {pending && (
        <DeleteDepartmentDialog
          department={pending.department}
          state={pending.state}
          onCancel={() => setPending(null)}
          onConfirm={(command) => {
            setPending(null);
            void execute(command);
          }}
        />
      )}
      {merging && <MergeDepartmentDialog department={merging} others={sorted.filter((d) => d.id !== merging.id)} onClose={() => setMerging(null)} />}
    </section>
  );
}
