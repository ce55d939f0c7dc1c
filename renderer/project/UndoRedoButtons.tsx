import { useTranslation } from 'react-i18next';
import { RedoIcon, UndoIcon } from '../common/icons';
import { useProjectStore } from '../state/project-store';
import { shortcutLabels } from './shortcut-labels';

const shortcuts = shortcutLabels(navigator.platform);

export function UndoRedoButtons() {
  const { t } = useTranslation();
  const canUndo = useProjectStore((s) => s.project?.canUndo ?? false);
  const canRedo = useProjectStore((s) => s.project?.canRedo ?? false);
  const undo = useProjectStore((s) => s.undo);
  const redo = useProjectStore((s) => s.redo);

  return (
    <div className="button-group">
      <button type="button" disabled={!canUndo} title={t('project.undoShortcut', { shortcut: shortcuts.undo })} onClick={() => void undo()}>
        <UndoIcon />
        {t('project.undo')}
      </button>
      <button type="button" disabled={!canRedo} title={t('project.redoShortcut', { shortcut: shortcuts.redo })} onClick={() => void redo()}>
        <RedoIcon />
        {t('project.redo')}
      </button>
    </div>
  );
}
