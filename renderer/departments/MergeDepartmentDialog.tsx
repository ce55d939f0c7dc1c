import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../shared/model/entities';
import { Modal } from '../common/Modal';
import { useProjectStore } from '../state/project-store';
import { planMerge } from './merge-departments';

interface MergeDepartmentDialogProps {
  department: Department;
  /** The departments it can merge into, in list order. */
  others: readonly Department[];
  onClose: () => void;
}

/** Picks the department to merge into and shows what will move before anything does. */
export function MergeDepartmentDialog({ department, others, onClose }: MergeDepartmentDialogProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const state = useProjectStore((s) => s.project?.state);
  const [targetId, setTargetId] = useState(others[0]?.id ?? '');
  const selectId = useId();
  const target = others.find((d) => d.id === targetId);
  const plan = useMemo(() => (state && target ? planMerge(state, department.id, target.id, t('departments.mergeTitle')) : null), [state, department.id, target, t]);

  const name = department.name;
  const lines: string[] = [];
  if (plan && target) {
    if (plan.lanesMoved > 0) lines.push(t('departments.lanesMove', { count: plan.lanesMoved }));
    if (plan.lanesJoined > 0) lines.push(t('departments.lanesJoin', { count: plan.lanesJoined, steps: plan.stepsMoved, target: target.name }));
    if (plan.positionsMoved > 0) lines.push(t('departments.positionsMove', { count: plan.positionsMoved }));
    if (plan.raciCells > 0) lines.push(t('departments.raciMove', { count: plan.raciCells }));
  }

  return (
    <Modal
      title={t('departments.mergeTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!plan}
            onClick={() => {
              if (plan) void execute(plan.command);
              onClose();
            }}
          >
            {t('departments.mergeConfirm')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={selectId}>{t('departments.mergeInto', { name })}</label>
        <select id={selectId} value={targetId} autoFocus onChange={(e) => setTargetId(e.target.value)}>
          {others.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      {target && (
        <div className="merge-preview" aria-live="polite">
          <p>{t('departments.mergeIntro', { name, target: target.name })}</p>
          {lines.length > 0 ? (
            <ul className="preview-list">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{t('departments.nothingToMove', { name })}</p>
          )}
          <p>{t('departments.mergeOutro')}</p>
        </div>
      )}
    </Modal>
  );
}
