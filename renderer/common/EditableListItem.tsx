import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteIcon, EditIcon } from './icons';
import { NameInput, type FinishedBy } from './NameInput';

interface EditableListItemProps {
  name: string;
  onRename: (name: string) => void;
  onDelete: () => void;
  /** Shown before the name, e.g. a colour swatch. */
  leading?: ReactNode;
  /** Makes the name a button that opens the item. */
  onSelect?: () => void;
  selected?: boolean;
  /** More buttons shown with rename and delete, e.g. duplicate. */
  actions?: ReactNode;
  /** Shown after the name at all times, e.g. a count of open problems. */
  badge?: ReactNode;
}

/** A named row that can be renamed in place and deleted. */
export function EditableListItem({ name, onRename, onDelete, leading, onSelect, selected = false, actions, badge }: EditableListItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      renameButton.current?.focus();
    }
  }, [editing]);

  function stop(by: FinishedBy): void {
    // Keyboard users go back to where they were; a click elsewhere keeps its own focus.
    refocus.current = by === 'keyboard';
    setEditing(false);
  }

  return (
    <li className={selected ? 'item selected' : 'item'}>
      {leading}
      {editing ? (
        <NameInput
          initial={name}
          label={t('common.newName', { name })}
          onCommit={(newName, by) => {
            onRename(newName);
            stop(by);
          }}
          onCancel={stop}
        />
      ) : (
        <>
          {onSelect ? (
            <button type="button" className="item-name item-open" aria-current={selected ? 'page' : undefined} onClick={onSelect} onDoubleClick={() => setEditing(true)}>
              {name}
            </button>
          ) : (
            <span className="item-name" onDoubleClick={() => setEditing(true)}>
              {name}
            </span>
          )}
          {badge}
          <span className="item-actions">
            {actions}
            <button
              ref={renameButton}
              type="button"
              className="icon-button"
              aria-label={t('common.renameItem', { name })}
              title={t('common.renameItem', { name })}
              onClick={() => setEditing(true)}
            >
              <EditIcon />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.deleteItem', { name })}
              title={t('common.deleteItem', { name })}
              onClick={onDelete}
            >
              <DeleteIcon />
            </button>
          </span>
        </>
      )}
    </li>
  );
}
