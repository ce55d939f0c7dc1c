import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddNameForm } from '../common/AddNameForm';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { suggestedColour } from './department-colours';

export function AddDepartmentForm({ existingCount }: { existingCount: number }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  // Suggests the next colour of the palette until the user picks one.
  const [picked, setPicked] = useState<string | null>(null);
  const colour = picked ?? suggestedColour(existingCount);
  const colourId = useId();

  async function add(name: string): Promise<boolean> {
    const ok = await execute({ type: 'add', table: 'departments', row: { id: newId('d_'), name, color: colour } });
    if (ok) setPicked(null);
    return ok;
  }

  return (
    <AddNameForm
      submitLabel={t('departments.add')}
      nameLabel={t('departments.name')}
      onAdd={add}
      after={
        <>
          <label className="visually-hidden" htmlFor={colourId}>
            {t('departments.colour')}
          </label>
          <input id={colourId} type="color" className="colour-input" title={t('departments.colour')} value={colour} onChange={(e) => setPicked(e.target.value)} />
        </>
      }
    />
  );
}
