import { useTranslation } from 'react-i18next';
import { RedoIcon, UndoIcon } from '../common/icons';
import { useProjectStore } from '../state/project-store';
import { editText } from './edit-text';
import { shortcutLabels } from './shortcut-labels';

const shortcuts = shortcutLabels(navigator.platform);

/** Undo and Redo; their tooltips (and accessible descriptions) say what they would undo or redo. */
export function UndoRedoButtons() {
  const { t } = useTranslation();
  const canUndo = useProjectStore((s) => s.project?.canUndo ?? false);
  const canRedo = useProjectStore((s) => s.project?.canRedo ?? false);
  const undoEdit = useProjectStore((s) => s.project?.undoEdit ?? null);
  const redoEdit = useProjectStore((s) => s.project?.redoEdit ?? null);
  const undo = useProjectStore((s) => s.undo);
  const redo = useProjectStore((s) => s.redo);
  const undoTitle = undoEdit ? t('project.undoWhat', { what: editText(t, undoEdit), shortcut: shortcuts.undo }) : t('project.undoShortcut', { shortcut: shortcuts.undo });
  const redoTitle = redoEdit ? t('project.redoWhat', { what: editText(t, redoEdit), shortcut: shortcuts.redo }) : t('project.redoShortcut', { shortcut: shortcuts.redo });

  return (
    <div className="button-group">
      <button type="button" disabled={!canUndo} title={undoTitle} aria-description={canUndo ? undoTitle : undefined} onClick={() => void undo()}>
        <UndoIcon />
        {t('project.undo')}
      </button>
      <button type="button" disabled={!canRedo} title={redoTitle} aria-description={canRedo ? redoTitle : undefined} onClick={() => void redo()}>
        <RedoIcon />
        {t('project.redo')}
      </button>
    </div>
  );
}
