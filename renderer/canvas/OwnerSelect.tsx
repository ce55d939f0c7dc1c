import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sortedByOrder } from '../../shared/model/project-state';
import { useProjectStore } from '../state/project-store';

interface OwnerSelectProps {
  id?: string;
  label?: string;
  value: string | null;
  onChange: (positionId: string | null) => void;
}

/** Positions grouped by department, plus "none". */
export function OwnerSelect({ id, label, value, onChange }: OwnerSelectProps) {
  const { t } = useTranslation();
  const departments = useProjectStore((s) => s.project?.state.tables.departments);
  const positions = useProjectStore((s) => s.project?.state.tables.positions);
  const groups = useMemo(
    () =>
      sortedByOrder(Object.values(departments ?? {})).map((d) => ({
        department: d,
        positions: sortedByOrder(Object.values(positions ?? {}).filter((p) => p.departmentId === d.id)),
      })),
    [departments, positions],
  );
  return (
    <select id={id} aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{t('canvas.inspector.noOwner')}</option>
      {groups
        .filter((g) => g.positions.length > 0)
        .map((g) => (
          <optgroup key={g.department.id} label={g.department.name}>
            {g.positions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        ))}
    </select>
  );
}
