import type { TFunction } from 'i18next';
import type { EditSummary } from '../../shared/commands/edit-summary';

/** "paste of 6 steps", "moving a step": what an edit did, as Undo and Redo name it. */
export function editText(t: TFunction, edit: EditSummary): string {
  return t(`project.edits.${edit.verb}`, { count: edit.count });
}
