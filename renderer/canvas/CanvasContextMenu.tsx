import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel, useCanvasActions } from './actions/actions-context';
import type { MenuTarget } from './actions/action-types';
import { CANVAS_ACTIONS } from './actions/canvas-actions';
import { shortcutLabel } from './actions/shortcuts';

export interface MenuRequest {
  target: MenuTarget;
  /** Where it opens, in the page. */
  x: number;
  y: number;
}

/** The right-click menu: the actions that apply to a step, a flow or the empty canvas; arrow keys move, Escape closes. */
export function CanvasContextMenu({ request, onClose }: { request: MenuRequest; onClose(): void }) {
  const { t } = useTranslation();
  const { state, run } = useCanvasActions();
  const menu = useRef<HTMLDivElement>(null);
  const items = CANVAS_ACTIONS.filter((a) => a.menu.includes(request.target) && a.enabled(state));
  const platform = navigator.platform;

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    function away(e: PointerEvent): void {
      if (!menu.current?.contains(e.target as Node)) onClose();
    }
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      buttons[(at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    }
  }

  if (items.length === 0) return null;
  return (
    <div ref={menu} className="canvas-menu" role="menu" aria-label={t('canvas.menu.label')} style={{ left: request.x, top: request.y }} onKeyDown={onKeyDown}>
      {items.map((action, i) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          className={i > 0 && items[i - 1]!.group !== action.group ? 'starts-group' : undefined}
          onClick={() => {
            onClose();
            run(action);
          }}
        >
          <span>{actionLabel(action, state, t)}</span>
          {shortcutLabel(action.id, platform) && <kbd>{shortcutLabel(action.id, platform)}</kbd>}
        </button>
      ))}
    </div>
  );
}
