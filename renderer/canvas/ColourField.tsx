import { useEffect, useRef, useState } from 'react';

/**
 * A colour picker that saves once per choice: the picker reports every colour the user browses
 * ("input"), but only the final pick ("change") becomes a command.
 */
export function ColourField({ value, label, onCommit }: { value: string; label: string; onCommit: (colour: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value);
  const latest = useRef({ value, onCommit });
  latest.current = { value, onCommit };
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const changed = () => {
      if (input.value.toLowerCase() !== latest.current.value.toLowerCase()) latest.current.onCommit(input.value);
    };
    input.addEventListener('change', changed);
    return () => input.removeEventListener('change', changed);
  }, []);
  return <input ref={ref} type="color" className="colour-input small" aria-label={label} title={label} value={draft} onChange={(e) => setDraft(e.target.value)} />;
}
