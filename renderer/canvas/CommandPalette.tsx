import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel, useCanvasActions } from './actions/actions-context';
import { CANVAS_ACTIONS } from './actions/canvas-actions';
import { shortcutLabel } from './actions/shortcuts';

/** Lower-case and without width or accents, so "ZOOM", "zoom" and "ｚｏｏｍ" find the same action. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every canvas action by name (Ctrl+K): type to filter, arrows to choose, Enter to run. */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { state, run } = useCanvasActions();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const titleId = useId();
  const platform = navigator.platform;

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);

  const matches = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return CANVAS_ACTIONS.filter((a) => a.id !== 'commandPalette' && a.enabled(state)).filter((a) => {
      const name = fold(actionLabel(a, state, t));
      return words.every((w) => name.includes(w));
    });
  }, [query, state, t]);
  const chosen = matches[Math.min(active, matches.length - 1)];

  return (
    <dialog
      ref={dialog}
      className="command-palette"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="visually-hidden">
        {t('canvas.palette.commands')}
      </h2>
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={chosen ? `${listId}-${chosen.id}` : undefined}
        aria-label={t('canvas.palette.search')}
        placeholder={t('canvas.palette.search')}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => (matches.length === 0 ? 0 : (i + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length));
          } else if (e.key === 'Enter' && chosen) {
            e.preventDefault();
            onClose();
            run(chosen);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('canvas.palette.commands')}>
        {matches.map((action) => (
          <li
            key={action.id}
            id={`${listId}-${action.id}`}
            role="option"
            aria-selected={action === chosen}
            onPointerDown={(e) => e.preventDefault()}
            onClick={() => {
              onClose();
              run(action);
            }}
          >
            <span>{actionLabel(action, state, t)}</span>
            {shortcutLabel(action.id, platform) && <kbd>{shortcutLabel(action.id, platform)}</kbd>}
          </li>
        ))}
        {matches.length === 0 && <li className="empty">{t('canvas.palette.none')}</li>}
      </ul>
    </dialog>
  );
}
