import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVIEWEE_STATUSES, type IntervieweeStatus } from '../../shared/model/diagnosis-entities';
import type { Department } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { CommitField } from '../canvas/CommitField';
import { DeleteRowButton } from './DeleteRowButton';
import { TableHead } from './TableHead';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { RowOptions, ValueOptions } from './Options';
import { useRows, useTerms } from './use-diagnosis';

function DepartmentSelect({ value, label, departments, onChange }: { value: string | null; label: string; departments: readonly Department[]; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <RowOptions rows={departments} none={t('diagnosis.scope.noDepartment')} />
    </select>
  );
}

/** The people to interview (key positions such as 产品部经理, 市场部总监), with date and status. */
export function IntervieweeTable({ departments }: { departments: readonly Department[] }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const execute = useProjectStore((s) => s.execute);
  const people = sortedByOrder(Object.values(useRows('interviewees')));
  const [draft, setDraft] = useState({ name: '', position: '', departmentId: null as string | null, plannedDate: '' });
  const update = (id: string, patch: object) => void execute({ type: 'update', table: 'interviewees', id, patch });

  async function add(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!draft.name.trim()) return;
    if (await execute({ type: 'add', table: 'interviewees', row: { id: newId('iv-'), ...draft, name: draft.name.trim(), position: draft.position.trim() } })) setDraft({ name: '', position: '', departmentId: draft.departmentId, plannedDate: '' });
  }

  return (
    <>
      {people.length === 0 ? (
        <p className="empty">{t('diagnosis.scope.noInterviewees')}</p>
      ) : (
        <table className="diagnosis-table">
          <TableHead columns={[t('diagnosis.scope.name'), t('diagnosis.scope.position'), terms.department, t('diagnosis.scope.plannedDate'), terms.status]} actions />
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <CommitField value={p.name} label={t('diagnosis.scope.nameOf', { name: p.name })} maxLength={100} onCommit={(name) => name.trim() && update(p.id, { name: name.trim() })} />
                </th>
                <td>
                  <CommitField value={p.position} label={t('diagnosis.scope.positionOf', { name: p.name })} maxLength={100} onCommit={(position) => update(p.id, { position })} />
                </td>
                <td>
                  <DepartmentSelect value={p.departmentId} label={t('diagnosis.scope.departmentOf', { name: p.name })} departments={departments} onChange={(departmentId) => update(p.id, { departmentId })} />
                </td>
                <td>
                  <input type="date" aria-label={t('diagnosis.scope.plannedDateOf', { name: p.name })} value={p.plannedDate} onChange={(e) => update(p.id, { plannedDate: e.target.value })} />
                </td>
                <td>
                  <select aria-label={t('diagnosis.scope.statusOf', { name: p.name })} value={p.status} onChange={(e) => update(p.id, { status: e.target.value as IntervieweeStatus })}>
                    <ValueOptions values={INTERVIEWEE_STATUSES} labels={terms.intervieweeStatuses} />
                  </select>
                </td>
                <td>
                  <DeleteRowButton table="interviewees" id={p.id} name={p.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="add-form" aria-label={t('diagnosis.scope.addInterviewee')} onSubmit={(e) => void add(e)}>
        <input aria-label={t('diagnosis.scope.name')} placeholder={t('diagnosis.scope.name')} value={draft.name} maxLength={100} required onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <input aria-label={t('diagnosis.scope.position')} placeholder={t('diagnosis.scope.position')} value={draft.position} maxLength={100} onChange={(e) => setDraft({ ...draft, position: e.target.value })} />
        <DepartmentSelect value={draft.departmentId} label={terms.department} departments={departments} onChange={(departmentId) => setDraft({ ...draft, departmentId })} />
        <input type="date" aria-label={t('diagnosis.scope.plannedDate')} value={draft.plannedDate} onChange={(e) => setDraft({ ...draft, plannedDate: e.target.value })} />
        <button type="submit">{t('diagnosis.scope.addInterviewee')}</button>
      </form>
    </>
  );
}
