import { useTranslation } from 'react-i18next';
import type { Process } from '../../shared/model/entities';
import { EditableListItem } from '../common/EditableListItem';
import { useProjectStore } from '../state/project-store';
import { MoreActionsMenu } from './MoreActionsMenu';
import { ProcessProblemBadge } from '../diagnosis/ProblemBadge';

interface ProcessItemProps {
  process: Process;
  selected: boolean;
  onSelect: () => void;
  onDuplicate: () => void;
  onSaveAsTemplate: () => void;
  onDelete: () => void;
}

export function ProcessItem({ process, selected, onSelect, onDuplicate, onSaveAsTemplate, onDelete }: ProcessItemProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const name = process.name;
  return (
    <EditableListItem
      name={name}
      selected={selected}
      onSelect={onSelect}
      onRename={(newName) => void execute({ type: 'update', table: 'processes', id: process.id, patch: { name: newName } })}
      onDelete={onDelete}
      badge={<ProcessProblemBadge processId={process.id} />}
      actions={
        <MoreActionsMenu
          label={t('processes.moreActions', { name })}
          items={[
            { label: t('processes.duplicateAction'), onSelect: onDuplicate },
            { label: t('processes.saveAsTemplateAction'), onSelect: onSaveAsTemplate },
          ]}
        />
      }
    />
  );
}
