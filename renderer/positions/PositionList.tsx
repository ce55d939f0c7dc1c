import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { ColourSwatch } from '../common/ColourSwatch';
import { EditableListItem } from '../common/EditableListItem';
import { useProjectStore } from '../state/project-store';
import { AddPositionForm } from './AddPositionForm';

/** Positions grouped under their departments, in department order. */
export function PositionList() {
  const { t } = useTranslation();
  const departments = useProjectStore((s) => s.project?.state.tables.departments);
  const positions = useProjectStore((s) => s.project?.state.tables.positions);
  const execute = useProjectStore((s) => s.execute);
  const headingId = useId();

  const sortedDepartments = useMemo(() => sortedByOrder(Object.values(departments ?? {})), [departments]);
  const byDepartment = useMemo(() => {
    const groups = new Map<string, Position[]>();
    for (const p of sortedByOrder(Object.values(positions ?? {}))) groups.set(p.departmentId, [...(groups.get(p.departmentId) ?? []), p]);
    return groups;
  }, [positions]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('positions.title')}</h3>
      <AddPositionForm departments={sortedDepartments} />
      {sortedDepartments.length === 0 ? (
        <p className="empty">{t('positions.needDepartment')}</p>
      ) : (
        <ul className="group-list" aria-labelledby={headingId}>
          {sortedDepartments.map((department) => {
            const group = byDepartment.get(department.id) ?? [];
            const groupHeadingId = `${headingId}-${department.id}`;
            return (
              <li key={department.id} className="group">
                <div className="group-heading" id={groupHeadingId}>
                  <ColourSwatch colour={department.color} />
                  {department.name}
                </div>
                {group.length === 0 ? (
                  <p className="empty group-empty">{t('positions.noneInDepartment')}</p>
                ) : (
                  <ul className="item-list" aria-labelledby={groupHeadingId}>
                    {group.map((position) => (
                      <EditableListItem
                        key={position.id}
                        name={position.name}
                        onRename={(name) => void execute({ type: 'update', table: 'positions', id: position.id, patch: { name } })}
                        onDelete={() => void execute({ type: 'delete', table: 'positions', id: position.id })}
                      />
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
