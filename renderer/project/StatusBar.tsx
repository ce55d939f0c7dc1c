import type { ReactNode } from 'react';
import { SaveStatus } from './SaveStatus';

/** The project screen's footer: save state on the left, other features' items (e.g. the findings count) on the right. */
export function StatusBar({ children }: { children?: ReactNode }) {
  return (
    <footer className="status-bar">
      <SaveStatus />
      {children}
    </footer>
  );
}
