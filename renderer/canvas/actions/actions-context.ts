import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import { editText } from '../../project/edit-text';
import type { ActionState, CanvasAction, CanvasServices } from './action-types';

export interface CanvasActions {
  state: ActionState;
  services: CanvasServices;
  /** Runs an action if it is enabled now. */
  run(action: CanvasAction): void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('Canvas tools need CanvasActionsContext');
  return actions;
}

/** An action's name as the user reads it; Undo and Redo say what they would undo or redo. */
export function actionLabel(action: CanvasAction, state: ActionState, t: TFunction): string {
  if (action.id === 'undo' && state.undoEdit) return t('canvas.actions.undoWhat', { what: editText(t, state.undoEdit) });
  if (action.id === 'redo' && state.redoEdit) return t('canvas.actions.redoWhat', { what: editText(t, state.redoEdit) });
  return t(`canvas.actions.${action.id}`);
}

