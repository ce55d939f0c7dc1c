import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from '../common/use-roving-focus';
import { ActionIcon } from './canvas-icons';
import { ariaShortcut, shortcutLabel, type CanvasAction } from './canvas-shortcuts';
import { useCanvasUi } from './canvas-ui-store';

type ToolbarAction = Exclude<CanvasAction, 'selectAll' | 'rename' | 'deselect'>;

const GROUPS: ReadonlyArray<readonly ToolbarAction[]> = [
  ['zoomOut', 'zoomIn', 'fitView', 'snap'],
  ['alignLeft', 'alignCentre', 'alignRight', 'alignTop', 'alignMiddle', 'alignBottom'],
  ['distributeHorizontal', 'distributeVertical', 'autoLayout'],
  ['copy', 'cut', 'paste', 'delete'],
];

interface CanvasToolbarProps {
  onAction: (action: CanvasAction) => void;
  /** Steps selected, and whether anything (steps or flows) is. */
  selectedSteps: number;
  anySelected: boolean;
  hasSteps: boolean;
}

function enabled(action: CanvasAction, p: CanvasToolbarProps): boolean {
  if (action.startsWith('align')) return p.selectedSteps >= 2;
  if (action.startsWith('distribute')) return p.selectedSteps >= 3;
  if (action === 'copy' || action === 'cut') return p.selectedSteps >= 1;
  if (action === 'delete') return p.anySelected;
  if (action === 'autoLayout') return p.hasSteps;
  return true;
}

/** Zoom, grid, arrange and clipboard tools; every title names its shortcut. */
function CanvasToolbarView(props: CanvasToolbarProps) {
  const { t } = useTranslation();
  const snap = useCanvasUi((s) => s.snapToGrid);
  const platform = navigator.platform;
  const roving = useRovingFocus<HTMLDivElement>('horizontal');
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas.toolbar.label')} {...roving}>
      {GROUPS.map((group, i) => (
        <div key={i} className="toolbar-group">
          {group.map((action) => {
            const name = t(`canvas.toolbar.${action}`);
            return (
              <button
                key={action}
                type="button"
                className="tool-button"
                aria-label={name}
                title={t('canvas.toolbar.withShortcut', { action: name, shortcut: shortcutLabel(action, platform) })}
                aria-keyshortcuts={ariaShortcut(action, platform)}
                aria-pressed={action === 'snap' ? snap : undefined}
                disabled={!enabled(action, props)}
                onClick={() => props.onAction(action)}
              >
                <ActionIcon action={action} />
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

export const CanvasToolbar = memo(CanvasToolbarView);
