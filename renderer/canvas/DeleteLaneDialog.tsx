import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/commands/command-schema';
import type { ProjectState } from '../../shared/model/project-state';
import { Modal } from '../common/Modal';
import { removeLaneCommand, type LaneHeirChoice } from '../departments/delete-department';
import { StepFateChoice, type StepFate } from '../departments/StepFateChoice';

interface DeleteLaneDialogProps {
  state: ProjectState;
  choice: LaneHeirChoice;
  onConfirm: (command: CommandInput) => void;
  onCancel: () => void;
}

/** Deleting a lane that holds steps: move them to another lane of the process (the default) or delete them. */
export function DeleteLaneDialog({ state, choice, onConfirm, onCancel }: DeleteLaneDialogProps) {
  const { t } = useTranslation();
  const [fate, setFate] = useState<StepFate>(choice.neighbour ? 'move' : 'delete');
  const [heirId, setHeirId] = useState(choice.neighbour?.id ?? '');
  const name = state.tables.departments[choice.lane.departmentId]?.name ?? '';
  return (
    <Modal
      title={t('canvas.lanes.confirmDeleteTitle')}
      onClose={onCancel}
      actions={
        <>
          <button type="button" autoFocus onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => onConfirm(removeLaneCommand(state, choice.lane.id, fate === 'move' && heirId ? heirId : null, t('canvas.lanes.confirmDeleteTitle')))}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p>{t('canvas.lanes.deleteIntro', { name })}</p>
      <StepFateChoice choices={[choice]} departments={state.tables.departments} fate={fate} onFate={setFate} heirs={new Map([[choice.lane.id, heirId]])} onHeir={(_, id) => setHeirId(id)} showProcess={false} question={t('canvas.lanes.stepFate', { count: choice.steps })} />
      <p>{t('departments.deleteOutro')}</p>
    </Modal>
  );
}
