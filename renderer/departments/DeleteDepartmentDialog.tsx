import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/commands/command-schema';
import type { Department } from '../../shared/model/entities';
import type { ProjectState } from '../../shared/model/project-state';
import { Modal } from '../common/Modal';
import { defaultHeirs, laneHeirChoices, planDelete } from './delete-department';
import { StepFateChoice, type StepFate } from './StepFateChoice';

interface DeleteDepartmentDialogProps {
  department: Department;
  /** The project when the delete was asked for. */
  state: ProjectState;
  onConfirm: (command: CommandInput) => void;
  onCancel: () => void;
}

/** What deleting a department takes with it, counted before anything is deleted, and where its steps go. */
export function DeleteDepartmentDialog({ department, state, onConfirm, onCancel }: DeleteDepartmentDialogProps) {
  const { t } = useTranslation();
  const choices = useMemo(() => laneHeirChoices(state, department.id), [state, department.id]);
  const [fate, setFate] = useState<StepFate>(choices.some((c) => c.others.length > 0) ? 'move' : 'delete');
  const [heirs, setHeirs] = useState(() => defaultHeirs(choices));
  const plan = useMemo(() => planDelete(state, department.id, t('departments.confirmDeleteTitle'), fate === 'move' ? heirs : new Map()), [state, department.id, t, fate, heirs]);

  const lines: string[] = [];
  if (plan.lanes > 0) lines.push(t('departments.lanes', { count: plan.lanes }));
  if (plan.steps > 0) lines.push(t('departments.steps', { count: plan.steps }));
  if (plan.positions > 0) lines.push(t('departments.positions', { count: plan.positions }));
  if (plan.raciCells > 0) lines.push(t('departments.raciCells', { count: plan.raciCells }));
  return (
    <Modal
      title={t('departments.confirmDeleteTitle')}
      onClose={onCancel}
      actions={
        <>
          <button type="button" autoFocus onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => onConfirm(plan.command)}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      {choices.length > 0 && (
        <StepFateChoice
          choices={choices}
          departments={state.tables.departments}
          fate={fate}
          onFate={setFate}
          heirs={heirs}
          onHeir={(laneId, heirId) => setHeirs((prev) => new Map(prev).set(laneId, heirId))}
          showProcess
          question={t('departments.stepFate', { count: choices.reduce((n, c) => n + c.steps, 0) })}
        />
      )}
      <div aria-live="polite">
        <p>{t('departments.deleteIntro', { name: department.name })}</p>
        <ul className="preview-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {plan.movedSteps > 0 && <p>{t('departments.stepsMove', { count: plan.movedSteps })}</p>}
      </div>
      <p>{t('departments.deleteOutro')}</p>
    </Modal>
  );
}
