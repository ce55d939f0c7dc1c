import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Lane } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { suggestedColour } from '../departments/department-colours';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';

interface AddLaneFormProps {
  processId: string;
  lanes: readonly Lane[];
  departments: Readonly<Record<string, Department>>;
}

/** A lane for an existing department, or a new department and its lane in one step. */
export function AddLaneForm({ processId, lanes, departments }: AddLaneFormProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const ids = { department: useId(), newDepartment: useId(), add: useId(), create: useId() };
  const free = useMemo(() => {
    const used = new Set(lanes.map((l) => l.departmentId));
    return sortedByOrder(Object.values(departments)).filter((d) => !used.has(d.id));
  }, [lanes, departments]);
  const [picked, setPicked] = useState('');
  const [name, setName] = useState('');
  const departmentId = free.some((d) => d.id === picked) ? picked : (free[0]?.id ?? '');

  function addLane(e: FormEvent): void {
    e.preventDefault();
    if (departmentId) void execute({ type: 'add', table: 'lanes', row: { id: newId('l_'), processId, departmentId } });
  }

  async function createLane(e: FormEvent): Promise<void> {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const department = newId('d_');
    const ok = await execute({
      type: 'batch',
      label: 'Add department lane',
      commands: [
        { type: 'add', table: 'departments', row: { id: department, name: trimmed, color: suggestedColour(Object.keys(departments).length) } },
        { type: 'add', table: 'lanes', row: { id: newId('l_'), processId, departmentId: department } },
      ],
    });
    if (ok) setName('');
  }

  return (
    <>
      <form className="inline-form" aria-labelledby={ids.add} onSubmit={addLane}>
        <label className="visually-hidden" htmlFor={ids.department}>
          {t('canvas.lanes.department')}
        </label>
        <select id={ids.department} value={departmentId} disabled={free.length === 0} onChange={(e) => setPicked(e.target.value)}>
          {free.length === 0 && <option value="">{t('canvas.lanes.allUsed')}</option>}
          {free.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <button id={ids.add} type="submit" disabled={!departmentId}>
          {t('canvas.lanes.add')}
        </button>
      </form>
      <form className="inline-form" aria-labelledby={ids.create} onSubmit={(e) => void createLane(e)}>
        <label className="visually-hidden" htmlFor={ids.newDepartment}>
          {t('canvas.lanes.newDepartment')}
        </label>
        <input id={ids.newDepartment} value={name} maxLength={200} placeholder={t('canvas.lanes.newDepartment')} title={t('canvas.lanes.createHint')} onChange={(e) => setName(e.target.value)} />
        <button id={ids.create} type="submit" disabled={!name.trim()}>
          {t('canvas.lanes.createLane')}
        </button>
      </form>
    </>
  );
}
