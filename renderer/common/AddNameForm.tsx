import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

interface AddNameFormProps {
  /** Accessible name of the form and text of its button, e.g. "Add process". */
  submitLabel: string;
  nameLabel: string;
  onAdd: (name: string) => Promise<boolean>;
  disabled?: boolean;
  /** Extra fields shown before the name, e.g. a department picker. */
  before?: ReactNode;
  /** Extra fields shown after the name, e.g. a colour. */
  after?: ReactNode;
  /** Longest text the field takes; 200 (a name) unless given. */
  maxLength?: number;
}

/** A one-line form that adds a named row and is ready for the next one. */
export function AddNameForm({ submitLabel, nameLabel, onAdd, disabled = false, before, after, maxLength = 200 }: AddNameFormProps) {
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    // Typing may have gone on while the add was saved: only the submitted name is cleared.
    if (await onAdd(trimmed)) setName((current) => (current.trim() === trimmed ? '' : current));
    input.current?.focus();
  }

  return (
    <form className="add-form" aria-label={submitLabel} onSubmit={(e) => void submit(e)}>
      {before}
      <label className="visually-hidden" htmlFor={id}>
        {nameLabel}
      </label>
      <input
        ref={input}
        id={id}
        className="add-form-name"
        value={name}
        placeholder={nameLabel}
        maxLength={maxLength}
        required
        autoComplete="off"
        disabled={disabled}
        onChange={(e) => setName(e.target.value)}
      />
      {after}
      <button type="submit" disabled={disabled}>
        {submitLabel}
      </button>
    </form>
  );
}
