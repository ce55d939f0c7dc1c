import type { Severity } from '../../shared/raci/finding';

const PATHS: Record<Severity, string> = {
  // Octagon with a bar, triangle with a bar, circle with an i: readable without colour.
  error: 'M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9ZM12 7v6M12 16.5v.5',
  warning: 'M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0ZM12 9v4M12 17v.5',
  info: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20ZM12 16v-4M12 8v.5',
};

/** Shape and colour both carry the severity. Decorative: the text next to it names it. */
export function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  return (
    <svg className={`severity-icon severity-${severity}`} viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={PATHS[severity]} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
