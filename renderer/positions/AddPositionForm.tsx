import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../shared/model/entities';
import { AddNameForm } from '../common/AddNameForm';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';

export function AddPositionForm({ departments }: { departments: readonly Department[] }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const [picked, setPicked] = useState<string | null>(null);
  // The picked department may have been deleted (or undone away) since.
  const departmentId = departments.some((d) => d.id === picked) ? picked : (departments[0]?.id ?? null);
  const selectId = useId();

  return (
    <AddNameForm
      submitLabel={t('positions.add')}
      nameLabel={t('positions.name')}
      disabled={departmentId === null}
      onAdd={async (name) =>
        departmentId !== null && execute({ type: 'add', table: 'positions', row: { id: newId('pos_'), departmentId, name } })
      }
      before={
        <>
          <label className="visually-hidden" htmlFor={selectId}>
            {t('positions.department')}
          </label>
          <select
            id={selectId}
            className="add-form-select"
            title={t('positions.department')}
            value={departmentId ?? ''}
            disabled={departmentId === null}
            onChange={(e) => setPicked(e.target.value)}
          >
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </>
      }
    />
  );
}
