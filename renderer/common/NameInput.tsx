import { useRef } from 'react';

export type FinishedBy = 'keyboard' | 'blur';

interface NameInputProps {
  initial: string;
  label: string;
  onCommit: (name: string, by: FinishedBy) => void;
  onCancel: (by: FinishedBy) => void;
}

/** Inline name editor: Enter commits, Escape cancels, leaving the field commits. Empty or unchanged names cancel. */
export function NameInput({ initial, label, onCommit, onCancel }: NameInputProps) {
  // Enter/Escape unmount the input, which can also fire blur: only the first ending counts.
  const finished = useRef(false);

  function finish(value: string | null, by: FinishedBy): void {
    if (finished.current) return;
    finished.current = true;
    const name = value?.trim() ?? '';
    if (value === null || name === '' || name === initial) onCancel(by);
    else onCommit(name, by);
  }

  return (
    <input
      className="name-input"
      aria-label={label}
      defaultValue={initial}
      maxLength={200}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onKeyDown={(e) => {
        // Enter while an IME is composing (e.g. pinyin) confirms the characters, not the name.
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(e.currentTarget.value, 'keyboard');
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null, 'keyboard');
        }
      }}
      onBlur={(e) => finish(e.currentTarget.value, 'blur')}
    />
  );
}
