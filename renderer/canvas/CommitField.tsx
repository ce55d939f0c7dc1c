import { useEffect, useState } from 'react';

interface CommitFieldProps {
  id?: string;
  value: string;
  label?: string;
  /** Called with the new text when it differs from `value`, on Enter or when the field loses focus. */
  onCommit: (text: string) => void;
  multiline?: boolean;
  /** A multi-line field for one long text (a name): it wraps, grows, and Enter saves instead of starting a line. */
  wrap?: boolean;
  /** Visible lines of a multi-line field. */
  rows?: number;
  type?: 'text' | 'number';
  min?: number;
  step?: number;
  maxLength?: number;
  placeholder?: string;
  className?: string;
}

/**
 * A field that edits a stored value: typing stays local, Enter or leaving the field saves it as one
 * command, Escape puts the stored value back. It follows the store when the value changes elsewhere.
 */
export function CommitField({ id, value, label, onCommit, multiline = false, wrap = false, rows = 3, type = 'text', min, step, maxLength = 10_000, placeholder, className }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);

  function commit(): void {
    if (draft !== value) onCommit(draft);
  }

  const common = {
    id,
    'aria-label': label,
    value: draft,
    placeholder,
    className,
    onBlur: commit,
  };

  if (wrap) {
    return (
      <textarea
        {...common}
        className={className ? `${className} wrap-field` : 'wrap-field'}
        maxLength={maxLength}
        rows={Math.max(1, Math.min(4, Math.ceil(draft.length / 24)))}
        onChange={(e) => setDraft(e.target.value.replace(/\n/g, ' '))}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') setDraft(value);
        }}
      />
    );
  }
  if (multiline) {
    return (
      <textarea
        {...common}
        maxLength={maxLength}
        rows={rows}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDraft(value);
          // Ctrl+Enter saves; plain Enter is a new line.
          else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
        }}
      />
    );
  }
  return (
    <input
      {...common}
      type={type}
      min={min}
      step={step}
      maxLength={type === 'text' ? maxLength : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
