import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from '../common/use-roving-focus';
import { ActionIcon } from './actions/action-icons';
import { actionLabel, useCanvasActions } from './actions/actions-context';
import type { ActionGroup } from './actions/action-types';
import { CANVAS_ACTIONS } from './actions/canvas-actions';
import { ariaShortcut, shortcutLabel } from './actions/shortcuts';
import { ZoomControl } from './ZoomControl';

const GROUPS: readonly ActionGroup[] = ['view', 'add', 'arrange', 'edit', 'panels'];

/** The diagram's tools, one button per action that has one; every title names its shortcut. */
function CanvasToolbarView() {
  const { t } = useTranslation();
  const { state, run } = useCanvasActions();
  const platform = navigator.platform;
  const roving = useRovingFocus<HTMLDivElement>('horizontal');
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas.toolbar.label')} {...roving}>
      {GROUPS.map((group) => ({ group, actions: CANVAS_ACTIONS.filter((a) => a.group === group && a.toolbar) })).filter((g) => g.actions.length > 0 || g.group === 'view').map(({ group, actions }) => (
        <div key={group} className={`toolbar-group group-${group}`}>
          {actions.map((action) => {
            const name = actionLabel(action, state, t);
            const shortcut = shortcutLabel(action.id, platform);
            return (
              <button
                key={action.id}
                type="button"
                className="tool-button"
                aria-label={name}
                title={shortcut ? t('canvas.toolbar.withShortcut', { action: name, shortcut }) : name}
                aria-keyshortcuts={ariaShortcut(action.id, platform)}
                aria-pressed={action.pressed ? action.pressed(state) : undefined}
                disabled={!action.enabled(state)}
                onClick={() => run(action)}
              >
                <ActionIcon action={action.id} />
              </button>
            );
          })}
          {group === 'view' && <ZoomControl />}
        </div>
      ))}
    </div>
  );
}

export const CanvasToolbar = memo(CanvasToolbarView);
