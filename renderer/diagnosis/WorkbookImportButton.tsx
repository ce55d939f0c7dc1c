import { useRef } from 'react';

// The desktop app asks main for a file dialog; the browser host uploads through a file input.
const IN_DESKTOP = globalThis.window?.lanewise !== undefined;

interface WorkbookImportButtonProps {
  label: string;
  /** Accessible name of the browser's file input. */
  inputLabel: string;
  multiple: boolean;
  disabled: boolean;
  onFiles: (files: readonly File[] | null) => void;
}

/** A button that picks Excel workbooks: the system dialog on the desktop, the browser's file picker otherwise. */
export function WorkbookImportButton({ label, inputLabel, multiple, disabled, onFiles }: WorkbookImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} aria-busy={disabled} onClick={() => (IN_DESKTOP ? onFiles(null) : input.current?.click())}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={multiple}
        aria-label={inputLabel}
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
