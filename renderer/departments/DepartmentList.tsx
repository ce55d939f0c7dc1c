import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { ColourSwatch } from '../common/ColourSwatch';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { EditableListItem } from '../common/EditableListItem';
import { useProjectStore } from '../state/project-store';
import { AddDepartmentForm } from './AddDepartmentForm';

interface PendingDelete {
  department: Department;
  lanes: number;
}

export function DepartmentList() {
  const { t } = useTranslation();
  const departments = useProjectStore((s) => s.project?.state.tables.departments);
  const execute = useProjectStore((s) => s.execute);
  const sorted = useMemo(() => sortedByOrder(Object.values(departments ?? {})), [departments]);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const headingId = useId();

  function requestDelete(department: Department): void {
    // Read at click time so the list does not re-render on every lane change.
    const lanes = Object.values(useProjectStore.getState().project?.state.tables.lanes ?? {}).filter((l) => l.departmentId === department.id).length;
    if (lanes > 0) setPending({ department, lanes });
    else void execute({ type: 'delete', table: 'departments', id: department.id });
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
            />
          ))}
        </ul>
      )}
      {pending && (
        <ConfirmDialog
          title={t('departments.confirmDeleteTitle')}
          message={t('departments.confirmDeleteBody', { name: pending.department.name, count: pending.lanes })}
          confirmLabel={t('common.delete')}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void execute({ type: 'delete', table: 'departments', id: pending.department.id });
          }}
        />
      )}
    </section>
  );
}
