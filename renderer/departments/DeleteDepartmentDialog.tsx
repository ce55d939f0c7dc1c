import { useTranslation } from 'react-i18next';
import type { Department } from '../../shared/model/entities';
import { Modal } from '../common/Modal';
import type { DeletePlan } from './delete-department';

interface DeleteDepartmentDialogProps {
  department: Department;
  plan: DeletePlan;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What deleting a department takes with it, counted before anything is deleted. */
export function DeleteDepartmentDialog({ department, plan, onConfirm, onCancel }: DeleteDepartmentDialogProps) {
  const { t } = useTranslation();
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
          <button type="button" className="danger" onClick={onConfirm}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p>{t('departments.deleteIntro', { name: department.name })}</p>
      <ul className="preview-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t('departments.deleteOutro')}</p>
    </Modal>
  );
}
