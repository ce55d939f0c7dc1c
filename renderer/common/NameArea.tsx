import { useLayoutEffect, useRef } from 'react';
import type { FinishedBy } from './NameInput';

interface NameAreaProps {
  initial: string;
  label: string;
  onCommit: (name: string, by: FinishedBy) => void;
  onCancel: (by: FinishedBy) => void;
  /** A name may be empty here (a new step not named yet is still a step). */
  allowEmpty?: boolean;
  /** Text typed before the editor opened: it replaces the name, with the cursor after it. */
  seed?: string | null;
}

/**
 * Inline name editor for long names: the text wraps over as many lines as it needs and the field
 * grows with it. Enter commits (a name is one paragraph), Escape cancels, leaving the field commits.
 */
export function NameArea({ initial, label, onCommit, onCancel, allowEmpty = false, seed = null }: NameAreaProps) {
  const finished = useRef(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const fit = () => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  };
  useLayoutEffect(fit, []);

  function finish(value: string | null, by: FinishedBy): void {
    if (finished.current) return;
    finished.current = true;
    const name = value?.replace(/\s+/g, ' ').trim() ?? '';
    if (value === null || name === initial || (name === '' && !allowEmpty)) onCancel(by);
    else onCommit(name, by);
  }

  return (
    <textarea
      ref={area}
      className="name-area"
      aria-label={label}
      defaultValue={seed ?? initial}
      maxLength={200}
      rows={1}
      autoFocus
      onFocus={(e) => (seed === null ? e.currentTarget.select() : e.currentTarget.setSelectionRange(seed.length, seed.length))}
      onInput={fit}
      onKeyDown={(e) => {
        // Enter while an IME is composing (e.g. pinyin) confirms the characters, not the name.
        if (e.nativeEvent.isComposing) return;
        e.stopPropagation();
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
